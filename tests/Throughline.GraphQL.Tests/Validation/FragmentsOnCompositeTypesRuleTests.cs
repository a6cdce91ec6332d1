using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static readonly FragmentsOnCompositeTypesRule Rule = new();

    [Fact]
    public void Objects_interfaces_unions_and_untyped_inline_fragments_are_valid() =>
        ValidationHarness.ExpectValid(
            Rule, "fragment A on Dog { name } fragment B on Pet { name } fragment C on CatOrDog { __typename } { pet { ... { name } } }");

    [Fact]
    public void Unknown_type_conditions_are_left_to_known_type_names() =>
        ValidationHarness.ExpectValid(Rule, "fragment F on NotAType { x } { dog { ... on Nope { name } } }");

    [Fact]
    public void Fragment_definitions_on_scalars_enums_and_inputs_are_reported() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "fragment S on Boolean { bad }\nfragment E on FurColor { bad }\nfragment I on ComplexInput { stringField }",
            new ExpectedError("Fragment \"S\" cannot condition on non composite type \"Boolean\".", (1, 15)),
            new ExpectedError("Fragment \"E\" cannot condition on non composite type \"FurColor\".", (2, 15)),
            new ExpectedError("Fragment \"I\" cannot condition on non composite type \"ComplexInput\".", (3, 15)));

    [Fact]
    public void Inline_fragments_on_scalars_are_reported() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ dog { ... on String { barks } } }",
            new ExpectedError("Fragment cannot condition on non composite type \"String\".", (1, 16)));
}
