using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class NoUnusedVariablesRuleTests
{
    private static readonly NoUnusedVariablesRule Rule = new();

    [Fact]
    public void Variables_used_in_fragments_and_directives_are_valid() =>
        ValidationHarness.ExpectValid(
            Rule, "query Foo($a: Int, $b: Boolean!) { dog @include(if: $b) { ...F } } fragment F on Dog { isAtLocation(x: $a) }");

    [Fact]
    public void Unused_variables_are_reported_at_their_definition() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "query Foo($a: Int, $b: Int, $c: Int) { dog { isAtLocation(y: $b) } }\nquery ($d: Int) { dog { name } }",
            new ExpectedError("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
            new ExpectedError("Variable \"$c\" is never used in operation \"Foo\".", (1, 29)),
            new ExpectedError("Variable \"$d\" is never used.", (2, 8)));

    [Fact]
    public void Uses_in_unreferenced_fragments_do_not_count() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "query Foo($b: Int) { dog { ...A } } fragment A on Dog { name } fragment B on Dog { isAtLocation(y: $b) }",
            new ExpectedError("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)));
}
