import Testing

@testable import GraphQLEngine

@Suite struct UniqueInputFieldNamesRuleTests {
    @Test func inputObjectWithFields() {
        expectValid(
            UniqueInputFieldNamesRule.self,
            #"""
            {
              field(arg: { f: true })
            }
            """#
        )
    }

    @Test func sameInputObjectWithinTwoArgs() {
        expectValid(
            UniqueInputFieldNamesRule.self,
            #"""
            {
              field(arg1: { f: true }, arg2: { f: true })
            }
            """#
        )
    }

    @Test func multipleInputObjectFields() {
        expectValid(
            UniqueInputFieldNamesRule.self,
            #"""
            {
              field(arg: { f1: "value", f2: "value", f3: "value" })
            }
            """#
        )
    }

    @Test func nestedInputObjectsWithSimilarFields() {
        expectValid(
            UniqueInputFieldNamesRule.self,
            #"""
            {
              field(arg: {
                deep: {
                  deep: {
                    id: 1
                  }
                  id: 1
                }
                id: 1
              })
            }
            """#
        )
    }

    @Test func duplicateInputObjectFields() {
        expectErrors(
            UniqueInputFieldNamesRule.self,
            #"""
            {
              field(arg: { f1: "value", f1: "value" })
            }
            """#,
            [
                ExpectedError(
                    "There can be only one input field named \"f1\".",
                    [(2, 16), (2, 29)]
                )
            ]
        )
    }

    @Test func manyDuplicateInputObjectFields() {
        expectErrors(
            UniqueInputFieldNamesRule.self,
            #"""
            {
              field(arg: { f1: "value", f1: "value", f1: "value" })
            }
            """#,
            [
                ExpectedError(
                    "There can be only one input field named \"f1\".",
                    [(2, 16), (2, 29)]
                ),
                ExpectedError(
                    "There can be only one input field named \"f1\".",
                    [(2, 16), (2, 42)]
                ),
            ]
        )
    }

    @Test func nestedDuplicateInputObjectFields() {
        expectErrors(
            UniqueInputFieldNamesRule.self,
            #"""
            {
              field(arg: { f1: {f2: "value", f2: "value" }})
            }
            """#,
            [
                ExpectedError(
                    "There can be only one input field named \"f2\".",
                    [(2, 21), (2, 34)]
                )
            ]
        )
    }
}
