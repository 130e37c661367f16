import Testing

@testable import GraphQLEngine

@Suite struct PossibleFragmentSpreadsRuleTests {
    @Test func ofTheSameObject() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment objectWithinObject on Dog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """#
        )
    }

    @Test func ofTheSameObjectInline() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
            """#
        )
    }

    @Test func objectIntoImplementedInterface() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment objectWithinInterface on Pet { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """#
        )
    }

    @Test func objectIntoContainingUnion() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment objectWithinUnion on CatOrDog { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """#
        )
    }

    @Test func unionIntoContainedObject() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment unionWithinObject on Dog { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """#
        )
    }

    @Test func unionIntoOverlappingInterface() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment unionWithinInterface on Pet { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """#
        )
    }

    @Test func unionIntoOverlappingUnion() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """#
        )
    }

    @Test func interfaceIntoImplementedObject() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment interfaceWithinObject on Dog { ...petFragment }
            fragment petFragment on Pet { name }
            """#
        )
    }

    @Test func interfaceIntoOverlappingInterface() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment interfaceWithinInterface on Pet { ...beingFragment }
            fragment beingFragment on Being { name }
            """#
        )
    }

    @Test func interfaceIntoOverlappingInterfaceInline() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment interfaceWithinInterface on Pet { ... on Being { name } }
            """#
        )
    }

    @Test func interfaceIntoOverlappingUnion() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment interfaceWithinUnion on CatOrDog { ...petFragment }
            fragment petFragment on Pet { name }
            """#
        )
    }

    @Test func ignoresIncorrectType() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment petFragment on Pet { ...badInADifferentWay }
            fragment badInADifferentWay on String { name }
            """#
        )
    }

    @Test func ignoresUnknownFragments() {
        expectValid(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment petFragment on Pet { ...UnknownFragment }
            """#
        )
    }

    @Test func differentObjectIntoObject() {
        expectErrors(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment invalidObjectWithinObject on Cat { ...dogFragment }
            fragment dogFragment on Dog { barkVolume }
            """#,
            [
                ExpectedError(
                    "Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".",
                    [(1, 45)]
                )
            ]
        )
    }

    @Test func differentObjectIntoObjectInline() {
        expectErrors(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment invalidObjectWithinObjectAnon on Cat {
              ... on Dog { barkVolume }
            }
            """#,
            [
                ExpectedError(
                    "Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".",
                    [(2, 3)]
                )
            ]
        )
    }

    @Test func objectIntoNotImplementingInterface() {
        expectErrors(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment invalidObjectWithinInterface on Pet { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """#,
            [
                ExpectedError(
                    "Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".",
                    [(1, 48)]
                )
            ]
        )
    }

    @Test func objectIntoNotContainingUnion() {
        expectErrors(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
            fragment humanFragment on Human { pets { name } }
            """#,
            [
                ExpectedError(
                    "Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".",
                    [(1, 49)]
                )
            ]
        )
    }

    @Test func unionIntoNotContainedObject() {
        expectErrors(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
            fragment catOrDogFragment on CatOrDog { __typename }
            """#,
            [
                ExpectedError(
                    "Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".",
                    [(1, 46)]
                )
            ]
        )
    }

    @Test func unionIntoNonOverlappingInterface() {
        expectErrors(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """#,
            [
                ExpectedError(
                    "Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".",
                    [(1, 47)]
                )
            ]
        )
    }

    @Test func unionIntoNonOverlappingUnion() {
        expectErrors(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
            fragment humanOrAlienFragment on HumanOrAlien { __typename }
            """#,
            [
                ExpectedError(
                    "Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".",
                    [(1, 48)]
                )
            ]
        )
    }

    @Test func interfaceIntoNonImplementingObject() {
        expectErrors(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment invalidInterfaceWithinObject on Cat { ...canineFragment }
            fragment canineFragment on Canine { name }
            """#,
            [
                ExpectedError(
                    "Fragment \"canineFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Canine\".",
                    [(1, 48)]
                )
            ]
        )
    }

    @Test func interfaceIntoNonOverlappingUnion() {
        expectErrors(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
            fragment petFragment on Pet { name }
            """#,
            [
                ExpectedError(
                    "Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".",
                    [(1, 56)]
                )
            ]
        )
    }

    @Test func interfaceIntoNonOverlappingUnionInline() {
        expectErrors(
            PossibleFragmentSpreadsRule.self,
            #"""
            fragment invalidInterfaceWithinUnion on HumanOrAlien {
              ... on Pet { name }
            }
            """#,
            [
                ExpectedError(
                    "Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".",
                    [(2, 3)]
                )
            ]
        )
    }
}
