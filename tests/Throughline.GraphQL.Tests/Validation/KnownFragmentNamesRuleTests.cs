using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class KnownFragmentNamesRuleTests
{
    private static readonly KnownFragmentNamesRule Rule = new();

    [Fact]
    public void Spreads_of_defined_fragments_are_valid() =>
        ValidationHarness.ExpectValid(Rule, "{ human { ...H1 ... on Human { ...H2 } } } fragment H1 on Human { name ...H2 } fragment H2 on Human { name }");

    [Fact]
    public void Unknown_fragments_are_reported_at_the_spread_name() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ human { ...Unknown1 ... on Human { ...Unknown2 } } }\nfragment H on Human { ...Unknown3 }",
            new ExpectedError("Unknown fragment \"Unknown1\".", (1, 14)),
            new ExpectedError("Unknown fragment \"Unknown2\".", (1, 41)),
            new ExpectedError("Unknown fragment \"Unknown3\".", (2, 26)));
}
