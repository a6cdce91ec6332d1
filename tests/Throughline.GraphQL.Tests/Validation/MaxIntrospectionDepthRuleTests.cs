using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly MaxIntrospectionDepthRule Rule = new();

    [Fact]
    public void Two_nested_introspection_lists_are_valid() =>
        ValidationHarness.ExpectValid(Rule, "{ __schema { types { fields { type { fields { name } } } } } }");

    [Fact]
    public void Three_nested_lists_are_reported_at_the_root_field() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ __type(name: \"Dog\") { fields { type { interfaces { possibleTypes { name } } } } } }",
            new ExpectedError("Maximum introspection depth exceeded", (1, 3)));

    [Fact]
    public void Depth_through_fragments_counts_and_cycles_terminate() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ __schema { types { ...F } } }\nfragment F on __Type { fields { type { ...G } } }\nfragment G on __Type { inputFields { type { ...F } } }",
            new ExpectedError("Maximum introspection depth exceeded", (1, 3)));
}
