using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Types;

public sealed class ResolveFieldContextTests
{
    private enum Direction
    {
        In,
        Out,
    }

    [Fact]
    public void Arguments_convert_between_clr_types()
    {
        var context = Context(new Dictionary<string, object?> { ["first"] = 10, ["ratio"] = 2.5, ["dir"] = "OUT", ["name"] = null });

        context.GetArgument<int>("first").Should().Be(10);
        context.GetArgument<long>("first").Should().Be(10L);
        context.GetArgument<double>("ratio").Should().Be(2.5);
        context.GetArgument<Direction>("dir").Should().Be(Direction.Out);
        context.GetArgument<string>("name").Should().BeNull();
        context.GetArgument<int?>("missing").Should().BeNull();
    }

    [Fact]
    public void An_argument_of_an_unconvertible_type_names_the_field()
    {
        var context = Context(new Dictionary<string, object?> { ["filter"] = new Dictionary<string, object?>() });

        FluentActions.Invoking(() => context.GetArgument<int>("filter"))
            .Should().Throw<InvalidCastException>().WithMessage("Argument \"filter\" of field \"Query.a\"*");
    }

    private static ResolveFieldContext Context(IReadOnlyDictionary<string, object?> arguments)
    {
        var schema = GraphQLSchema.FromSdl("type Query { a: Int }");
        return new ResolveFieldContext
        {
            Arguments = arguments,
            FieldName = "a",
            FieldNodes = [],
            FieldDefinition = schema.QueryType.GetField("a")!,
            ParentType = schema.QueryType,
            Path = ["a"],
            Schema = schema,
            Operation = (OperationDefinition)Parser.Parse("{ a }").Definitions[0],
        };
    }
}
