import Testing

@testable import GraphQLEngine

@Suite struct FieldsOnCorrectTypeRuleTests {
    @Test func objectFieldSelection() {
        expectValid(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment objectFieldSelection on Dog {
              __typename
              name
            }
            """#
        )
    }

    @Test func aliasedObjectFieldSelection() {
        expectValid(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment aliasedObjectFieldSelection on Dog {
              tn : __typename
              otherName : name
            }
            """#
        )
    }

    @Test func interfaceFieldSelection() {
        expectValid(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment interfaceFieldSelection on Pet {
              __typename
              name
            }
            """#
        )
    }

    @Test func lyingAliasSelection() {
        expectValid(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment lyingAliasSelection on Dog {
              name : nickname
            }
            """#
        )
    }

    @Test func ignoresUnknownType() {
        expectValid(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment unknownSelection on UnknownType {
              unknownField
            }
            """#
        )
    }

    @Test func reportsErrorsWhenTypeIsKnownAgain() {
        expectErrors(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment typeKnownAgain on Pet {
              unknown_pet_field {
                ... on Cat {
                  unknown_cat_field
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Cannot query field \"unknown_pet_field\" on type \"Pet\".",
                    [(2, 3)]
                ),
                ExpectedError(
                    "Cannot query field \"unknown_cat_field\" on type \"Cat\".",
                    [(4, 7)]
                ),
            ]
        )
    }

    @Test func fieldNotDefinedOnFragment() {
        expectErrors(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment fieldNotDefined on Dog {
              meowVolume
            }
            """#,
            [
                ExpectedError(
                    "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?",
                    [(2, 3)]
                )
            ]
        )
    }

    @Test func ignoresDeeplyUnknownField() {
        expectErrors(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment deepFieldNotDefined on Dog {
              unknown_field {
                deeper_unknown_field
              }
            }
            """#,
            [
                ExpectedError(
                    "Cannot query field \"unknown_field\" on type \"Dog\".",
                    [(2, 3)]
                )
            ]
        )
    }

    @Test func subFieldNotDefined() {
        expectErrors(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment subFieldNotDefined on Human {
              pets {
                unknown_field
              }
            }
            """#,
            [
                ExpectedError(
                    "Cannot query field \"unknown_field\" on type \"Pet\".",
                    [(3, 5)]
                )
            ]
        )
    }

    @Test func fieldNotDefinedOnInlineFragment() {
        expectErrors(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment fieldNotDefined on Pet {
              ... on Dog {
                meowVolume
              }
            }
            """#,
            [
                ExpectedError(
                    "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?",
                    [(3, 5)]
                )
            ]
        )
    }

    @Test func aliasedFieldTargetNotDefined() {
        expectErrors(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment aliasedFieldTargetNotDefined on Dog {
              volume : mooVolume
            }
            """#,
            [
                ExpectedError(
                    "Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?",
                    [(2, 3)]
                )
            ]
        )
    }

    @Test func aliasedLyingFieldTargetNotDefined() {
        expectErrors(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume : kawVolume
            }
            """#,
            [
                ExpectedError(
                    "Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?",
                    [(2, 3)]
                )
            ]
        )
    }

    @Test func notDefinedOnInterface() {
        expectErrors(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment notDefinedOnInterface on Pet {
              tailLength
            }
            """#,
            [
                ExpectedError(
                    "Cannot query field \"tailLength\" on type \"Pet\".",
                    [(2, 3)]
                )
            ]
        )
    }

    @Test func definedOnImplementorsButNotOnInterface() {
        expectErrors(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment definedOnImplementorsButNotOnInterface on Pet {
              nickname
            }
            """#,
            [
                ExpectedError(
                    "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?",
                    [(2, 3)]
                )
            ]
        )
    }

    @Test func metaFieldOnUnion() {
        expectValid(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment directFieldSelectionOnUnion on CatOrDog {
              __typename
            }
            """#
        )
    }

    @Test func directFieldSelectionOnUnion() {
        expectErrors(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment directFieldSelectionOnUnion on CatOrDog {
              directField
            }
            """#,
            [
                ExpectedError(
                    "Cannot query field \"directField\" on type \"CatOrDog\".",
                    [(2, 3)]
                )
            ]
        )
    }

    @Test func definedOnImplementorsQueriedOnUnion() {
        expectErrors(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
              name
            }
            """#,
            [
                ExpectedError(
                    "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?",
                    [(2, 3)]
                )
            ]
        )
    }

    @Test func validFieldInInlineFragment() {
        expectValid(
            FieldsOnCorrectTypeRule.self,
            #"""
            fragment objectFieldSelection on Pet {
              ... on Dog {
                name
              }
              ... {
                name
              }
            }
            """#
        )
    }

    @Test func suggestsInterfacesFirst() {
        expectErrors(
            FieldsOnCorrectTypeRule.self,
            #"""
            {
              humanOrAlien {
                ... on Human { nam }
              }
              pet { nickname }
              catOrDog { barks }
            }
            """#,
            [
                ExpectedError(
                    "Cannot query field \"nam\" on type \"Human\". Did you mean \"name\"?",
                    [(3, 20)]
                ),
                ExpectedError(
                    "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?",
                    [(5, 9)]
                ),
                ExpectedError(
                    "Cannot query field \"barks\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Dog\"?",
                    [(6, 14)]
                ),
            ]
        )
    }

    @Test func metaFieldsOnlyOnQueryRoot() {
        expectErrors(
            FieldsOnCorrectTypeRule.self,
            #"""
            {
              dog {
                __schema { queryType { name } }
                __type(name: "Dog") { name }
              }
              __schema { queryType { name } }
            }
            """#,
            [
                ExpectedError(
                    "Cannot query field \"__schema\" on type \"Dog\".",
                    [(3, 5)]
                ),
                ExpectedError(
                    "Cannot query field \"__type\" on type \"Dog\".",
                    [(4, 5)]
                ),
            ]
        )
    }

    @Test func suggestsFieldNames() {
        expectErrors(
            FieldsOnCorrectTypeRule.self,
            #"""
            {
              dog { nam nickName barkVolum }
            }
            """#,
            [
                ExpectedError(
                    "Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?",
                    [(2, 9)]
                ),
                ExpectedError(
                    "Cannot query field \"nickName\" on type \"Dog\". Did you mean \"nickname\" or \"name\"?",
                    [(2, 13)]
                ),
                ExpectedError(
                    "Cannot query field \"barkVolum\" on type \"Dog\". Did you mean \"barkVolume\"?",
                    [(2, 22)]
                ),
            ]
        )
    }
}
