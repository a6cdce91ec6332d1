using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Types;

public sealed class ResolverBindingTests
{
    private const string Sdl = """
        type Query { entity(id: ID!): Entity  search: [Result] }
        interface Entity { id: ID! }
        type Person implements Entity { id: ID! }
        union Result = Person
        enum Direction { IN OUT }
        scalar PartialDate
        """;

    [Fact]
    public void A_resolver_for_a_field_the_SDL_lacks_is_an_error_with_a_suggestion()
    {
        var resolvers = new ResolverMap().Field("Query", "entiy", _ => null);

        var exception = FluentActions.Invoking(() => GraphQLSchema.FromSdl(Sdl, resolvers))
            .Should().Throw<GraphQLSchemaException>().Which;

        exception.Errors.Select(e => e.Message).Should().Equal(
            "Resolver bound to \"Query.entiy\", but type \"Query\" has no field \"entiy\". Did you mean \"entity\"?");
    }

    [Fact]
    public void Every_bad_binding_is_reported()
    {
        var resolvers = new ResolverMap()
            .Field("Qury", "entity", _ => null)
            .Scalar("Direction", new ScalarBinding(v => v, v => v, (_, _) => null))
            .TypeResolver("Person", (_, _) => "Person")
            .IsTypeOf("Entity", _ => true)
            .EnumValues("Direction", new Dictionary<string, object?> { ["UP"] = 1 });

        var exception = FluentActions.Invoking(() => GraphQLSchema.FromSdl(Sdl, resolvers))
            .Should().Throw<GraphQLSchemaException>().Which;

        exception.Errors.Select(e => e.Message).Should().Equal(
            "Field resolver bound to \"Qury\", but the schema has no type \"Qury\". Did you mean \"Query\"?",
            "Scalar binding bound to \"Direction\", but \"Direction\" is not a scalar.",
            "Type resolver bound to \"Person\", but \"Person\" is not an interface or union.",
            "IsTypeOf check bound to \"Entity\", but \"Entity\" is not an object type.",
            "Enum value binding for \"Direction.UP\", but enum \"Direction\" has no value \"UP\".");
    }

    [Fact]
    public async Task Bindings_attach_to_the_schema()
    {
        var partialDate = new ScalarBinding(v => $"date:{v}", v => v, (_, _) => null);
        var resolvers = new ResolverMap()
            .Field("Query", "entity", _ => "found")
            .Scalar("PartialDate", partialDate)
            .TypeResolver("Entity", (_, _) => "Person")
            .IsTypeOf("Person", v => v is string)
            .EnumValues("Direction", new Dictionary<string, object?> { ["IN"] = 1, ["OUT"] = 2 });

        var schema = GraphQLSchema.FromSdl(Sdl, resolvers);

        var field = schema.QueryType.GetField("entity")!;
        var context = new ResolveFieldContext
        {
            FieldName = "entity",
            FieldNodes = [],
            FieldDefinition = field,
            ParentType = schema.QueryType,
            Path = ["entity"],
            Schema = schema,
            Operation = (OperationDefinition)Parser.Parse("{ entity(id: 1) }").Definitions[0],
        };
        (await field.Resolver!(context)).Should().Be("found");
        ((GraphQLScalarType)schema.GetType("PartialDate")!).Serialize(2019).Should().Be("date:2019");
        ((GraphQLInterfaceType)schema.GetType("Entity")!).ResolveType!("x", context).Should().Be("Person");
        ((GraphQLObjectType)schema.GetType("Person")!).IsTypeOf!("x").Should().BeTrue();
        var direction = (GraphQLEnumType)schema.GetType("Direction")!;
        direction.Serialize(2).Should().Be("OUT");
        direction.ParseValue("IN").Should().Be(1);
    }

    [Fact]
    public void Unbound_fields_keep_no_resolver_so_the_executor_uses_its_default()
    {
        var schema = GraphQLSchema.FromSdl(Sdl);

        schema.QueryType.GetField("search")!.Resolver.Should().BeNull();
    }
}
