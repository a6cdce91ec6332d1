using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class VariablesAreInputTypesRuleTests
{
    private static readonly VariablesAreInputTypesRule Rule = new();

    [Fact]
    public void Scalars_enums_and_input_objects_are_valid_variable_types() =>
        ValidationHarness.ExpectValid(Rule, "query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor, $e: DateTime) { dog { name } }");

    [Fact]
    public void Unknown_types_are_not_reported_here() =>
        ValidationHarness.ExpectValid(Rule, "query Foo($a: Unknown, $b: [[Unknown!]]!) { dog { name } }");

    [Fact]
    public void Output_types_are_reported_with_the_type_as_written() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }",
            new ExpectedError("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
            new ExpectedError("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
            new ExpectedError("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));
}
