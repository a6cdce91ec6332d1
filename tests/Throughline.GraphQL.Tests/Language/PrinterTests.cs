using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Tests.Language;

// Layout rules of graphql-js 16 print(); syntax.test.mjs compares whole documents with graphql-js itself.
public sealed class PrinterTests
{
    private static string Reprint(string source) => Printer.Print(Parser.Parse(source));

    [Fact]
    public void Anonymous_queries_print_as_the_shorthand_with_two_space_indentation()
    {
        Reprint("query { a { b, c } }").Should().Be("{\n  a {\n    b\n    c\n  }\n}");
    }

    [Fact]
    public void Named_operations_keep_variables_and_directives_on_one_line()
    {
        Reprint("query Q($a:Int=1,$b:[String!]!)@x{f(a:$a)}")
            .Should().Be("query Q($a: Int = 1, $b: [String!]!) @x {\n  f(a: $a)\n}");
    }

    [Fact]
    public void Definitions_are_separated_by_a_blank_line()
    {
        Reprint("{a} fragment F on T{b}").Should().Be("{\n  a\n}\n\nfragment F on T {\n  b\n}");
    }

    [Fact]
    public void Argument_lists_longer_than_eighty_columns_put_one_argument_per_line()
    {
        Reprint("{ someVeryLongFieldName(firstArgument: \"some value\", secondArgument: \"another value\", third: 3) }")
            .Should().Be(
                "{\n  someVeryLongFieldName(\n    firstArgument: \"some value\"\n    secondArgument: \"another value\"\n"
                + "    third: 3\n  )\n}");
    }

    [Fact]
    public void Values_print_in_their_canonical_forms()
    {
        Printer.Print(Parser.ParseValue("[1,-2.5e3,\"a\\nb\",true,null,RED,{x:[]},$v]"))
            .Should().Be("[1, -2.5e3, \"a\\nb\", true, null, RED, {x: []}, $v]");
    }

    [Fact]
    public void Strings_escape_control_characters_quotes_and_backslashes()
    {
        Printer.PrintString("a\"b\\c\u0001\u007F\t").Should().Be("\"a\\\"b\\\\c\\u0001\\u007F\\t\"");
    }

    [Fact]
    public void Type_system_definitions_print_descriptions_as_block_strings()
    {
        Reprint("\"\"\"A type\"\"\" type T implements A & B @d { \"field\" f(a: Int = 1): [T!]! }")
            .Should().Be("\"\"\"A type\"\"\"\ntype T implements A & B @d {\n  \"field\"\n  f(a: Int = 1): [T!]!\n}");
    }

    [Fact]
    public void Described_arguments_go_one_per_line()
    {
        Reprint("type Q { f(\"first\" a: Int, b: Int): Int }")
            .Should().Be("type Q {\n  f(\n    \"first\"\n    a: Int\n    b: Int\n  ): Int\n}");
    }

    [Fact]
    public void Unions_enums_inputs_directives_and_extensions_print_in_graphql_js_layout()
    {
        Reprint("union U = | A | B enum E { X Y } input I { a: Int = 1 } directive @d(a: Int) repeatable on FIELD | OBJECT extend type T @k")
            .Should().Be(
                "union U = A | B\n\nenum E {\n  X\n  Y\n}\n\ninput I {\n  a: Int = 1\n}\n\n"
                + "directive @d(a: Int) repeatable on FIELD | OBJECT\n\nextend type T @k");
    }

    [Fact]
    public void Beyond_the_maximum_indent_depth_line_breaks_become_spaces()
    {
        var document = Parser.Parse("{ a { b { c } } }");

        Printer.Print(document, maxIndentDepth: 1).Should().Be("{\n  a { b { c } }\n}");
        Printer.PrintForError(document).Should().Be(Printer.Print(document));
    }

    [Fact]
    public void Printing_nodes_built_in_code_needs_no_source()
    {
        var field = new Field(null, new Name("a"), [new Argument(new Name("x"), new IntValue("1"))], [], null);

        Printer.Print(field).Should().Be("a(x: 1)");
    }
}
