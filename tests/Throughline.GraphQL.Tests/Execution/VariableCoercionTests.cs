using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Execution;

public sealed class VariableCoercionTests
{
    private const string Sdl = """
        enum Color { RED GREEN }
        input Point { x: Int! y: Int = 7 tags: [String!] }
        scalar JSON
        type Query {
          echo(i: Int, f: Float, s: String, b: Boolean, id: ID, c: Color, p: Point, l: [Int], n: Int! = 1): JSON
        }
        """;

    private static readonly GraphQLSchema Schema = GraphQLSchema.FromSdl(
        Sdl,
        new ResolverMap()
            .Field("Query", "echo", context => context.Arguments)
            .Scalar("JSON", new ScalarBinding(v => v, v => v, (literal, _) => UntypedValue.FromAst(literal))));

    [Fact]
    public async Task Variables_of_every_scalar_kind_are_coerced()
    {
        var json = await Schema.RunAsync(
            "query ($i: Int, $f: Float, $s: String, $b: Boolean, $id: ID, $c: Color) { echo(i: $i, f: $f, s: $s, b: $b, id: $id, c: $c) }",
            """{"i": 3, "f": 2.5, "s": "x", "b": true, "id": 42, "c": "GREEN"}""");
        json.Should().Be("""{"data":{"echo":{"i":3,"f":2.5,"s":"x","b":true,"id":"42","c":"GREEN","n":1}}}""");
    }

    [Fact]
    public async Task A_missing_required_variable_is_a_request_error_at_its_definition()
    {
        (await Schema.RunAsync("query Q($x: Int!) { echo(i: $x) }")).Should().Be(
            """{"errors":[{"message":"Variable \"$x\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":9}]}]}""");
    }

    [Fact]
    public async Task Null_for_a_non_null_variable_is_rejected()
    {
        (await Schema.RunAsync("query Q($x: Int!) { echo(i: $x) }", """{"x": null}""")).Should().Be(
            """{"errors":[{"message":"Variable \"$x\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":9}]}]}""");
    }

    [Fact]
    public async Task An_invalid_value_names_the_variable_the_value_and_the_reason()
    {
        (await Schema.RunAsync("query Q($x: Int) { echo(i: $x) }", """{"x": "abc"}""")).Should().Be(
            """{"errors":[{"message":"Variable \"$x\" got invalid value \"abc\"; Int cannot represent non-integer value: \"abc\"","locations":[{"line":1,"column":9}]}]}""");
    }

    [Fact]
    public async Task Every_problem_inside_an_input_object_is_reported_with_its_path()
    {
        var json = await Schema.RunAsync(
            "query Q($p: Point) { echo(p: $p) }", """{"p": {"y": "no", "tags": ["a", null], "z": 1}}""");
        json.Should().Be(
            "{\"errors\":[" +
            "{\"message\":\"Variable \\\"$p\\\" got invalid value { y: \\\"no\\\", tags: [\\\"a\\\", null], z: 1 }; Field \\\"x\\\" of required type \\\"Int!\\\" was not provided.\",\"locations\":[{\"line\":1,\"column\":9}]}," +
            "{\"message\":\"Variable \\\"$p\\\" got invalid value \\\"no\\\" at \\\"p.y\\\"; Int cannot represent non-integer value: \\\"no\\\"\",\"locations\":[{\"line\":1,\"column\":9}]}," +
            "{\"message\":\"Variable \\\"$p\\\" got invalid value null at \\\"p.tags[1]\\\"; Expected non-nullable type \\\"String!\\\" not to be null.\",\"locations\":[{\"line\":1,\"column\":9}]}," +
            "{\"message\":\"Variable \\\"$p\\\" got invalid value { y: \\\"no\\\", tags: [\\\"a\\\", null], z: 1 }; Field \\\"z\\\" is not defined by type \\\"Point\\\". Did you mean \\\"x\\\" or \\\"y\\\"?\",\"locations\":[{\"line\":1,\"column\":9}]}" +
            "]}");
    }

    [Fact]
    public async Task Input_object_defaults_fill_missing_fields_in_definition_order()
    {
        (await Schema.RunAsync("query Q($p: Point) { echo(p: $p) }", """{"p": {"tags": "one", "x": 1}}"""))
            .Should().Be("""{"data":{"echo":{"p":{"x":1,"y":7,"tags":["one"]},"n":1}}}""");
    }

    [Fact]
    public async Task A_variable_default_applies_only_when_the_variable_is_absent()
    {
        (await Schema.RunAsync("query Q($i: Int = 5) { a: echo(i: $i) }")).Should().Be("""{"data":{"a":{"i":5,"n":1}}}""");
        (await Schema.RunAsync("query Q($i: Int = 5) { a: echo(i: $i) }", """{"i": null}"""))
            .Should().Be("""{"data":{"a":{"i":null,"n":1}}}""");
    }

    [Fact]
    public async Task An_unprovided_variable_leaves_the_argument_absent()
    {
        (await Schema.RunAsync("query Q($i: Int) { echo(i: $i) }")).Should().Be("""{"data":{"echo":{"n":1}}}""");
    }

    [Fact]
    public async Task A_single_value_is_coerced_to_a_list_of_one()
    {
        (await Schema.RunAsync("query Q($l: [Int]) { echo(l: $l) }", """{"l": 4}"""))
            .Should().Be("""{"data":{"echo":{"l":[4],"n":1}}}""");
    }

    [Fact]
    public async Task An_unknown_enum_value_suggests_close_names()
    {
        (await Schema.RunAsync("query Q($c: Color) { echo(c: $c) }", """{"c": "REED"}""")).Should().Be(
            """{"errors":[{"message":"Variable \"$c\" got invalid value \"REED\"; Value \"REED\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\" or \"GREEN\"?","locations":[{"line":1,"column":9}]}]}""");
    }

    [Fact]
    public async Task Coercion_stops_after_the_configured_number_of_errors()
    {
        var options = new Throughline.GraphQL.Execution.ExecutionOptions { MaxCoercionErrors = 1 };
        var json = await Schema.RunAsync(
            "query Q($a: Int!, $b: Int!) { x: echo(i: $a) y: echo(i: $b) }", "{}", options: options);
        json.Should().Be(
            """{"errors":[{"message":"Variable \"$a\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":9}]},{"message":"Too many errors processing variables, error limit reached. Execution aborted."}]}""");
    }
}
