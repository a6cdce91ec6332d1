using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly PossibleFragmentSpreadsRule Rule = new();

    [Fact]
    public void Overlapping_types_are_valid() =>
        ValidationHarness.ExpectValid(
            Rule,
            "fragment A on Pet { ...D ...U ... on Being { name } } fragment D on Dog { name } fragment U on CatOrDog { __typename } { pet { ...A } }");

    [Fact]
    public void Spreads_of_disjoint_types_are_reported() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "fragment A on Cat { ...D }\nfragment D on Dog { name }\nfragment B on Pet { ...H }\nfragment H on HumanOrAlien { __typename }",
            new ExpectedError("Fragment \"D\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 21)),
            new ExpectedError("Fragment \"H\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (3, 21)));

    [Fact]
    public void Inline_fragments_of_disjoint_types_are_reported() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ cat { ... on Dog { name } } pet { ... on Intelligent { iq } } }",
            new ExpectedError("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 9)),
            new ExpectedError("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (1, 37)));

    [Fact]
    public void Unknown_fragments_and_non_composite_fragments_are_ignored() =>
        ValidationHarness.ExpectValid(Rule, "fragment A on Pet { ...Unknown ...S } fragment S on String { name }");
}
