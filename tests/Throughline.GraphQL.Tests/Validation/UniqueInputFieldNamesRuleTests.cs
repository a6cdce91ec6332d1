using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly UniqueInputFieldNamesRule Rule = new();

    [Fact]
    public void Distinct_fields_and_same_names_in_nested_objects_are_valid() =>
        ValidationHarness.ExpectValid(Rule, "{ field(arg: { deep: { deep: { id: 1 }, id: 1 }, id: 1 }, other: { id: 1 }) }");

    [Fact]
    public void Repeated_fields_are_reported_against_the_first() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ field(arg: { f1: \"a\", f1: \"b\", f1: \"c\" }) }",
            new ExpectedError("There can be only one input field named \"f1\".", (1, 16), (1, 25)),
            new ExpectedError("There can be only one input field named \"f1\".", (1, 16), (1, 34)));

    [Fact]
    public void Nested_objects_are_checked_separately() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ field(arg: { a: { b: 1, b: 2 }, a: 3 }) }",
            new ExpectedError("There can be only one input field named \"b\".", (1, 21), (1, 27)),
            new ExpectedError("There can be only one input field named \"a\".", (1, 16), (1, 35)));
}
