using System.Text.Json;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Types;

// Messages are graphql-js 16's (type/scalars.js), which responses must reproduce exactly.
public sealed class ScalarCoercionTests
{
    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData(3_000_000_000L, "Int cannot represent non 32-bit signed integer value: 3000000000")]
    [InlineData("abc", "Int cannot represent non-integer value: \"abc\"")]
    [InlineData(double.NaN, "Int cannot represent non-integer value: NaN")]
    public void Int_serialize_rejects_what_graphql_js_rejects(object value, string message)
    {
        var act = () => SpecifiedScalars.Int.Serialize(value);

        act.Should().Throw<GraphQLCoercionException>().WithMessage(message);
    }

    [Fact]
    public void Int_serialize_accepts_booleans_numeric_strings_and_integral_doubles()
    {
        SpecifiedScalars.Int.Serialize(true).Should().Be(1);
        SpecifiedScalars.Int.Serialize("42").Should().Be(42);
        SpecifiedScalars.Int.Serialize(7.0).Should().Be(7);
        SpecifiedScalars.Int.Serialize(5L).Should().Be(5);
        SpecifiedScalars.Int.Serialize(JsonDocument.Parse("12").RootElement).Should().Be(12);
    }

    [Fact]
    public void Int_parse_value_accepts_only_integral_numbers()
    {
        SpecifiedScalars.Int.ParseValue(12L).Should().Be(12);
        SpecifiedScalars.Int.ParseValue(3.0).Should().Be(3);
        FluentActions.Invoking(() => SpecifiedScalars.Int.ParseValue("12"))
            .Should().Throw<GraphQLCoercionException>().WithMessage("Int cannot represent non-integer value: \"12\"");
        FluentActions.Invoking(() => SpecifiedScalars.Int.ParseValue(true))
            .Should().Throw<GraphQLCoercionException>().WithMessage("Int cannot represent non-integer value: true");
        FluentActions.Invoking(() => SpecifiedScalars.Int.ParseValue(1e21))
            .Should().Throw<GraphQLCoercionException>().WithMessage("Int cannot represent non 32-bit signed integer value: 1e+21");
    }

    [Theory]
    [InlineData("1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("[1, 2]", "Int cannot represent non-integer value: [1, 2]")]
    [InlineData("ENUM", "Int cannot represent non-integer value: ENUM")]
    public void Int_parse_literal_messages_print_the_literal(string literal, string message)
    {
        var act = () => SpecifiedScalars.Int.ParseLiteral(Parser.ParseValue(literal));

        act.Should().Throw<GraphQLCoercionException>().WithMessage(message);
    }

    [Fact]
    public void Int_parse_literal_accepts_the_32_bit_range()
    {
        SpecifiedScalars.Int.ParseLiteral(Parser.ParseValue("-2147483648")).Should().Be(int.MinValue);
        SpecifiedScalars.Int.ParseLiteral(Parser.ParseValue("2147483647")).Should().Be(int.MaxValue);
    }

    [Fact]
    public void Float_coerces_numbers_and_rejects_the_rest()
    {
        SpecifiedScalars.Float.ParseLiteral(Parser.ParseValue("1")).Should().Be(1d);
        SpecifiedScalars.Float.ParseLiteral(Parser.ParseValue("1.5e3")).Should().Be(1500d);
        SpecifiedScalars.Float.Serialize(false).Should().Be(0d);
        SpecifiedScalars.Float.Serialize("2.5").Should().Be(2.5);
        FluentActions.Invoking(() => SpecifiedScalars.Float.Serialize(double.PositiveInfinity))
            .Should().Throw<GraphQLCoercionException>().WithMessage("Float cannot represent non numeric value: Infinity");
        FluentActions.Invoking(() => SpecifiedScalars.Float.ParseLiteral(Parser.ParseValue("\"1.5\"")))
            .Should().Throw<GraphQLCoercionException>().WithMessage("Float cannot represent non numeric value: \"1.5\"");
        FluentActions.Invoking(() => SpecifiedScalars.Float.ParseValue("1.5"))
            .Should().Throw<GraphQLCoercionException>().WithMessage("Float cannot represent non numeric value: \"1.5\"");
    }

    [Fact]
    public void String_serializes_primitives_and_parses_only_strings()
    {
        SpecifiedScalars.String.Serialize(true).Should().Be("true");
        SpecifiedScalars.String.Serialize(1.5).Should().Be("1.5");
        SpecifiedScalars.String.Serialize(10).Should().Be("10");
        FluentActions.Invoking(() => SpecifiedScalars.String.Serialize(new[] { 1 }))
            .Should().Throw<GraphQLCoercionException>().WithMessage("String cannot represent value: [1]");
        FluentActions.Invoking(() => SpecifiedScalars.String.ParseValue(1))
            .Should().Throw<GraphQLCoercionException>().WithMessage("String cannot represent a non string value: 1");
        FluentActions.Invoking(() => SpecifiedScalars.String.ParseLiteral(Parser.ParseValue("{a: 1}")))
            .Should().Throw<GraphQLCoercionException>().WithMessage("String cannot represent a non string value: {a: 1}");
    }

    [Fact]
    public void Boolean_serializes_numbers_as_truthiness_and_parses_only_booleans()
    {
        SpecifiedScalars.Boolean.Serialize(0).Should().Be(false);
        SpecifiedScalars.Boolean.Serialize(2.5).Should().Be(true);
        FluentActions.Invoking(() => SpecifiedScalars.Boolean.Serialize("true"))
            .Should().Throw<GraphQLCoercionException>().WithMessage("Boolean cannot represent a non boolean value: \"true\"");
        FluentActions.Invoking(() => SpecifiedScalars.Boolean.ParseValue(1))
            .Should().Throw<GraphQLCoercionException>().WithMessage("Boolean cannot represent a non boolean value: 1");
        FluentActions.Invoking(() => SpecifiedScalars.Boolean.ParseLiteral(Parser.ParseValue("1")))
            .Should().Throw<GraphQLCoercionException>().WithMessage("Boolean cannot represent a non boolean value: 1");
    }

    [Fact]
    public void ID_accepts_strings_and_integers()
    {
        SpecifiedScalars.ID.Serialize(42).Should().Be("42");
        SpecifiedScalars.ID.ParseValue(7L).Should().Be("7");
        SpecifiedScalars.ID.ParseLiteral(Parser.ParseValue("12")).Should().Be("12");
        FluentActions.Invoking(() => SpecifiedScalars.ID.Serialize(1.5))
            .Should().Throw<GraphQLCoercionException>().WithMessage("ID cannot represent value: 1.5");
        FluentActions.Invoking(() => SpecifiedScalars.ID.ParseValue(true))
            .Should().Throw<GraphQLCoercionException>().WithMessage("ID cannot represent value: true");
        FluentActions.Invoking(() => SpecifiedScalars.ID.ParseLiteral(Parser.ParseValue("1.0")))
            .Should().Throw<GraphQLCoercionException>().WithMessage("ID cannot represent a non-string and non-integer value: 1.0");
    }

    [Fact]
    public void Enum_coercion_suggests_close_values()
    {
        var schema = GraphQLSchema.FromSdl("type Query { d: Direction } enum Direction { NORTH SOUTH }");
        var direction = (GraphQLEnumType)schema.GetType("Direction")!;

        direction.Serialize("NORTH").Should().Be("NORTH");
        direction.ParseLiteral(Parser.ParseValue("SOUTH")).Should().Be("SOUTH");
        FluentActions.Invoking(() => direction.ParseLiteral(Parser.ParseValue("NORHT")))
            .Should().Throw<GraphQLCoercionException>()
            .WithMessage("Value \"NORHT\" does not exist in \"Direction\" enum. Did you mean the enum value \"NORTH\" or \"SOUTH\"?");
        FluentActions.Invoking(() => direction.ParseLiteral(Parser.ParseValue("\"NORTH\"")))
            .Should().Throw<GraphQLCoercionException>()
            .WithMessage("Enum \"Direction\" cannot represent non-enum value: \"NORTH\". Did you mean the enum value \"NORTH\"?");
        FluentActions.Invoking(() => direction.ParseValue(1))
            .Should().Throw<GraphQLCoercionException>()
            .WithMessage("Enum \"Direction\" cannot represent non-string value: 1.");
        FluentActions.Invoking(() => direction.Serialize("WEST"))
            .Should().Throw<GraphQLCoercionException>()
            .WithMessage("Enum \"Direction\" cannot represent value: \"WEST\"");
    }

    [Fact]
    public void Custom_scalars_without_binding_pass_values_through()
    {
        var schema = GraphQLSchema.FromSdl("type Query { j: JSON } scalar JSON");
        var json = (GraphQLScalarType)schema.GetType("JSON")!;

        json.ParseLiteral(Parser.ParseValue("{a: [1, \"x\", $v]}"), new Dictionary<string, object?> { ["v"] = true })
            .Should().BeEquivalentTo(new Dictionary<string, object?> { ["a"] = new List<object?> { 1, "x", true } });
        json.Serialize(12).Should().Be(12);
    }
}
