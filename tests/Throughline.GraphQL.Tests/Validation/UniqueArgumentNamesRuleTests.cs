using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class UniqueArgumentNamesRuleTests
{
    private static readonly UniqueArgumentNamesRule Rule = new();

    [Fact]
    public void Distinct_arguments_and_the_same_argument_on_different_nodes_are_valid() =>
        ValidationHarness.ExpectValid(Rule, "{ dog { isAtLocation(x: 1, y: 2) name(surname: true) @tagged(name: \"surname\") } }");

    [Fact]
    public void Repeated_field_arguments_are_reported_together() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ dog { name(surname: true, surname: true, surname: false) } }",
            new ExpectedError("There can be only one argument named \"surname\".", (1, 14), (1, 29), (1, 44)));

    [Fact]
    public void Repeated_directive_arguments_are_reported_per_name() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ dog { name @tagged(name: \"a\", level: 1, name: \"b\", level: 2) } }",
            new ExpectedError("There can be only one argument named \"name\".", (1, 22), (1, 43)),
            new ExpectedError("There can be only one argument named \"level\".", (1, 33), (1, 54)));
}
