using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Execution;

public sealed class AbstractTypeTests
{
    private const string Sdl = """
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String meows: Boolean }
        union Thing = Dog | Cat
        type Query { pet: Pet things: [Thing] }
        """;

    private sealed record Dog(string Name, bool Barks);

    private sealed record Cat(string Name, bool Meows);

    private const string Query = "{ pet { __typename name ... on Dog { barks } } things { ... on Cat { meows } ... on Dog { name } } }";

    [Fact]
    public async Task A_bound_type_resolver_decides_first()
    {
        var schema = GraphQLSchema.FromSdl(Sdl, new ResolverMap()
            .Value("Query", "pet", new Dog("Rex", true))
            .Value("Query", "things", new object[] { new Cat("Tom", true), new Dog("Rex", false) })
            .TypeResolver("Pet", (value, _) => value is Dog ? "Dog" : "Cat")
            .TypeResolver("Thing", (value, _) => value.GetType().Name));
        (await schema.RunAsync(Query)).Should().Be(
            """{"data":{"pet":{"__typename":"Dog","name":"Rex","barks":true},"things":[{"meows":true},{"name":"Rex"}]}}""");
    }

    [Fact]
    public async Task Without_a_resolver_the_values_own_typename_decides()
    {
        var schema = GraphQLSchema.FromSdl(Sdl, new ResolverMap()
            .Value("Query", "pet", new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = "Tom", ["meows"] = true })
            .Value("Query", "things", Array.Empty<object>()));
        (await schema.RunAsync(Query)).Should().Be(
            """{"data":{"pet":{"__typename":"Cat","name":"Tom"},"things":[]}}""");
    }

    [Fact]
    public async Task Then_the_possible_types_IsTypeOf_checks_decide()
    {
        var schema = GraphQLSchema.FromSdl(Sdl, new ResolverMap()
            .Value("Query", "pet", new Cat("Tom", false))
            .Value("Query", "things", new object[] { new Dog("Rex", true) })
            .IsTypeOf("Dog", value => value is Dog)
            .IsTypeOf("Cat", value => value is Cat));
        (await schema.RunAsync(Query)).Should().Be(
            """{"data":{"pet":{"__typename":"Cat","name":"Tom"},"things":[{"name":"Rex"}]}}""");
    }

    [Fact]
    public async Task An_unresolvable_value_is_a_field_error()
    {
        var schema = GraphQLSchema.FromSdl(Sdl, new ResolverMap()
            .Value("Query", "pet", new Dog("Rex", true))
            .Value("Query", "things", null));
        (await schema.RunAsync("{ pet { name } }")).Should().Be(
            """{"errors":[{"message":"Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.pet\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["pet"]}],"data":{"pet":null}}""");
    }

    [Fact]
    public async Task A_type_outside_the_abstract_type_is_rejected()
    {
        var schema = GraphQLSchema.FromSdl(Sdl + " type Fish { name: String } extend type Query { fish: Fish }", new ResolverMap()
            .Value("Query", "pet", new Dictionary<string, object?> { ["__typename"] = "Fish" })
            .Value("Query", "things", new object[] { new Dictionary<string, object?> { ["__typename"] = "Unicorn" } }));
        (await schema.RunAsync("{ pet { name } things { __typename } }")).Should().Be(
            """{"errors":[{"message":"Runtime Object type \"Fish\" is not a possible type for \"Pet\".","locations":[{"line":1,"column":3}],"path":["pet"]},{"message":"Abstract type \"Thing\" was resolved to a type \"Unicorn\" that does not exist inside the schema.","locations":[{"line":1,"column":16}],"path":["things",0]}],"data":{"pet":null,"things":[null]}}""");
    }

    [Fact]
    public async Task An_object_types_IsTypeOf_guards_its_values()
    {
        var schema = GraphQLSchema.FromSdl(Sdl, new ResolverMap()
            .Value("Query", "pet", new Cat("Tom", true))
            .Value("Query", "things", null)
            .TypeResolver("Pet", (_, _) => "Dog")
            .IsTypeOf("Dog", value => value is Dog));
        (await schema.RunAsync("{ pet { name } }")).Should().Be(
            """{"errors":[{"message":"Expected value of type \"Dog\" but got: { Name: \"Tom\", Meows: true }.","locations":[{"line":1,"column":3}],"path":["pet"]}],"data":{"pet":null}}""");
    }
}
