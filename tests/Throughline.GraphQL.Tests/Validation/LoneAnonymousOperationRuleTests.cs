using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class LoneAnonymousOperationRuleTests
{
    private static readonly LoneAnonymousOperationRule Rule = new();

    [Fact]
    public void A_single_anonymous_operation_with_fragments_is_valid() =>
        ValidationHarness.ExpectValid(Rule, "{ ...F } fragment F on QueryRoot { dog { name } }");

    [Fact]
    public void Several_named_operations_are_valid() =>
        ValidationHarness.ExpectValid(Rule, "query A { dog { name } } query B { cat { name } }");

    [Fact]
    public void An_anonymous_operation_next_to_another_is_reported() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ dog { name } }\nquery Foo { dog { name } }",
            new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1)));

    [Fact]
    public void Each_anonymous_operation_is_reported() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ dog { name } }\nmutation { renameDog(id: 1, name: \"x\") { name } }",
            new ExpectedError("This anonymous operation must be the only defined operation.", (1, 1)),
            new ExpectedError("This anonymous operation must be the only defined operation.", (2, 1)));
}
