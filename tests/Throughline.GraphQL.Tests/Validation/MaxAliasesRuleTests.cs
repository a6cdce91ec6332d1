using Throughline.GraphQL.Validation;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class MaxAliasesRuleTests
{
    [Fact]
    public void Operations_at_the_limit_are_valid() =>
        ValidationHarness.ExpectValid(new MaxAliasesRule(2), "{ a: dog { n: name } dog { name } }");

    [Fact]
    public void Aliases_beyond_the_limit_are_reported_at_the_operation() =>
        ValidationHarness.ExpectErrors(
            new MaxAliasesRule(2),
            "query Many { a: dog { name } b: dog { name } c: dog { n: name } }",
            new ExpectedError("Operation \"Many\" uses 4 aliases, more than the maximum of 2.", (1, 1)));

    [Fact]
    public void A_fragment_counts_each_time_it_is_spread() =>
        ValidationHarness.ExpectErrors(
            new MaxAliasesRule(5),
            "{ dog { ...A ...A } cat { ...B } }\nfragment A on Dog { x: name y: nickname z: barks }\nfragment B on Cat { ...B q: name }",
            new ExpectedError("The anonymous operation uses 7 aliases, more than the maximum of 5.", (1, 1)));
}
