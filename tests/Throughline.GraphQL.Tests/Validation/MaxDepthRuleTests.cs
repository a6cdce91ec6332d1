using Throughline.GraphQL.Validation;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class MaxDepthRuleTests
{
    [Fact]
    public void Operations_at_the_limit_are_valid() =>
        ValidationHarness.ExpectValid(new MaxDepthRule(3), "{ human { friends { name } } dog { name } }");

    [Fact]
    public void The_first_field_past_the_limit_is_reported_with_the_depth() =>
        ValidationHarness.ExpectErrors(
            new MaxDepthRule(2),
            "query Deep { dog { name } human { friends { friends { name } } } }",
            new ExpectedError("Operation \"Deep\" has a depth of 4, more than the maximum depth of 2.", (1, 45)));

    [Fact]
    public void Fragments_count_where_they_are_spread() =>
        ValidationHarness.ExpectErrors(
            new MaxDepthRule(3),
            "{ human { ...F } }\nfragment F on Human { friends { ... on Human { relatives { name } } } }",
            new ExpectedError("The anonymous operation has a depth of 4, more than the maximum depth of 3.", (2, 60)));

    [Fact]
    public void Fragment_cycles_do_not_hang_the_measure() =>
        ValidationHarness.ExpectValid(new MaxDepthRule(5), "{ human { ...F } } fragment F on Human { friends { ...F } }");

    [Fact]
    public void A_limit_below_one_is_refused() =>
        FluentActions.Invoking(() => new MaxDepthRule(0)).Should().Throw<ArgumentOutOfRangeException>();
}
