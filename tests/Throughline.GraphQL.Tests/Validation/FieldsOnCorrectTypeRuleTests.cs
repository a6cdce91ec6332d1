using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly FieldsOnCorrectTypeRule Rule = new();

    [Fact]
    public void Defined_fields_aliases_and_typename_are_valid() =>
        ValidationHarness.ExpectValid(Rule, "{ dog { __typename otherName: name } pet { name } catOrDog { __typename } __schema { types { name } } }");

    [Fact]
    public void Typos_suggest_similar_field_names() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ dog { nam barkvolume } }",
            new ExpectedError("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", (1, 9)),
            new ExpectedError("Cannot query field \"barkvolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 13)));

    [Fact]
    public void Fields_of_implementations_suggest_inline_fragments() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ pet { nickname } catOrDog { name } }",
            new ExpectedError("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (1, 9)),
            new ExpectedError("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Being\", \"Canine\", \"Cat\", or \"Dog\"?", (1, 31)));

    [Fact]
    public void Unknown_parent_types_are_ignored_but_nested_known_types_are_checked() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "fragment F on Unknown { a { b } } fragment G on Pet { unknown_pet_field { ... on Cat { unknown_cat_field } } }",
            new ExpectedError("Cannot query field \"unknown_pet_field\" on type \"Pet\".", (1, 55)),
            new ExpectedError("Cannot query field \"unknown_cat_field\" on type \"Cat\".", (1, 88)));

    [Fact]
    public void Schema_meta_field_is_only_on_the_query_root() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ dog { __schema { types { name } } } }",
            new ExpectedError("Cannot query field \"__schema\" on type \"Dog\".", (1, 9)));
}
