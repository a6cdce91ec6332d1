using Throughline.GraphQL.Execution;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Execution;

public sealed class ArgumentCoercionTests
{
    private static readonly GraphQLSchema Schema = GraphQLSchema.FromSdl(
        """
        enum Color { RED GREEN }
        input Box { size: Int = 3 color: Color }
        type Query {
          describe(n: Int = 10, f: Float, c: Color, box: Box, list: [Box], word: String = "hi"): String
          strict(n: Int!): Int
        }
        """,
        new ResolverMap()
            .Field("Query", "describe", context => string.Join(
                ";", context.Arguments.Select(a => $"{a.Key}={Describe(a.Value)}")))
            .Field("Query", "strict", context => context.GetArgument<int>("n") * 2)
            .EnumValues("Color", new Dictionary<string, object?> { ["RED"] = ConsoleColor.Red, ["GREEN"] = ConsoleColor.Green }));

    private static string Describe(object? value) => value switch
    {
        null => "null",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.Select(e => $"{e.Key}:{Describe(e.Value)}")) + "}",
        IEnumerable<object?> list => "[" + string.Join(",", list.Select(Describe)) + "]",
        _ => $"{value.GetType().Name}:{value}",
    };

    [Fact]
    public async Task Literals_are_coerced_to_their_CLR_types_and_defaults_fill_the_rest()
    {
        (await Schema.RunAsync("{ describe(f: 2, c: GREEN) }")).Should().Be(
            """{"data":{"describe":"n=Int32:10;f=Double:2;c=ConsoleColor:Green;word=String:hi"}}""");
    }

    [Fact]
    public async Task Input_objects_and_lists_get_nested_defaults()
    {
        (await Schema.RunAsync("{ describe(box: { color: RED }, list: { size: 1 }) }")).Should().Be(
            """{"data":{"describe":"n=Int32:10;box={size:Int32:3,color:ConsoleColor:Red};list=[{size:Int32:1}];word=String:hi"}}""");
    }

    [Fact]
    public async Task An_explicit_null_overrides_the_default()
    {
        (await Schema.RunAsync("{ describe(word: null) }")).Should().Be(
            """{"data":{"describe":"n=Int32:10;word=null"}}""");
    }

    [Fact]
    public async Task Variables_inside_literals_are_substituted()
    {
        (await Schema.RunAsync("query ($c: Color) { describe(box: { color: $c }) }", """{"c": "RED"}""")).Should().Be(
            """{"data":{"describe":"n=Int32:10;box={size:Int32:3,color:ConsoleColor:Red};word=String:hi"}}""");
    }

    [Fact]
    public async Task Enum_output_serializes_internal_values_back_to_names()
    {
        var schema = GraphQLSchema.FromSdl(
            "enum Color { RED GREEN } type Query { color: Color colors: [Color] }",
            new ResolverMap()
                .Value("Query", "color", ConsoleColor.Green)
                .Value("Query", "colors", new object[] { ConsoleColor.Red, ConsoleColor.Green })
                .EnumValues("Color", new Dictionary<string, object?> { ["RED"] = ConsoleColor.Red, ["GREEN"] = ConsoleColor.Green }));
        (await schema.RunAsync("{ color colors }")).Should().Be("""{"data":{"color":"GREEN","colors":["RED","GREEN"]}}""");
    }

    [Fact]
    public async Task A_required_argument_missing_at_runtime_is_a_field_error()
    {
        // Validation normally rejects this; executing the document directly shows the executor's own check.
        var document = Parser.Parse("{ strict }");
        var result = await Schema.ExecuteAsync(document, new ExecutionRequest(""));
        result.ToJson().Should().Be(
            """{"errors":[{"message":"Argument \"n\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":3}],"path":["strict"]}],"data":{"strict":null}}""");
    }
}
