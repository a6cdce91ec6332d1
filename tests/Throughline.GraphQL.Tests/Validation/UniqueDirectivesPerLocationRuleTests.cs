using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly UniqueDirectivesPerLocationRule Rule = new();

    [Fact]
    public void Distinct_directives_and_same_directives_at_different_locations_are_valid() =>
        ValidationHarness.ExpectValid(Rule, "fragment T on Dog @onFragmentDefinition { name @onField nickname @onField }");

    [Fact]
    public void Repeatable_and_unknown_directives_may_repeat() =>
        ValidationHarness.ExpectValid(Rule, "{ dog @repeatable @repeatable(tag: \"a\") @unknown @unknown { name } }");

    [Fact]
    public void Each_repetition_is_reported_against_the_first() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ dog { name @onField @onField @onField } }",
            new ExpectedError("The directive \"@onField\" can only be used once at this location.", (1, 14), (1, 23)),
            new ExpectedError("The directive \"@onField\" can only be used once at this location.", (1, 14), (1, 32)));

    [Fact]
    public void A_type_and_its_extension_share_a_location() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "type Thing @onQuery { f: Int }\nextend type Thing @onQuery",
            new ExpectedError("The directive \"@onQuery\" can only be used once at this location.", (1, 12), (2, 19)));
}
