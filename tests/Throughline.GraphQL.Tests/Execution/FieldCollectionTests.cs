using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Execution;

public sealed class FieldCollectionTests
{
    private static readonly GraphQLSchema Schema = GraphQLSchema.FromSdl(
        """
        type Query { me: Person }
        type Person { name: String age: Int friend: Person }
        """,
        new ResolverMap().Value("Query", "me", new Dictionary<string, object?>
        {
            ["name"] = "Ada",
            ["age"] = 36,
            ["friend"] = new Dictionary<string, object?> { ["name"] = "Charles", ["age"] = 41 },
        }));

    [Fact]
    public async Task Named_and_inline_fragments_are_flattened_in_selection_order()
    {
        (await Schema.RunAsync("{ me { ...on Person { age } ...F } } fragment F on Person { name }"))
            .Should().Be("""{"data":{"me":{"age":36,"name":"Ada"}}}""");
    }

    [Fact]
    public async Task Fields_with_the_same_response_key_merge_their_sub_selections()
    {
        (await Schema.RunAsync("{ me { friend { name } name friend { age } } }"))
            .Should().Be("""{"data":{"me":{"friend":{"name":"Charles","age":41},"name":"Ada"}}}""");
    }

    [Fact]
    public async Task Aliases_give_separate_response_keys_for_one_field()
    {
        (await Schema.RunAsync("{ a: me { n: name } b: me { age } }"))
            .Should().Be("""{"data":{"a":{"n":"Ada"},"b":{"age":36}}}""");
    }

    [Fact]
    public async Task Skip_and_include_decide_with_literals_and_variables()
    {
        var json = await Schema.RunAsync(
            "query ($yes: Boolean!) { me { name @skip(if: $yes) age @include(if: $yes) friend @include(if: false) { name } ... @skip(if: false) { n: name } } }",
            """{"yes": true}""");
        json.Should().Be("""{"data":{"me":{"age":36,"n":"Ada"}}}""");
    }

    [Fact]
    public async Task Skip_wins_when_both_directives_are_present()
    {
        (await Schema.RunAsync("{ me { name @skip(if: true) @include(if: true) age } }"))
            .Should().Be("""{"data":{"me":{"age":36}}}""");
    }

    [Fact]
    public async Task A_fragment_spread_twice_contributes_once()
    {
        (await Schema.RunAsync("{ me { ...F age ...F } } fragment F on Person { name }"))
            .Should().Be("""{"data":{"me":{"name":"Ada","age":36}}}""");
    }

    [Fact]
    public async Task Typename_is_available_on_every_object()
    {
        (await Schema.RunAsync("{ __typename me { __typename friend { t: __typename } } }"))
            .Should().Be("""{"data":{"__typename":"Query","me":{"__typename":"Person","friend":{"t":"Person"}}}}""");
    }
}
