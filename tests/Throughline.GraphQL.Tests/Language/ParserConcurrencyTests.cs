using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Tests.Language;

// The parser shares a name table across threads and keeps a scratch stack per thread; neither may leak between parses.
public sealed class ParserConcurrencyTests
{
    private static string Document(int i) =>
        $"query Q{i}($v{i}: Int = {i}) {{ field{i % 7}(arg{i}: [{i}, {{k{i}: \"s{i}\"}}]) {{ ...F{i} n{i % 13} }} }} "
        + $"fragment F{i} on T{i % 5} {{ a{i} b{i % 3} }}";

    private static string Expected(int i) =>
        $"query Q{i}($v{i}: Int = {i}) {{\n  field{i % 7}(arg{i}: [{i}, {{k{i}: \"s{i}\"}}]) {{\n    ...F{i}\n    n{i % 13}\n  }}\n}}\n\n"
        + $"fragment F{i} on T{i % 5} {{\n  a{i}\n  b{i % 3}\n}}";

    [Fact]
    public void Documents_parsed_in_parallel_come_out_exactly_as_written()
    {
        var printed = new string[2000];

        Parallel.For(0, printed.Length, i => printed[i] = Printer.Print(Parser.Parse(Document(i))));

        for (var i = 0; i < printed.Length; i++)
        {
            printed[i].Should().Be(Expected(i));
        }
    }

    [Fact]
    public void A_parse_that_failed_half_way_leaves_nothing_behind_for_the_next_one()
    {
        FluentActions.Invoking(() => Parser.Parse("{ a { b { c(x: [1, 2, {y: ")).Should().Throw<GraphQLSyntaxException>();

        Printer.Print(Parser.Parse("{ d }")).Should().Be("{\n  d\n}");
    }
}
