using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Execution;

public sealed class NullPropagationTests
{
    private static readonly GraphQLSchema Schema = GraphQLSchema.FromSdl(
        """
        type Query { box: Box strictBox: Box! boxes: [Box!] items: [Int]! strictItems: [Int!] }
        type Box { ok: String bad: String strictBad: String! strictNull: String! inner: Box }
        """,
        new ResolverMap()
            .Value("Query", "box", "box")
            .Value("Query", "strictBox", "box")
            .Value("Query", "boxes", new[] { "one", "two" })
            .Value("Query", "items", new object?[] { 1, null, 3 })
            .Value("Query", "strictItems", new object?[] { 1, null, 3 })
            .Value("Box", "ok", "fine")
            .Throws("Box", "bad", () => new InvalidOperationException("bad failed"))
            .Throws("Box", "strictBad", () => new InvalidOperationException("strictBad failed"))
            .Value("Box", "strictNull", null)
            .Value("Box", "inner", "inner"));

    [Fact]
    public async Task An_error_in_a_nullable_field_nulls_only_that_field()
    {
        (await Schema.RunAsync("{ box { ok bad } }")).Should().Be(
            """{"errors":[{"message":"bad failed","locations":[{"line":1,"column":12}],"path":["box","bad"]}],"data":{"box":{"ok":"fine","bad":null}}}""");
    }

    [Fact]
    public async Task An_error_in_a_non_null_field_nulls_the_nearest_nullable_parent()
    {
        (await Schema.RunAsync("{ box { inner { ok strictBad } ok } }")).Should().Be(
            """{"errors":[{"message":"strictBad failed","locations":[{"line":1,"column":20}],"path":["box","inner","strictBad"]}],"data":{"box":{"inner":null,"ok":"fine"}}}""");
    }

    [Fact]
    public async Task Null_in_a_non_null_field_is_an_error_once_with_its_path()
    {
        (await Schema.RunAsync("{ box { strictNull } }")).Should().Be(
            """{"errors":[{"message":"Cannot return null for non-nullable field Box.strictNull.","locations":[{"line":1,"column":9}],"path":["box","strictNull"]}],"data":{"box":null}}""");
    }

    [Fact]
    public async Task Propagation_through_non_null_parents_reaches_data()
    {
        (await Schema.RunAsync("{ strictBox { strictNull } box { ok } }")).Should().Be(
            """{"errors":[{"message":"Cannot return null for non-nullable field Box.strictNull.","locations":[{"line":1,"column":15}],"path":["strictBox","strictNull"]}],"data":null}""");
    }

    [Fact]
    public async Task A_null_item_in_a_list_of_non_null_nulls_the_list()
    {
        (await Schema.RunAsync("{ items strictItems }")).Should().Be(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.strictItems.","locations":[{"line":1,"column":9}],"path":["strictItems",1]}],"data":{"items":[1,null,3],"strictItems":null}}""");
    }

    [Fact]
    public async Task An_error_inside_a_non_null_list_item_nulls_the_list_and_is_reported_once()
    {
        (await Schema.RunAsync("{ boxes { strictBad } }")).Should().Be(
            """{"errors":[{"message":"strictBad failed","locations":[{"line":1,"column":11}],"path":["boxes",0,"strictBad"]}],"data":{"boxes":null}}""");
    }

    [Fact]
    public async Task Once_a_synchronous_error_nulls_the_parent_later_siblings_are_not_resolved()
    {
        // graphql-js stops a selection set (and a list) at the first synchronous propagating error.
        var resolved = new List<string>();
        var schema = GraphQLSchema.FromSdl(
            "type Query { box: Box items: [Box!] } type Box { a: String b: String! c: String }",
            new ResolverMap()
                .Value("Query", "box", "box")
                .Value("Query", "items", new[] { "0", "1", "2" })
                .Field("Box", "a", context => Record($"a{context.Path[^2]}"))
                .Field("Box", "b", context => Record($"b{context.Path[^2]}") is "bbox" or "b1" ? null : "fine")
                .Field("Box", "c", context => Record($"c{context.Path[^2]}")));

        var json = await schema.RunAsync("{ box { a b c } items { a b c } }");

        json.Should().Be(
            """{"errors":[{"message":"Cannot return null for non-nullable field Box.b.","locations":[{"line":1,"column":11}],"path":["box","b"]},{"message":"Cannot return null for non-nullable field Box.b.","locations":[{"line":1,"column":27}],"path":["items",1,"b"]}],"data":{"box":null,"items":null}}""");
        resolved.Should().Equal("abox", "bbox", "a0", "b0", "c0", "a1", "b1");

        string Record(string name)
        {
            resolved.Add(name);
            return name;
        }
    }
}
