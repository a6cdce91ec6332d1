namespace Throughline.GraphQL.Tests.Types;

// One case per kind of problem; messages are graphql-js 16's (validateSDL rules and validateSchema).
// tests/conformance/introspection.test.mjs compares the full lists with graphql-js at test time.
public sealed class SchemaValidationTests
{
    [Theory]
    [InlineData("type Query { a: Strin }", "Unknown type \"Strin\". Did you mean \"String\"?")]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Int a: Int }", "Field \"Query.a\" can only be defined once.")]
    [InlineData("type Query { a: E } enum E { A A }", "Enum value \"E.A\" can only be defined once.")]
    [InlineData("type Query { f(a: Int, a: Int): Int }", "Argument \"Query.f(a:)\" can only be defined once.")]
    [InlineData("type Query { a: Int } directive @d on FIELD directive @d on FIELD", "There can be only one directive named \"@d\".")]
    [InlineData("schema { query: Query } schema { query: Query } type Query { a: Int }", "Must provide only one schema definition.")]
    [InlineData("schema { query: Query query: Query } type Query { a: Int }", "There can be only one query type in schema.")]
    [InlineData("type Query @nope { a: Int }", "Unknown directive \"@nope\".")]
    [InlineData("type Query @deprecated { a: Int }", "Directive \"@deprecated\" may not be used on OBJECT.")]
    [InlineData("type Query { a: Int @deprecated @deprecated }", "The directive \"@deprecated\" can only be used once at this location.")]
    [InlineData("type Query { a: Int @deprecated(reson: \"x\") }", "Unknown argument \"reson\" on directive \"@deprecated\". Did you mean \"reason\"?")]
    [InlineData("type Query { a: Int @deprecated(reason: \"x\", reason: \"y\") }", "There can be only one argument named \"reason\".")]
    [InlineData("type Query { a: S } scalar S @specifiedBy", "Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided.")]
    [InlineData("type Query { f(i: I = {a: 1, a: 2}): Int } input I { a: Int }", "There can be only one input field named \"a\".")]
    [InlineData("type Query { a: Int } extend type Qeury { b: Int }", "Cannot extend type \"Qeury\" because it is not defined. Did you mean \"Query\"?")]
    [InlineData("type Query { a: Int } extend input Query { b: Int }", "Cannot extend non-input object type \"Query\".")]
    public void SDL_rule_violations_are_reported(string sdl, string message)
    {
        Errors(sdl).Should().Contain(message);
    }

    [Theory]
    [InlineData("type Foo { a: Int }", "Query root type must be provided.")]
    [InlineData("schema { query: Q } interface Q { a: Int }", "Query root type must be Object type, it cannot be Q.")]
    [InlineData("type Query { a: Int } input Mutation { a: Int }", "Mutation root type must be Object type if provided, it cannot be Mutation.")]
    [InlineData("type Query type Empty", "Type Empty must define one or more fields.")]
    [InlineData("type Query { a: Int } union U", "Union type U must define one or more member types.")]
    [InlineData("type Query { a: Int } enum E", "Enum type E must define one or more values.")]
    [InlineData("type Query { a: Int } input I", "Input Object type I must define one or more fields.")]
    [InlineData("type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Query { a: In } input In { a: Int }", "The type of Query.a must be Output Type but got: In.")]
    [InlineData("type Query { a(x: [Query]): Int }", "The type of Query.a(x:) must be Input Type but got: [Query].")]
    [InlineData("type Query { a(i: In): Int } input In { q: Query! }", "The type of In.q must be Input Type but got: Query!.")]
    [InlineData("type Query { a: Int } directive @d(arg: Query) on FIELD", "The type of @d(arg:) must be Input Type but got: Query.")]
    [InlineData("type Query implements Other { a: Int } type Other { a: Int }", "Type Query must only implement Interface types, it cannot implement Other.")]
    [InlineData("interface I { a: Int } type Query implements I & I { a: Int }", "Type Query can only implement I once.")]
    [InlineData("type Query { a: I } interface I implements I { a: Int }", "Type I cannot implement itself because it would create a circular reference.")]
    [InlineData("interface I { a: Int b: Int } type Query implements I { a: Int }", "Interface field I.b expected but Query does not provide it.")]
    [InlineData("interface I { a: Int } type Query implements I { a: String }", "Interface field I.a expects type Int but Query.a is type String.")]
    [InlineData("interface I { a(x: Int): Int } type Query implements I { a: Int }", "Interface field argument I.a(x:) expected but Query.a does not provide it.")]
    [InlineData("interface I { a(x: Int): Int } type Query implements I { a(x: Int!): Int }", "Interface field argument I.a(x:) expects type Int but Query.a(x:) is type Int!.")]
    [InlineData("interface I { a: Int } type Query implements I { a(y: Int!): Int }", "Object field Query.a includes required argument y that is missing from the Interface field I.a.")]
    [InlineData("interface A { a: Int } interface B implements A { a: Int } type Query implements B { a: Int }", "Type Query must implement A because it is implemented by B.")]
    [InlineData("type Query { a: Int } interface I { a: Int } union U = Query | I", "Union type U can only include Object types, it cannot include I.")]
    [InlineData("type Query { a: Int } union U = Query | Query", "Union type U can only include type Query once.")]
    [InlineData("type Query { a(x: Int! @deprecated): Int }", "Required argument Query.a(x:) cannot be deprecated.")]
    [InlineData("type Query { a(i: In): Int } input In { a: Int! @deprecated }", "Required input field In.a cannot be deprecated.")]
    [InlineData("type Query { a(i: In): Int } input In @oneOf { a: Int! }", "OneOf input field In.a must be nullable.")]
    [InlineData("type Query { a(i: In): Int } input In @oneOf { a: Int = 1 }", "OneOf input field In.a cannot have a default value.")]
    [InlineData("type Query { a(i: A): Int } input A { b: B! } input B { a: A! }", "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".")]
    public void Schema_validation_problems_are_reported(string sdl, string message)
    {
        Errors(sdl).Should().Contain(message);
    }

    [Theory]
    [InlineData("type Query { f(x: Int = \"abc\"): Int }", "Default value \"abc\" of argument Query.f(x:) is not a valid Int.")]
    [InlineData("type Query { f(x: [E!] = [A, null]): Int } enum E { A }", "Default value [A, null] of argument Query.f(x:) is not a valid [E!].")]
    [InlineData("type Query { f(i: In): Int } input In { a: In2 = {b: 1} } input In2 { c: Int }", "Default value {b: 1} of input field In.a is not a valid In2.")]
    [InlineData("type Query { a: Int } directive @d(x: Int! = null) on FIELD", "Default value null of argument @d(x:) is not a valid Int!.")]
    public void Default_values_that_do_not_coerce_are_reported(string sdl, string message)
    {
        // graphql-js 16 silently drops such defaults; this engine reports them.
        Errors(sdl).Should().Equal(message);
    }

    [Fact]
    public void Every_problem_is_reported_in_one_pass()
    {
        var errors = Errors("""
            type Query implements I { b: In }
            interface I { a: Int }
            input In { q: Query }
            enum E
            type Broken { x: Missing }
            """);

        errors.Should().BeEquivalentTo(
            "Unknown type \"Missing\".",
            "The type of Query.b must be Output Type but got: In.",
            "Interface field I.a expected but Query does not provide it.",
            "The type of In.q must be Input Type but got: Query.",
            "Enum type E must define one or more values.");
    }

    [Fact]
    public void Errors_carry_the_locations_of_the_offending_nodes()
    {
        var exception = FluentActions.Invoking(() => GraphQLSchema.FromSdl("type Query {\n  a: Strin\n}"))
            .Should().Throw<GraphQLSchemaException>().Which;

        exception.Errors.Single().Locations.Should().Equal(new SourceLocation(2, 6));
    }

    [Fact]
    public void Syntax_errors_surface_as_schema_errors()
    {
        var exception = FluentActions.Invoking(() => GraphQLSchema.FromSdl("type Query {"))
            .Should().Throw<GraphQLSchemaException>().Which;

        exception.Errors.Single().Message.Should().Be("Syntax Error: Expected Name, found <EOF>.");
    }

    [Fact]
    public void Input_field_directives_in_an_extension_use_the_input_field_location()
    {
        // graphql-js 16 reports "may not be used on ARGUMENT_DEFINITION" here, against the spec.
        Errors("directive @f on INPUT_FIELD_DEFINITION type Query { a(i: I): Int } input I { a: Int } extend input I { b: Int @f }")
            .Should().BeEmpty();
    }

    [Fact]
    public void Executable_definitions_are_rejected_in_SDL()
    {
        Errors("type Query { a: Int } query { a }").Should().ContainSingle()
            .Which.Should().Contain("executable definition");
    }

    private static List<string> Errors(string sdl)
    {
        try
        {
            GraphQLSchema.FromSdl(sdl);
        }
        catch (GraphQLSchemaException exception)
        {
            return exception.Errors.Select(e => e.Message).ToList();
        }

        return [];
    }
}
