using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class UniqueVariableNamesRuleTests
{
    private static readonly UniqueVariableNamesRule Rule = new();

    [Fact]
    public void Distinct_variable_names_are_valid_per_operation() =>
        ValidationHarness.ExpectValid(Rule, "query A($x: Int, $y: String) { __typename } query B($x: String, $y: Int) { __typename }");

    [Fact]
    public void All_definitions_of_a_repeated_name_are_reported_together() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "query A($x: Int, $x: Int, $x: String, $y: Int, $y: Int) { __typename }",
            new ExpectedError("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
            new ExpectedError("There can be only one variable named \"$y\".", (1, 40), (1, 49)));
}
