using Throughline.GraphQL.Validation;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class ComplexityRuleTests
{
    [Fact]
    public void Each_field_costs_the_default_and_cheap_operations_are_valid() =>
        ValidationHarness.ExpectValid(new ComplexityRule(new ComplexityOptions { MaxComplexity = 3 }), "{ dog { name barks } }");

    [Fact]
    public void Operations_over_budget_are_reported_with_their_cost() =>
        ValidationHarness.ExpectErrors(
            new ComplexityRule(new ComplexityOptions { MaxComplexity = 3 }),
            "query Q { dog { name barks nickname } }",
            new ExpectedError("Operation \"Q\" has a complexity of 4, more than the maximum of 3.", (1, 1)));

    [Fact]
    public void List_fields_multiply_their_selection_by_the_size_argument() =>
        ValidationHarness.ExpectErrors(
            new ComplexityRule(new ComplexityOptions { MaxComplexity = 40 }),
            "{ human { friends(first: 20) { name iq } } }",
            new ExpectedError("The anonymous operation has a complexity of 42, more than the maximum of 40.", (1, 1)));

    [Fact]
    public void Lists_without_size_use_the_default_and_variables_their_default_value() =>
        ValidationHarness.ExpectErrors(
            new ComplexityRule(new ComplexityOptions { MaxComplexity = 10, DefaultListSize = 5 }),
            "query Q($n: Int = 3) { human { pets { name } friends(first: $n) { name } } }",
            new ExpectedError("Operation \"Q\" has a complexity of 11, more than the maximum of 10.", (1, 1)));

    [Fact]
    public void Per_field_costs_override_the_default() =>
        ValidationHarness.ExpectErrors(
            new ComplexityRule(new ComplexityOptions
            {
                MaxComplexity = 100,
                FieldCosts = new Dictionary<string, int>(StringComparer.Ordinal) { ["QueryRoot.search"] = 50, ["Dog.name"] = 30 },
            }),
            "{ search(term: \"x\", first: 2) { ... on Dog { name } } }",
            new ExpectedError("The anonymous operation has a complexity of 110, more than the maximum of 100.", (1, 1)));

    [Fact]
    public void A_field_cost_function_sees_arguments_as_execution_will_with_variables_and_defaults()
    {
        var seen = new List<string>();
        var rule = new ComplexityRule(new ComplexityOptions
        {
            MaxComplexity = 1000,
            Variables = new Dictionary<string, object?> { ["c"] = new Dictionary<string, object?> { ["intField"] = 7 } },
            FieldCost = field =>
            {
                if (field.TypeName != "ComplicatedArgs")
                {
                    return null;
                }

                seen.Add($"{field.FieldName}: {field.Argument("complexArg", "intField")} {field.Argument("complexArg", "nonNullField")} {field.Argument("opt1")} {field.Argument("opt2")}");
                return field.FieldName == "multipleOpts" ? 2000 : 1;
            },
        });

        ValidationHarness.ExpectErrors(
            rule,
            "query Q($c: ComplexInput, $o: Int = 5) { complicatedArgs { complexArgField(complexArg: $c) multipleOpts(opt1: $o) } }",
            new ExpectedError("Operation \"Q\" has a complexity of 2002, more than the maximum of 1000.", (1, 1)));
        // The request's value for $c with the input field's default filled in; $o's declared default; opt2's schema default.
        seen.Should().Equal("complexArgField: 7 False  ", "multipleOpts:   5 0");
    }
}
