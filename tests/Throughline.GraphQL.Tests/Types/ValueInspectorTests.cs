using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Types;

// Expected texts are what JavaScript prints (String(number), graphql-js inspect()).
public sealed class ValueInspectorTests
{
    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(-0.0, "0")]
    [InlineData(1.5, "1.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1.5e15, "1500000000000000")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(123.456, "123.456")]
    [InlineData(-2.5e-10, "-2.5e-10")]
    public void Numbers_print_like_javascript(double value, string expected)
    {
        ValueInspector.FormatNumber(value).Should().Be(expected);
    }

    [Fact]
    public void Values_inspect_like_graphql_js()
    {
        ValueInspector.Inspect(null).Should().Be("null");
        ValueInspector.Inspect("a\"b").Should().Be("\"a\\\"b\"");
        ValueInspector.Inspect(new object?[] { 1, "x", null }).Should().Be("[1, \"x\", null]");
        ValueInspector.Inspect(new Dictionary<string, object?> { ["a"] = 1, ["b"] = new[] { true } })
            .Should().Be("{ a: 1, b: [true] }");
        ValueInspector.Inspect(Enumerable.Range(0, 12).ToArray()).Should().Be("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 2 more items]");
        ValueInspector.Inspect(new Dictionary<string, object?>()).Should().Be("{}");
    }
}
