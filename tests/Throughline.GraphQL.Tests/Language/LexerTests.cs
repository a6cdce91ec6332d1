using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static List<(TokenKind Kind, string Text)> Lex(string body)
    {
        var lexer = new Lexer(new Source(body));
        var tokens = new List<(TokenKind, string)>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance())
        {
            tokens.Add((token.Kind, body[token.Start..token.End]));
        }

        return tokens;
    }

    [Fact]
    public void Punctuators_names_and_numbers_become_tokens_with_their_source_text()
    {
        Lex("query Q($v: [Int!] = -1.5e3) @d { ...F ... on T | & }").Should().Equal(
            (TokenKind.Name, "query"), (TokenKind.Name, "Q"), (TokenKind.ParenL, "("), (TokenKind.Dollar, "$"),
            (TokenKind.Name, "v"), (TokenKind.Colon, ":"), (TokenKind.BracketL, "["), (TokenKind.Name, "Int"),
            (TokenKind.Bang, "!"), (TokenKind.BracketR, "]"), (TokenKind.Equals, "="), (TokenKind.Float, "-1.5e3"),
            (TokenKind.ParenR, ")"), (TokenKind.At, "@"), (TokenKind.Name, "d"), (TokenKind.BraceL, "{"),
            (TokenKind.Spread, "..."), (TokenKind.Name, "F"), (TokenKind.Spread, "..."), (TokenKind.Name, "on"),
            (TokenKind.Name, "T"), (TokenKind.Pipe, "|"), (TokenKind.Amp, "&"), (TokenKind.BraceR, "}"));
    }

    [Fact]
    public void Comments_commas_whitespace_line_terminators_and_the_BOM_are_skipped()
    {
        Lex("\uFEFF# comment\r\n,a,\t b\r# another\nc").Should().Equal(
            (TokenKind.Name, "a"), (TokenKind.Name, "b"), (TokenKind.Name, "c"));
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("-0", false)]
    [InlineData("123", false)]
    [InlineData("0.5", true)]
    [InlineData("1e10", true)]
    [InlineData("1E-2", true)]
    [InlineData("-1.25e+7", true)]
    public void Numbers_are_ints_unless_they_have_a_fraction_or_exponent(string text, bool isFloat)
    {
        Lex(text).Should().Equal((isFloat ? TokenKind.Float : TokenKind.Int, text));
    }

    [Fact]
    public void Strings_and_block_strings_span_their_quotes()
    {
        Lex("\"a\\\"b\" \"\"\"x \\\"\"\" y\"\"\"").Should().Equal(
            (TokenKind.String, "\"a\\\"b\""), (TokenKind.BlockString, "\"\"\"x \\\"\"\" y\"\"\""));
    }

    [Fact]
    public void Lookahead_does_not_move_the_lexer()
    {
        var lexer = new Lexer(new Source("a b"));
        lexer.Advance();
        var next = lexer.Lookahead();

        next.Start.Should().Be(2);
        lexer.Token.Start.Should().Be(0);
    }
}
