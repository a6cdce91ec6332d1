namespace Throughline.GraphQL.Tests.Types;

// Expected SDL follows graphql-js printSchema's rules; tests/conformance/introspection.test.mjs compares whole
// schemas with graphql-js at test time.
public sealed class SchemaPrintingTests
{
    [Fact]
    public void Standard_root_names_need_no_schema_definition_and_built_ins_are_skipped()
    {
        var printed = GraphQLSchema.FromSdl("type Query { a(x: Int = 1): String @deprecated }").PrintSdl();

        printed.Should().Be("type Query {\n  a(x: Int = 1): String @deprecated\n}");
    }

    [Fact]
    public void Custom_root_names_and_schema_description_print_a_schema_definition()
    {
        var printed = GraphQLSchema.FromSdl("\"S\" schema { query: Root } type Root { a: Int }").PrintSdl();

        printed.Should().Be("\"\"\"S\"\"\"\nschema {\n  query: Root\n}\n\ntype Root {\n  a: Int\n}");
    }

    [Fact]
    public void Descriptions_print_as_block_strings_and_arguments_with_descriptions_go_on_their_own_lines()
    {
        var printed = GraphQLSchema.FromSdl("""
            type Query {
              "first"
              a: Int
              "multi\nline"
              b("the x" x: Int, y: String): Int
            }
            """).PrintSdl();

        printed.Should().Be(
            "type Query {\n  \"\"\"first\"\"\"\n  a: Int\n\n  \"\"\"\n  multi\n  line\n  \"\"\"\n"
            + "  b(\n    \"\"\"the x\"\"\"\n    x: Int\n    y: String\n  ): Int\n}");
    }

    [Fact]
    public void Default_values_print_coerced_like_graphql_js_astFromValue()
    {
        var printed = GraphQLSchema.FromSdl(""""
            type Query { f(a: Float = 1.0, b: [Int] = 2, c: In = {y: 3}, d: ID = "7", e: String = """x"""): Int }
            input In { x: Int = 5 y: Int z: Int }
            """").PrintSdl();

        printed.Should().StartWith("type Query {\n  f(a: Float = 1, b: [Int] = [2], c: In = {x: 5, y: 3}, d: ID = 7, e: String = \"x\"): Int\n}");
    }

    [Fact]
    public void Deprecation_reasons_specifiedBy_oneOf_and_repeatable_directives_print()
    {
        var printed = GraphQLSchema.FromSdl("""
            directive @tag(n: String) repeatable on ENUM_VALUE | INPUT_OBJECT
            type Query { e: E s: S f(i: I): Int }
            enum E { A B @deprecated(reason: "use \"A\"") }
            scalar S @specifiedBy(url: "https://s")
            input I @oneOf { a: Int }
            """).PrintSdl();

        printed.Should().Be(
            "directive @tag(n: String) repeatable on ENUM_VALUE | INPUT_OBJECT\n\n"
            + "type Query {\n  e: E\n  s: S\n  f(i: I): Int\n}\n\n"
            + "enum E {\n  A\n  B @deprecated(reason: \"use \\\"A\\\"\")\n}\n\n"
            + "scalar S @specifiedBy(url: \"https://s\")\n\n"
            + "input I @oneOf {\n  a: Int\n}");
    }
}
