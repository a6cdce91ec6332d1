using System.Text.Json;

namespace Throughline.GraphQL.Tests.Execution;

public sealed class DefaultFieldResolverTests
{
    private static readonly GraphQLSchema Schema = GraphQLSchema.FromSdl(
        "type Query { item: Item items: [Item] } type Item { name: String count: Int tags: [String] child: Item }");

    private sealed record Item(string Name, int Count, IReadOnlyList<string> Tags, Item? Child);

    [Fact]
    public async Task Dictionaries_are_read_by_key()
    {
        var root = new Dictionary<string, object?>
        {
            ["item"] = new Dictionary<string, object?> { ["name"] = "a", ["count"] = 2 },
        };
        (await Schema.RunAsync("{ item { name count tags } }", rootValue: root))
            .Should().Be("""{"data":{"item":{"name":"a","count":2,"tags":null}}}""");
    }

    [Fact]
    public async Task Public_properties_are_matched_ignoring_case()
    {
        var root = new { Item = new Item("b", 3, ["x", "y"], new Item("c", 0, [], null)) };
        (await Schema.RunAsync("{ item { name count tags child { name child { name } } } }", rootValue: root))
            .Should().Be("""{"data":{"item":{"name":"b","count":3,"tags":["x","y"],"child":{"name":"c","child":null}}}}""");
    }

    [Fact]
    public async Task Json_elements_are_read_by_property()
    {
        using var document = JsonDocument.Parse("""{"items": [{"name": "j", "count": 5, "tags": ["t"]}, null]}""");
        (await Schema.RunAsync("{ items { name count tags } }", rootValue: document.RootElement))
            .Should().Be("""{"data":{"items":[{"name":"j","count":5,"tags":["t"]},null]}}""");
    }

    [Fact]
    public async Task Dictionaries_of_other_value_types_are_read_by_key_too()
    {
        var root = new Dictionary<string, Dictionary<string, string>> { ["item"] = new() { ["name"] = "typed" } };
        (await Schema.RunAsync("{ item { name count } }", rootValue: root))
            .Should().Be("""{"data":{"item":{"name":"typed","count":null}}}""");
    }
}
