using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Tests.Language;

public sealed class ParserTypeSystemTests
{
    private const string Sdl = """
        "The schema" schema @s { query: Query mutation: Mutation }
        "A date" scalar Date @specifiedBy(url: "https://example.com")
        type Person implements Node & Named @key {
          "The id" id: ID!
          friends(first: Int = 10, "cursor" after: String @deprecated): [Person!]!
        }
        interface Node implements Entity { id: ID! }
        union Result = | Person | Org
        enum Color { RED "green" GREEN @deprecated(reason: "no") }
        input Filter { name: String = "x" tags: [String!] = [] }
        directive @key(fields: String) repeatable on OBJECT | INTERFACE
        """;

    private static readonly Document Document = Parser.Parse(Sdl);

    [Fact]
    public void Schema_definitions_list_their_root_operation_types()
    {
        var schema = Document.Definitions[0].Should().BeOfType<SchemaDefinition>().Which;

        schema.Description!.Value.Should().Be("The schema");
        schema.Directives.Should().ContainSingle();
        schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)).Should().Equal(
            (OperationType.Query, "Query"), (OperationType.Mutation, "Mutation"));
    }

    [Fact]
    public void Object_types_carry_interfaces_fields_arguments_and_defaults()
    {
        var person = Document.Definitions[2].Should().BeOfType<ObjectTypeDefinition>().Which;

        person.Name.Value.Should().Be("Person");
        person.Interfaces.Select(i => i.Name.Value).Should().Equal("Node", "Named");
        person.Fields[0].Description!.Value.Should().Be("The id");
        var friends = person.Fields[1];
        friends.Arguments.Select(a => a.Name.Value).Should().Equal("first", "after");
        friends.Arguments[0].DefaultValue.Should().BeOfType<IntValue>().Which.Value.Should().Be("10");
        friends.Arguments[1].Description!.Value.Should().Be("cursor");
        friends.Arguments[1].Directives.Should().ContainSingle();
        friends.Type.Should().BeOfType<NonNullType>();
    }

    [Fact]
    public void Interfaces_unions_enums_inputs_and_directives_are_parsed()
    {
        Document.Definitions[3].Should().BeOfType<InterfaceTypeDefinition>()
            .Which.Interfaces.Should().ContainSingle().Which.Name.Value.Should().Be("Entity");
        Document.Definitions[4].Should().BeOfType<UnionTypeDefinition>()
            .Which.Types.Select(t => t.Name.Value).Should().Equal("Person", "Org");
        var color = Document.Definitions[5].Should().BeOfType<EnumTypeDefinition>().Which;
        color.Values.Select(v => v.Name.Value).Should().Equal("RED", "GREEN");
        color.Values[1].Description!.Value.Should().Be("green");
        Document.Definitions[6].Should().BeOfType<InputObjectTypeDefinition>()
            .Which.Fields[1].DefaultValue.Should().BeOfType<ListValue>();
        var key = Document.Definitions[7].Should().BeOfType<DirectiveDefinition>().Which;
        key.Repeatable.Should().BeTrue();
        key.Locations.Select(l => l.Value).Should().Equal("OBJECT", "INTERFACE");
    }

    [Fact]
    public void Every_kind_of_extension_is_parsed()
    {
        var document = Parser.Parse("""
            extend schema @a { subscription: S }
            extend scalar Date @b
            extend type Person implements Aged { age: Int }
            extend interface Node @c
            extend union Result = Place
            extend enum Color { BLUE }
            extend input Filter { age: Int }
            """);

        document.Definitions.Select(d => d.GetType()).Should().Equal(
            typeof(SchemaExtension), typeof(ScalarTypeExtension), typeof(ObjectTypeExtension),
            typeof(InterfaceTypeExtension), typeof(UnionTypeExtension), typeof(EnumTypeExtension),
            typeof(InputObjectTypeExtension));
        ((ObjectTypeExtension)document.Definitions[2]).Interfaces.Should().ContainSingle();
        ((UnionTypeExtension)document.Definitions[4]).Types.Should().ContainSingle();
    }

    [Fact]
    public void An_extension_that_adds_nothing_is_a_syntax_error()
    {
        var act = () => Parser.Parse("extend type T");

        act.Should().Throw<GraphQLSyntaxException>().WithMessage("Syntax Error: Unexpected <EOF>.");
    }
}
