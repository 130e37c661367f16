import Testing

@testable import GraphQLEngine

@Suite struct MaxIntrospectionDepthRuleTests {
    @Test func normalIntrospectionQuery() {
        expectValid(
            MaxIntrospectionDepthRule.self,
            #"""
            {
              __schema {
                types {
                  fields {
                    type {
                      ofType {
                        ofType { name }
                      }
                    }
                  }
                }
              }
            }
            """#
        )
    }

    @Test func threeFieldsLevelsDeep() {
        expectErrors(
            MaxIntrospectionDepthRule.self,
            #"""
            {
              __schema {
                types {
                  fields {
                    type {
                      fields {
                        type {
                          fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Maximum introspection depth exceeded",
                    [(2, 3)]
                )
            ]
        )
    }

    @Test func interfacesAndPossibleTypes() {
        expectErrors(
            MaxIntrospectionDepthRule.self,
            #"""
            {
              __schema {
                types {
                  interfaces {
                    interfaces {
                      interfaces {
                        name
                      }
                    }
                  }
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Maximum introspection depth exceeded",
                    [(2, 3)]
                )
            ]
        )
    }

    @Test func possibleTypesThroughType() {
        expectErrors(
            MaxIntrospectionDepthRule.self,
            #"""
            {
              __type(name: "Pet") {
                possibleTypes {
                  possibleTypes {
                    possibleTypes {
                      name
                    }
                  }
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Maximum introspection depth exceeded",
                    [(2, 3)]
                )
            ]
        )
    }

    @Test func inputFieldsThroughFragments() {
        expectErrors(
            MaxIntrospectionDepthRule.self,
            #"""
            query {
              __schema {
                types {
                  ...F1
                }
              }
            }
            fragment F1 on __Type {
              inputFields {
                type {
                  ...F2
                }
              }
            }
            fragment F2 on __Type {
              inputFields {
                type {
                  inputFields { name }
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Maximum introspection depth exceeded",
                    [(2, 3)]
                )
            ]
        )
    }

    @Test func cyclicFragmentsDoNotHang() {
        expectValid(
            MaxIntrospectionDepthRule.self,
            #"""
            {
              __schema {
                types {
                  ...Cycle
                }
              }
            }
            fragment Cycle on __Type {
              ...Cycle
            }
            """#
        )
    }

    @Test func aliasesDoNotHelp() {
        expectErrors(
            MaxIntrospectionDepthRule.self,
            #"""
            {
              __schema {
                types {
                  a: fields {
                    type {
                      b: fields {
                        type {
                          c: fields {
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Maximum introspection depth exceeded",
                    [(2, 3)]
                )
            ]
        )
    }
}
