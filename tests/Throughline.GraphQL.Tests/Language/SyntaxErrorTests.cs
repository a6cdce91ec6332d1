using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Tests.Language;

// Messages as graphql-js 16 words them; tests/conformance/syntax.test.mjs checks many more against graphql-js itself.
public sealed class SyntaxErrorTests
{
    private static GraphQLError ErrorOf(string source)
    {
        var act = () => Parser.Parse(source);
        return act.Should().Throw<GraphQLSyntaxException>().Which.Error;
    }

    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ a } }", "Syntax Error: Unexpected \"}\".", 1, 7)]
    [InlineData("{ a(b 1) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 7)]
    [InlineData("{ a: \"s\" }", "Syntax Error: Expected Name, found String \"s\".", 1, 6)]
    [InlineData("notakeyword { a }", "Syntax Error: Unexpected Name \"notakeyword\".", 1, 1)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("fragment F T { a }", "Syntax Error: Expected \"on\", found Name \"T\".", 1, 12)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("\"d\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @d on NOWHERE", "Syntax Error: Unexpected Name \"NOWHERE\".", 1, 17)]
    public void Parser_errors_read_like_graphql_js(string source, string message, int line, int column)
    {
        var error = ErrorOf(source);

        error.Message.Should().Be(message);
        error.Locations.Should().Equal(new SourceLocation(line, column));
    }

    [Theory]
    [InlineData("{ a. }", "Syntax Error: Unexpected character: \".\".", 4)]
    [InlineData("{ 'a' }", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 3)]
    [InlineData("{ \u00A0 }", "Syntax Error: Unexpected character: U+00A0.", 3)]
    [InlineData("{ f(s: \"abc) }", "Syntax Error: Unterminated string.", 15)]
    [InlineData("{ f(s: \"\\x\") }", "Syntax Error: Invalid character escape sequence: \"\\x\".", 9)]
    [InlineData("{ f(s: \"\\uD83D\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 9)]
    [InlineData("{ f(s: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 9)]
    [InlineData("{ f(a: 01) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 9)]
    [InlineData("{ f(a: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 10)]
    [InlineData("{ f(a: 12a) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 10)]
    [InlineData("{ f(s: \"\"\"abc", "Syntax Error: Unterminated string.", 14)]
    public void Lexer_errors_read_like_graphql_js(string source, string message, int column)
    {
        var error = ErrorOf(source);

        error.Message.Should().Be(message);
        error.Locations.Should().Equal(new SourceLocation(1, column));
    }

    [Fact]
    public void A_lone_surrogate_is_an_invalid_character()
    {
        var error = ErrorOf("{ " + (char)0xD800 + " }");

        error.Message.Should().Be("Syntax Error: Invalid character: U+D800.");
        error.Locations.Should().Equal(new SourceLocation(1, 3));
    }

    [Fact]
    public void Error_locations_count_lines_after_every_kind_of_line_terminator()
    {
        ErrorOf("{\r\n a\r b\n  ?\n}").Locations.Should().Equal(new SourceLocation(4, 3));
    }

    [Fact]
    public void Error_locations_count_lines_inside_block_strings()
    {
        ErrorOf("{ f(s: \"\"\"\n\n\"\"\") ? }").Locations.Should().Equal(new SourceLocation(3, 6));
    }
}
