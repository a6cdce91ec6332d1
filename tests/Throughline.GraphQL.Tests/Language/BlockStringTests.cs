using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    [Theory]
    [InlineData("short", "\"\"\"short\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    public void Print_adds_line_breaks_only_where_they_keep_the_value(string value, string printed)
    {
        BlockString.Print(value).Should().Be(printed);
    }

    [Fact]
    public void Print_puts_a_long_single_line_on_its_own_line()
    {
        var value = new string('x', 71);

        BlockString.Print(value).Should().Be("\"\"\"\n" + value + "\n\"\"\"");
        BlockString.Print(value, minimize: true).Should().Be("\"\"\"" + value + "\"\"\"");
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("plain text", true)]
    [InlineData("line\nline", true)]
    [InlineData("\nleading newline", false)]
    [InlineData("trailing newline\n", false)]
    [InlineData("  all\n  indented", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("bell\u0007", false)]
    public void IsPrintable_rejects_values_a_block_string_would_change(string value, bool printable)
    {
        BlockString.IsPrintable(value).Should().Be(printable);
    }

    [Fact]
    public void Dedent_removes_common_indentation_but_not_from_the_first_line()
    {
        BlockString.Dedent("  first\n    a\n      b\n    c\n  ").Should().Be("  first\na\n  b\nc");
    }
}
