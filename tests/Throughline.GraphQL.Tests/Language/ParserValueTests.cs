using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Tests.Language;

public sealed class ParserValueTests
{
    [Fact]
    public void Every_literal_kind_is_recognised()
    {
        var list = (ListValue)Parser.ParseValue("[1, -2.5e3, \"s\", \"\"\"b\"\"\", true, false, null, RED, $v, [], {a: 1}]");

        list.Values.Select(v => v.GetType()).Should().Equal(
            typeof(IntValue), typeof(FloatValue), typeof(StringValue), typeof(StringValue), typeof(BooleanValue),
            typeof(BooleanValue), typeof(NullValue), typeof(EnumValue), typeof(Variable), typeof(ListValue),
            typeof(ObjectValue));
        ((IntValue)list.Values[0]).Value.Should().Be("1");
        ((FloatValue)list.Values[1]).Value.Should().Be("-2.5e3");
        ((BooleanValue)list.Values[5]).Value.Should().BeFalse();
        ((EnumValue)list.Values[7]).Value.Should().Be("RED");
    }

    [Fact]
    public void Object_fields_keep_their_order()
    {
        var obj = (ObjectValue)Parser.ParseValue("{b: 1, a: {c: [2]}}");

        obj.Fields.Select(f => f.Name.Value).Should().Equal("b", "a");
        obj.Fields[1].Value.Should().BeOfType<ObjectValue>();
    }

    [Fact]
    public void Constant_values_reject_variables()
    {
        var act = () => Parser.ParseConstValue("[$v]");

        act.Should().Throw<GraphQLSyntaxException>()
            .WithMessage("Syntax Error: Unexpected variable \"$v\" in constant value.");
    }

    [Fact]
    public void Type_references_nest_lists_and_non_null()
    {
        var type = Parser.ParseType("[[Int!]]!");

        var outer = type.Should().BeOfType<NonNullType>().Which.Type.Should().BeOfType<ListType>().Which;
        var inner = outer.Type.Should().BeOfType<ListType>().Which;
        inner.Type.Should().BeOfType<NonNullType>().Which.Type.As<NamedType>().Name.Value.Should().Be("Int");
    }
}
