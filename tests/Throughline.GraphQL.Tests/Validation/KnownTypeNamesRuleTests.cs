using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class KnownTypeNamesRuleTests
{
    private static readonly KnownTypeNamesRule Rule = new();

    [Fact]
    public void Known_types_are_valid() =>
        ValidationHarness.ExpectValid(
            Rule, "query Foo($a: String, $b: [Int!]!, $c: ComplexInput) { dog { ...F ... on Dog { name } } } fragment F on Pet { name }");

    [Fact]
    public void Unknown_types_are_reported_with_suggestions() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "query Foo($a: Dgo, $b: [Strin!]) { dog { ... on Badger { name } } } fragment F on Peettt { name }",
            new ExpectedError("Unknown type \"Dgo\". Did you mean \"Dog\"?", (1, 15)),
            new ExpectedError("Unknown type \"Strin\". Did you mean \"String\"?", (1, 25)),
            new ExpectedError("Unknown type \"Badger\".", (1, 49)),
            new ExpectedError("Unknown type \"Peettt\". Did you mean \"Pet\"?", (1, 83)));

    [Fact]
    public void Standard_types_are_implied_in_type_definitions_but_other_names_are_checked() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "type Thing { a: String b: Unknown }",
            new ExpectedError("Unknown type \"Unknown\".", (1, 27)));

    [Fact]
    public void Types_defined_in_the_document_are_known() =>
        ValidationHarness.ExpectValid(Rule, "type Cow { moo: String } query Foo($c: Cow) { dog { name } }");
}
