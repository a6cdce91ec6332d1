using Throughline.GraphQL.Execution;

namespace Throughline.GraphQL.Tests.Execution;

public sealed class ExecutionResultJsonTests
{
    [Fact]
    public void Errors_come_before_data_with_members_in_graphql_js_order()
    {
        var result = new ExecutionResult(
            new Dictionary<string, object?> { ["a"] = null },
            [
                new GraphQLError("boom")
                {
                    Locations = [new SourceLocation(2, 5)],
                    Path = ["a", 0, "b"],
                    Extensions = new Dictionary<string, object?> { ["code"] = "X" },
                },
            ]);

        result.ToJson().Should().Be(
            """{"errors":[{"message":"boom","locations":[{"line":2,"column":5}],"path":["a",0,"b"],"extensions":{"code":"X"}}],"data":{"a":null}}""");
    }

    [Fact]
    public void Request_errors_have_no_data_member_and_empty_parts_are_left_out()
    {
        ExecutionResult.FromRequestErrors([new GraphQLError("bad request")]).ToJson()
            .Should().Be("""{"errors":[{"message":"bad request"}]}""");
    }

    [Fact]
    public void Null_data_is_written_as_null()
    {
        new ExecutionResult(null, [new GraphQLError("x")]).ToJson().Should().Be("""{"errors":[{"message":"x"}],"data":null}""");
    }

    [Fact]
    public void Integers_stay_integers_and_doubles_are_written_as_JavaScript_writes_them()
    {
        var data = new Dictionary<string, object?>
        {
            ["int"] = 42,
            ["long"] = 9007199254740993L,
            ["whole"] = 2.0,
            ["tenth"] = 0.1,
            ["tiny"] = -2.5e-7,
            ["huge"] = 1e21,
            ["big"] = 1e16,
            ["small"] = 0.00001,
            ["negativeZero"] = -0.0,
            ["nan"] = double.NaN,
            ["list"] = new List<object?> { true, "s\u00e9", null },
        };

        new ExecutionResult(data, []).ToJson().Should().Be(
            """{"data":{"int":42,"long":9007199254740993,"whole":2,"tenth":0.1,"tiny":-2.5e-7,"huge":1e+21,"big":10000000000000000,"small":0.00001,"negativeZero":0,"nan":null,"list":[true,"sé",null]}}""");
    }

    [Fact]
    public void Extensions_are_written_last()
    {
        var result = new ExecutionResult(new Dictionary<string, object?>(), [])
        {
            Extensions = new Dictionary<string, object?> { ["cost"] = 3 },
        };
        result.ToJson().Should().Be("""{"data":{},"extensions":{"cost":3}}""");
    }
}
