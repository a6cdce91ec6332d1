using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class NoUndefinedVariablesRuleTests
{
    private static readonly NoUndefinedVariablesRule Rule = new();

    [Fact]
    public void Variables_defined_by_the_operation_may_be_used_in_its_fragments() =>
        ValidationHarness.ExpectValid(
            Rule, "query Foo($a: Int, $b: Int) { dog { ...F } } fragment F on Dog { isAtLocation(x: $a) mother { isAtLocation(y: $b) } }");

    [Fact]
    public void Undefined_variables_point_at_the_use_and_the_operation() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "query Foo($a: Int) { dog { isAtLocation(x: $a, y: $b) } }\n{ dog { isAtLocation(x: $c) } }",
            new ExpectedError("Variable \"$b\" is not defined by operation \"Foo\".", (1, 51), (1, 1)),
            new ExpectedError("Variable \"$c\" is not defined.", (2, 25), (2, 1)));

    [Fact]
    public void A_fragment_shared_by_operations_is_checked_for_each() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "query Foo($b: Int) { dog { ...F } }\nquery Bar($a: Int) { dog { ...F } }\nfragment F on Dog { isAtLocation(x: $a, y: $b) }",
            new ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (3, 37), (1, 1)),
            new ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (3, 44), (2, 1)));
}
