import Testing

@testable import GraphQLEngine

@Suite struct OverlappingFieldsCanBeMergedRuleTests {
    @Test func uniqueFields() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            fragment uniqueFields on Dog {
              name
              nickname
            }
            """#
        )
    }

    @Test func identicalFields() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            fragment mergeIdenticalFields on Dog {
              name
              name
            }
            """#
        )
    }

    @Test func identicalFieldsWithIdenticalArgs() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }
            """#
        )
    }

    @Test func identicalFieldsWithIdenticalDirectives() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            fragment mergeSameFieldsWithSameDirectives on Dog {
              name @include(if: true)
              name @include(if: true)
            }
            """#
        )
    }

    @Test func differentArgsWithDifferentAliases() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            fragment differentArgsWithDifferentAliases on Dog {
              knowsSit: doesKnowCommand(dogCommand: SIT)
              knowsDown: doesKnowCommand(dogCommand: DOWN)
            }
            """#
        )
    }

    @Test func differentDirectivesWithDifferentAliases() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            fragment differentDirectivesWithDifferentAliases on Dog {
              nameIfTrue: name @include(if: true)
              nameIfFalse: name @include(if: false)
            }
            """#
        )
    }

    @Test func differentSkipIncludeDirectivesAccepted() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            fragment differentDirectivesWithDifferentAliases on Dog {
              name @include(if: true)
              name @include(if: false)
            }
            """#
        )
    }

    @Test func sameAliasesWithDifferentFieldTargets() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            fragment sameAliasesWithDifferentFieldTargets on Dog {
              fido: name
              fido: nickname
            }
            """#,
            [
                ExpectedError(
                    "Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ]
        )
    }

    @Test func sameAliasesAllowedOnNonOverlappingFields() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            fragment sameAliasesWithDifferentFieldTargets on Pet {
              ... on Dog {
                name
              }
              ... on Cat {
                name: nickname
              }
            }
            """#
        )
    }

    @Test func aliasMaskingDirectFieldAccess() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            fragment aliasMaskingDirectFieldAccess on Dog {
              name: nickname
              name
            }
            """#,
            [
                ExpectedError(
                    "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ]
        )
    }

    @Test func differentArgsSecondAddsArgument() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            fragment conflictingArgs on Dog {
              doesKnowCommand
              doesKnowCommand(dogCommand: HEEL)
            }
            """#,
            [
                ExpectedError(
                    "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ]
        )
    }

    @Test func differentArgsSecondMissingArgument() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """#,
            [
                ExpectedError(
                    "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ]
        )
    }

    @Test func conflictingArgValues() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            fragment conflictingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }
            """#,
            [
                ExpectedError(
                    "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ]
        )
    }

    @Test func conflictingArgNames() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            fragment conflictingArgs on Dog {
              isAtLocation(x: 0)
              isAtLocation(y: 0)
            }
            """#,
            [
                ExpectedError(
                    "Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ]
        )
    }

    @Test func argsInDifferentOrderAreSame() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            fragment sameArgs on Dog {
              isAtLocation(x: 0, y: 1)
              isAtLocation(y: 1, x: 0)
            }
            """#
        )
    }

    @Test func argsSameVariable() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            query ($x: Int) {
              dog {
                isAtLocation(x: $x)
                isAtLocation(x: $x)
              }
            }
            """#
        )
    }

    @Test func argsDifferentVariables() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            query ($x: Int, $y: Int) {
              dog {
                isAtLocation(x: $x)
                isAtLocation(x: $y)
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (4, 5)]
                )
            ]
        )
    }

    @Test func argsVariableVersusLiteral() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            query ($x: Int) {
              dog {
                isAtLocation(x: $x)
                isAtLocation(x: 1)
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (4, 5)]
                )
            ]
        )
    }

    @Test func argsListAndObjectValues() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, stringListField: ["a", "b"] })
                complexArgField(complexArg: {requiredField:true,stringListField:["a","b"]})
              }
            }
            """#
        )
    }

    @Test func argsObjectFieldOrderMatters() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, intField: 1 })
                complexArgField(complexArg: { intField: 1, requiredField: true })
              }
            }
            """#
        )
    }

    @Test func argsStringVersusBlockString() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dog {
                name
              }
              complicatedArgs {
                stringArgField(stringArg: "a")
                stringArgField(stringArg: """a""")
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"stringArgField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(6, 5), (7, 5)]
                )
            ]
        )
    }

    @Test func differentFieldsOnDifferentParentsAllowed() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            fragment conflictingArgs on Pet {
              ... on Dog {
                name(surname: true)
              }
              ... on Cat {
                name
              }
            }
            """#
        )
    }

    @Test func differentArgsOnSharedParentInterfaceConflict() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            fragment conflictingArgs on Pet {
              name(surname: true)
              ... on Cat {
                name
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"name\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (4, 5)]
                )
            ]
        )
    }

    @Test func encountersConflictInFragments() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              ...A
              ...B
            }
            fragment A on Query {
              x: dog { name }
            }
            fragment B on Query {
              x: cat { name }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"x\" conflict because \"dog\" and \"cat\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(6, 3), (9, 3)]
                )
            ]
        )
    }

    @Test func reportsEachConflictOnce() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              f1 {
                ...A
                ...B
              }
              f2 {
                ...B
                ...A
              }
              f3 {
                ...A
                ...B
                x: c
              }
            }
            fragment A on Type {
              x: a
            }
            fragment B on Type {
              x: b
            }
            """#,
            [
                ExpectedError(
                    "Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(17, 3), (20, 3)]
                ),
                ExpectedError(
                    "Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(13, 5), (17, 3)]
                ),
                ExpectedError(
                    "Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(13, 5), (20, 3)]
                ),
            ]
        )
    }

    @Test func deepConflict() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dog {
                x: name
              }
              dog {
                x: barks
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 5), (5, 3), (6, 5)]
                )
            ]
        )
    }

    @Test func deepConflictWithMultipleIssues() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dog {
                x: name
                y: nickname
              }
              dog {
                x: barks
                y: barkVolume
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"barks\" are different fields and subfields \"y\" conflict because \"nickname\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)]
                )
            ]
        )
    }

    @Test func veryDeepConflict() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              human {
                relatives {
                  x: name
                }
              }
              human {
                relatives {
                  x: iq
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"human\" conflict because subfields \"relatives\" conflict because subfields \"x\" conflict because \"name\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 5), (4, 7), (7, 3), (8, 5), (9, 7)]
                )
            ]
        )
    }

    @Test func reportsDeepConflictToNearestCommonAncestor() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              human {
                relatives {
                  x: name
                  y: iq
                }
                relatives {
                  x: iq
                }
              }
              human {
                relatives {
                  y: iq
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"relatives\" conflict because subfields \"x\" conflict because \"name\" and \"iq\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (4, 7), (7, 5), (8, 7)]
                )
            ]
        )
    }

    @Test func reportsDeepConflictInFragments() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dog {
                ...F
              }
              dog {
                ...G
              }
            }
            fragment F on Dog {
              x: name
              ...I
            }
            fragment G on Dog {
              x: barks
              ...J
            }
            fragment I on Dog {
              y: nickname
            }
            fragment J on Dog {
              y: barkVolume
            }
            """#,
            [
                ExpectedError(
                    "Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"barks\" are different fields and subfields \"y\" conflict because \"nickname\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (10, 3), (18, 3), (5, 3), (14, 3), (21, 3)]
                )
            ]
        )
    }

    @Test func differentReturnTypesOnNonOverlappingParents() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              catOrDog {
                ... on Dog {
                  someValue: barkVolume
                }
                ... on Cat {
                  someValue: nickname
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"someValue\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (7, 7)]
                )
            ]
        )
    }

    @Test func conflictingReturnTypesOnOverlappingInterface() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              pet {
                ... on Dog {
                  someValue: barkVolume
                }
                ... on Pet {
                  someValue: name
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"someValue\" conflict because \"barkVolume\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (7, 7)]
                )
            ]
        )
    }

    @Test func nullableVersusNonNullListsConflict() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              human {
                ... on Human {
                  kin: relatives { name }
                }
              }
              humanOrAlien {
                ... on Human {
                  kin: pets { name }
                }
                ... on Alien {
                  kin: name
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"kin\" conflict because they return conflicting types \"[Pet]\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(9, 7), (12, 7)]
                )
            ]
        )
    }

    @Test func listVersusNonListOnDisjointTypes() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              humanOrAlien {
                ... on Human {
                  val: pets { name }
                }
                ... on Alien {
                  val: name
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"val\" conflict because they return conflicting types \"[Pet]\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (7, 7)]
                )
            ]
        )
    }

    @Test func nonNullVersusNullableOnDisjointTypes() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              humanOrAlien {
                ... on Human {
                  val: relatives { name }
                }
                ... on Alien {
                  val: name
                }
              }
              dogOrHuman {
                ... on Human {
                  kin: relatives { name }
                }
                ... on Dog {
                  kin: mother { name }
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"val\" conflict because they return conflicting types \"[Human]!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (7, 7)]
                ),
                ExpectedError(
                    "Fields \"kin\" conflict because they return conflicting types \"[Human]!\" and \"Dog\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(12, 7), (15, 7)]
                ),
            ]
        )
    }

    @Test func sameShapeDifferentListness() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dogOrHuman {
                ... on Human {
                  p: pets { name }
                }
                ... on Dog {
                  p: mother { name }
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"p\" conflict because they return conflicting types \"[Pet]\" and \"Dog\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (7, 7)]
                )
            ]
        )
    }

    @Test func compatibleShapesOnDisjointTypes() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dogOrHuman {
                ... on Human {
                  n: name
                }
                ... on Dog {
                  n: nickname
                }
              }
            }
            """#
        )
    }

    @Test func scalarVersusObjectOnDisjointTypes() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dogOrHuman {
                ... on Human {
                  x: iq
                }
                ... on Dog {
                  x: mother { name }
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"x\" conflict because they return conflicting types \"Int\" and \"Dog\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (7, 7)]
                )
            ]
        )
    }

    @Test func differentScalarTypesOnDisjointTypes() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dogOrHuman {
                ... on Human {
                  x: iq
                }
                ... on Dog {
                  x: name
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"x\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (7, 7)]
                )
            ]
        )
    }

    @Test func deepShapeConflictOnDisjointTypes() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dogOrHuman {
                ... on Human {
                  r: relatives { x: iq }
                }
                ... on Dog {
                  r: mother { x: name }
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"r\" conflict because they return conflicting types \"[Human]!\" and \"Dog\". Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (7, 7)]
                )
            ]
        )
    }

    @Test func noConflictWhenOnlyDisjointParentsDiffer() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              catOrDog {
                ... on Cat {
                  furColor
                  meowsVolume
                }
                ... on Dog {
                  meowsVolume: barkVolume
                }
              }
            }
            """#
        )
    }

    @Test func fragmentSpreadIntoItself() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dog {
                ...DogFields
              }
            }
            fragment DogFields on Dog {
              name
              mother {
                ...DogFields
              }
            }
            """#
        )
    }

    @Test func fragmentSpreadTwice() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dog {
                ...DogFields
                ...DogFields
              }
            }
            fragment DogFields on Dog {
              x: name
            }
            """#
        )
    }

    @Test func fragmentVersusField() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dog {
                x: nickname
                ...DogFields
              }
            }
            fragment DogFields on Dog {
              x: name
            }
            """#,
            [
                ExpectedError(
                    "Fields \"x\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (8, 3)]
                )
            ]
        )
    }

    @Test func nestedFragmentsConflict() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dog {
                ...A
              }
            }
            fragment A on Dog {
              ...B
              x: name
            }
            fragment B on Dog {
              ...C
            }
            fragment C on Dog {
              x: barks
            }
            """#
        )
    }

    @Test func conflictBetweenFragmentsInDifferentSubtrees() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dog {
                mother {
                  ...A
                }
                mother {
                  ...B
                }
              }
            }
            fragment A on Dog {
              x: name
            }
            fragment B on Dog {
              x: nickname
            }
            """#,
            [
                ExpectedError(
                    "Fields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (12, 3), (6, 5), (15, 3)]
                )
            ]
        )
    }

    @Test func skipDirectiveIsIrrelevant() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            query ($s: Boolean!) {
              dog {
                x: name @skip(if: $s)
                x: nickname @include(if: $s)
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (4, 5)]
                )
            ]
        )
    }

    @Test func unknownFieldsDoNotConflict() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dog {
                x: unknownA
                x: unknownB
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"x\" conflict because \"unknownA\" and \"unknownB\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (4, 5)]
                )
            ]
        )
    }

    @Test func unknownTypeConditionsStillCompared() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dog {
                ... on Unknown {
                  x: name
                }
                x: nickname
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 7), (6, 5)]
                )
            ]
        )
    }

    @Test func typenameAliasing() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dog {
                name: __typename
                name
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"name\" conflict because \"__typename\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (4, 5)]
                )
            ]
        )
    }

    @Test func sameFieldsInInlineFragments() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              pet {
                ... on Dog { name }
                ... on Dog { name }
                ... { name }
              }
            }
            """#
        )
    }

    @Test func ignoresUnknownFragments() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              field
              ...Unknown
              ...Known
            }
            fragment Known on T {
              field
              ...OtherUnknown
            }
            """#
        )
    }

    @Test func manyConflictsInOneSelection() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dog {
                a: name
                a: nickname
                a: barks
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"a\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (4, 5)]
                ),
                ExpectedError(
                    "Fields \"a\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (5, 5)]
                ),
                ExpectedError(
                    "Fields \"a\" conflict because \"nickname\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(4, 5), (5, 5)]
                ),
            ]
        )
    }

    @Test func conflictInMutation() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            mutation {
              x: createDog(name: "a") { name }
              x: createDog(name: "b") { name }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"x\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 3)]
                )
            ]
        )
    }

    @Test func conflictInOneOperationOnly() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            query A {
              dog { x: name }
            }
            query B {
              dog { x: name }
              dog { x: nickname }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"dog\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(5, 3), (5, 9), (6, 3), (6, 9)]
                )
            ]
        )
    }

    @Test func selfReferencingFragmentPairs() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dog { ...A ...B }
            }
            fragment A on Dog {
              ...B
              x: name
            }
            fragment B on Dog {
              ...A
              x: barks
            }
            """#,
            [
                ExpectedError(
                    "Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(6, 3), (10, 3)]
                ),
                ExpectedError(
                    "Fields \"x\" conflict because \"barks\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(10, 3), (6, 3)]
                ),
            ]
        )
    }

    @Test func conflictingArgsInNestedObject() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              dog {
                mother {
                  doesKnowCommand(dogCommand: SIT)
                }
              }
              dog {
                mother {
                  doesKnowCommand(dogCommand: DOWN)
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"dog\" conflict because subfields \"mother\" conflict because subfields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
                    [(2, 3), (3, 5), (4, 7), (7, 3), (8, 5), (9, 7)]
                )
            ]
        )
    }

    @Test func interfaceFieldAndObjectField() {
        expectErrors(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              pet {
                name
                ... on Dog {
                  name: nickname
                }
              }
            }
            """#,
            [
                ExpectedError(
                    "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    [(3, 5), (5, 7)]
                )
            ]
        )
    }

    @Test func comparesDeepFragmentsAcrossAbstractParents() {
        expectValid(
            OverlappingFieldsCanBeMergedRule.self,
            #"""
            {
              catOrDog {
                ... on Cat { ...CatName }
                ... on Dog { ...DogName }
              }
            }
            fragment CatName on Cat { n: name(surname: true) }
            fragment DogName on Dog { n: name }
            """#
        )
    }
}
