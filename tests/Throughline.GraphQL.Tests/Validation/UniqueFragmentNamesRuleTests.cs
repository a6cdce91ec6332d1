using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class UniqueFragmentNamesRuleTests
{
    private static readonly UniqueFragmentNamesRule Rule = new();

    [Fact]
    public void Distinct_fragment_names_are_valid() =>
        ValidationHarness.ExpectValid(Rule, "{ dog { ...A ...B ... on Dog { name } } } fragment A on Dog { name } fragment B on Dog { nickname }");

    [Fact]
    public void Repeated_names_point_at_both_fragment_names() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "fragment A on Dog { name }\nfragment A on Dog { nickname }\nfragment A on Cat { name }",
            new ExpectedError("There can be only one fragment named \"A\".", (1, 10), (2, 10)),
            new ExpectedError("There can be only one fragment named \"A\".", (1, 10), (3, 10)));
}
