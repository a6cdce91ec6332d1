using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class VariablesInAllowedPositionRuleTests
{
    private static readonly VariablesInAllowedPositionRule Rule = new();

    [Fact]
    public void Compatible_and_stricter_variables_are_valid() =>
        ValidationHarness.ExpectValid(
            Rule,
            "query Q($b: Boolean!, $s: [String!], $i: Int = 1, $n: Int) { complicatedArgs { booleanArgField(booleanArg: $b) stringListArgField(stringListArg: $s) nonNullIntArgField(nonNullIntArg: $i) nonNullFieldWithDefault(arg: $n) } dog @include(if: $b) { name } }");

    [Fact]
    public void Nullable_variables_in_non_null_positions_are_reported() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "query Q($i: Int, $b: Boolean) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } dog @include(if: $b) { name } }",
            new ExpectedError("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (1, 85)),
            new ExpectedError("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 18), (1, 108)));

    [Fact]
    public void Mismatched_types_are_reported_also_inside_fragments() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "fragment F on ComplicatedArgs { stringListArgField(stringListArg: $s) }\nquery Q($s: String) { complicatedArgs { ...F } }",
            new ExpectedError("Variable \"$s\" of type \"String\" used in position expecting type \"[String]\".", (2, 9), (1, 67)));

    [Fact]
    public void Nullable_variables_in_oneOf_fields_are_reported() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "query Q($s: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) } }",
            new ExpectedError("Variable \"$s\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 9), (1, 80)));
}
