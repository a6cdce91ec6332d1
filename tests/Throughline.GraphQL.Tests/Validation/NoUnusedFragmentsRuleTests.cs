using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class NoUnusedFragmentsRuleTests
{
    private static readonly NoUnusedFragmentsRule Rule = new();

    [Fact]
    public void Fragments_used_directly_or_through_other_fragments_are_valid() =>
        ValidationHarness.ExpectValid(
            Rule, "query A { human { ...H1 } } query B { human { ...H2 } } fragment H1 on Human { ...H3 } fragment H2 on Human { name } fragment H3 on Human { name }");

    [Fact]
    public void Unused_fragments_are_reported_after_the_document_in_definition_order() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "fragment Unused1 on Human { ...Unused2 }\n{ human { name } }\nfragment Unused2 on Human { ...Unused1 }",
            new ExpectedError("Fragment \"Unused1\" is never used.", (1, 1)),
            new ExpectedError("Fragment \"Unused2\" is never used.", (3, 1)));
}
