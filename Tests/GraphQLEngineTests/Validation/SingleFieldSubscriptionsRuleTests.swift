import Testing

@testable import GraphQLEngine

@Suite struct SingleFieldSubscriptionsRuleTests {
    @Test func oneField() {
        expectValid(
            SingleFieldSubscriptionsRule.self,
            #"""
            subscription ImportantEmails {
              newDog { name }
            }
            """#
        )
    }

    @Test func oneFieldThroughFragment() {
        expectValid(
            SingleFieldSubscriptionsRule.self,
            #"""
            subscription sub {
              ...newDogFields
            }
            fragment newDogFields on Subscription {
              newDog { name }
            }
            """#
        )
    }

    @Test func sameFieldTwiceViaFragmentsIsOneResponseKey() {
        expectValid(
            SingleFieldSubscriptionsRule.self,
            #"""
            subscription sub {
              newDog { name }
              ...newDogFields
            }
            fragment newDogFields on Subscription {
              newDog { name }
            }
            """#
        )
    }

    @Test func twoFields() {
        expectErrors(
            SingleFieldSubscriptionsRule.self,
            #"""
            subscription ImportantEmails {
              newDog { name }
              newCat { name }
            }
            """#,
            [
                ExpectedError(
                    "Subscription \"ImportantEmails\" must select only one top level field.",
                    [(3, 3)]
                )
            ]
        )
    }

    @Test func moreThanTwoFields() {
        expectErrors(
            SingleFieldSubscriptionsRule.self,
            #"""
            subscription ImportantEmails {
              newDog { name }
              newCat { name }
              alias: newDog { barks }
            }
            """#,
            [
                ExpectedError(
                    "Subscription \"ImportantEmails\" must select only one top level field.",
                    [(3, 3), (4, 3)]
                )
            ]
        )
    }

    @Test func introspectionField() {
        expectErrors(
            SingleFieldSubscriptionsRule.self,
            #"""
            subscription ImportantEmails {
              __typename
            }
            """#,
            [
                ExpectedError(
                    "Subscription \"ImportantEmails\" must not select an introspection top level field.",
                    [(2, 3)]
                )
            ]
        )
    }

    @Test func introspectionAndOtherField() {
        expectErrors(
            SingleFieldSubscriptionsRule.self,
            #"""
            subscription ImportantEmails {
              newDog { name }
              __typename
            }
            """#,
            [
                ExpectedError(
                    "Subscription \"ImportantEmails\" must select only one top level field.",
                    [(3, 3)]
                ),
                ExpectedError(
                    "Subscription \"ImportantEmails\" must not select an introspection top level field.",
                    [(3, 3)]
                ),
            ]
        )
    }

    @Test func anonymousTwoFields() {
        expectErrors(
            SingleFieldSubscriptionsRule.self,
            #"""
            subscription {
              newDog { name }
              newCat { name }
            }
            """#,
            [
                ExpectedError(
                    "Anonymous Subscription must select only one top level field.",
                    [(3, 3)]
                )
            ]
        )
    }

    @Test func fieldsFromFragment() {
        expectErrors(
            SingleFieldSubscriptionsRule.self,
            #"""
            subscription ImportantEmails {
              ...F
            }
            fragment F on Subscription {
              newDog { name }
              newCat { name }
            }
            """#,
            [
                ExpectedError(
                    "Subscription \"ImportantEmails\" must select only one top level field.",
                    [(6, 3)]
                )
            ]
        )
    }

    @Test func fieldsFromInlineFragment() {
        expectErrors(
            SingleFieldSubscriptionsRule.self,
            #"""
            subscription ImportantEmails {
              ... on Subscription {
                newDog { name }
              }
              ...{ newCat { name } }
            }
            """#,
            [
                ExpectedError(
                    "Subscription \"ImportantEmails\" must select only one top level field.",
                    [(5, 8)]
                )
            ]
        )
    }

    @Test func unknownFieldIsIgnoredHere() {
        expectValid(
            SingleFieldSubscriptionsRule.self,
            #"""
            subscription {
              unknownField
            }
            """#
        )
    }
}
