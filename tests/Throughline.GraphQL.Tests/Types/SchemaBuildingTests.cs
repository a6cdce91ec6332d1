using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Types;

public sealed class SchemaBuildingTests
{
    private const string Sdl = """
        "The root"
        type Query {
          node(id: ID!): Node
          search(term: String = "x", first: Int = 10): [SearchResult!]!
          old: String @deprecated
        }

        interface Node { id: ID! }

        interface Named implements Node { id: ID! name: String }

        type Person implements Node & Named { id: ID! name: String age: Int }

        type Company implements Node & Named { id: ID! name: String }

        union SearchResult = Person | Company

        enum Direction { IN OUT @deprecated(reason: "use IN") }

        input Filter { direction: Direction = IN, limit: Int! }

        scalar Date @specifiedBy(url: "https://example.com/date")

        extend type Query { today: Date }

        directive @cost(weight: Int!) repeatable on FIELD_DEFINITION | OBJECT
        """;

    [Fact]
    public void Types_keep_definition_order_with_built_in_scalars_where_first_referenced()
    {
        var schema = GraphQLSchema.FromSdl(Sdl);

        // graphql-js 16 buildSchema(Sdl).getTypeMap() order (checked with node): a type's built-in scalars
        // follow it when it references them first, introspection types come last.
        schema.Types.Keys.Should().Equal(
            "Query", "ID", "String", "Int", "Node", "Named", "Person", "Company", "SearchResult", "Direction", "Filter",
            "Date", "Boolean", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive",
            "__DirectiveLocation");
    }

    [Fact]
    public void Extensions_append_fields_to_the_extended_type()
    {
        var schema = GraphQLSchema.FromSdl(Sdl);

        schema.QueryType.Fields.Keys.Should().Equal("node", "search", "old", "today");
        schema.QueryType.GetField("today")!.Type.Should().BeSameAs(schema.GetType("Date"));
    }

    [Fact]
    public void Deprecation_specifiedBy_and_repeatable_are_read_from_directives()
    {
        var schema = GraphQLSchema.FromSdl(Sdl);

        schema.QueryType.GetField("old")!.DeprecationReason.Should().Be("No longer supported");
        ((GraphQLEnumType)schema.GetType("Direction")!).GetValue("OUT")!.DeprecationReason.Should().Be("use IN");
        ((GraphQLScalarType)schema.GetType("Date")!).SpecifiedByUrl.Should().Be("https://example.com/date");
        schema.GetDirective("cost")!.IsRepeatable.Should().BeTrue();
        schema.Directives.Select(d => d.Name).Should().Equal("cost", "include", "skip", "deprecated", "specifiedBy", "oneOf");
    }

    [Fact]
    public void Possible_types_of_an_interface_include_objects_of_sub_interfaces()
    {
        var schema = GraphQLSchema.FromSdl(Sdl);
        var node = (GraphQLInterfaceType)schema.GetType("Node")!;

        schema.GetPossibleTypes(node).Select(t => t.Name).Should().Equal("Person", "Company");
        schema.IsSubType(node, schema.GetType("Named")!).Should().BeTrue();
        schema.GetImplementations(node).Interfaces.Select(t => t.Name).Should().Equal("Named");
    }

    [Fact]
    public void Field_types_print_in_type_reference_notation()
    {
        var schema = GraphQLSchema.FromSdl(Sdl);

        schema.QueryType.GetField("search")!.Type.ToString().Should().Be("[SearchResult!]!");
    }

    [Fact]
    public void Root_types_come_from_the_schema_definition_when_there_is_one()
    {
        var schema = GraphQLSchema.FromSdl("schema { query: Root mutation: Query } type Root { a: Int } type Query { b: Int }");

        schema.QueryType.Name.Should().Be("Root");
        schema.MutationType!.Name.Should().Be("Query");
    }
}
