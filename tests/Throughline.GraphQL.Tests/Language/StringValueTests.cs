using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Tests.Language;

public sealed class StringValueTests
{
    private static StringValue ParseString(string literal) => (StringValue)Parser.ParseValue(literal);

    [Theory]
    [InlineData(@"""plain""", "plain")]
    [InlineData(@"""\"" \\ \/ \b \f \n \r \t""", "\" \\ / \b \f \n \r \t")]
    [InlineData(@"""\u0041\u00e9""", "Aé")]
    [InlineData(@"""\uD83D\uDE00""", "😀")]
    [InlineData(@"""\u{1F600}\u{41}""", "😀A")]
    [InlineData(@"""\u{10FFFF}""", "\U0010FFFF")]
    [InlineData(@"""日本 😀""", "日本 😀")]
    public void Escapes_are_resolved(string literal, string expected)
    {
        var value = ParseString(literal);

        value.Value.Should().Be(expected);
        value.Block.Should().BeFalse();
    }

    [Fact]
    public void Block_strings_lose_common_indentation_and_blank_edge_lines()
    {
        var value = ParseString("\"\"\"\n\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"");

        value.Value.Should().Be("Hello,\n  World!\n\nYours,\n  GraphQL.");
        value.Block.Should().BeTrue();
    }

    [Fact]
    public void Block_strings_keep_the_first_line_and_unescape_only_triple_quotes()
    {
        ParseString("\"\"\"  first\n    second \\n \\\"\"\"\n\"\"\"").Value.Should().Be("  first\nsecond \\n \"\"\"");
    }

    [Fact]
    public void Block_strings_normalise_every_line_terminator_to_a_line_feed()
    {
        ParseString("\"\"\"a\r\nb\rc\nd\"\"\"").Value.Should().Be("a\nb\nc\nd");
    }

    [Fact]
    public void A_whitespace_only_block_string_is_empty()
    {
        ParseString("\"\"\"   \n   \"\"\"").Value.Should().BeEmpty();
    }
}
