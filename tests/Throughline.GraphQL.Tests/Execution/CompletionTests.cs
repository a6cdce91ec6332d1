using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Execution;

public sealed class CompletionTests
{
    private static IEnumerable<object?> Generate()
    {
        yield return 1;
        yield return 2;
    }

    private static readonly GraphQLSchema Schema = GraphQLSchema.FromSdl(
        """
        scalar Money
        type Query { generated: [Int] grid: [[Int!]] notList: [Int] money: Money broke: Money count: Int }
        """,
        new ResolverMap()
            .Field("Query", "generated", _ => Generate())
            .Value("Query", "grid", new[] { new[] { 1, 2 }, new[] { 3 } })
            .Value("Query", "notList", new Dictionary<string, object?> { ["a"] = 1 })
            .Value("Query", "money", 12.5m)
            .Value("Query", "broke", -1m)
            .Value("Query", "count", "7")
            .Scalar("Money", new ScalarBinding(
                value => value is decimal m && m >= 0 ? $"{m:0.00} EUR" : null,
                value => value,
                (literal, _) => UntypedValue.FromAst(literal))));

    [Fact]
    public async Task Any_sequence_completes_as_a_list_including_nested_lists()
    {
        (await Schema.RunAsync("{ generated grid }")).Should().Be("""{"data":{"generated":[1,2],"grid":[[1,2],[3]]}}""");
    }

    [Fact]
    public async Task A_dictionary_is_not_a_list()
    {
        (await Schema.RunAsync("{ notList }")).Should().Be(
            """{"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.notList\".","locations":[{"line":1,"column":3}],"path":["notList"]}],"data":{"notList":null}}""");
    }

    [Fact]
    public async Task Custom_scalars_serialize_through_their_binding()
    {
        (await Schema.RunAsync("{ money }")).Should().Be("""{"data":{"money":"12.50 EUR"}}""");
    }

    [Fact]
    public async Task A_serializer_returning_null_is_a_field_error()
    {
        (await Schema.RunAsync("{ broke }")).Should().Be(
            """{"errors":[{"message":"Expected `Money.serialize(-1)` to return non-nullable value, returned: null","locations":[{"line":1,"column":3}],"path":["broke"]}],"data":{"broke":null}}""");
    }

    [Fact]
    public async Task Built_in_scalars_coerce_output_like_graphql_js()
    {
        (await Schema.RunAsync("{ count }")).Should().Be("""{"data":{"count":7}}""");
    }

    [Fact]
    public async Task Tasks_returned_as_values_are_awaited_including_list_items()
    {
        var schema = GraphQLSchema.FromSdl(
            "type Query { later: String items: [Int!] failing: String }",
            new ResolverMap()
                .Field("Query", "later", _ => Later("done"))
                .Field("Query", "items", _ => new object[] { Later(1), 2, Later(3) })
                .Field("Query", "failing", _ => FailLater()));

        (await schema.RunAsync("{ later items failing }")).Should().Be(
            """{"errors":[{"message":"not today","locations":[{"line":1,"column":15}],"path":["failing"]}],"data":{"later":"done","items":[1,2,3],"failing":null}}""");

        static async Task<T> Later<T>(T value)
        {
            await Task.Yield();
            return value;
        }

        static async Task<string> FailLater()
        {
            await Task.Yield();
            throw new InvalidOperationException("not today");
        }
    }
}
