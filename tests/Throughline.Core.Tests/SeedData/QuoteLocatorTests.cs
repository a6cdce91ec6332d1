using Throughline.Core.SeedData;

namespace Throughline.Core.Tests.SeedData;

public sealed class QuoteLocatorTests
{
    [Theory]
    [InlineData("one two three", "two", 4, 7)]
    [InlineData("one  two\n\nthree", "two three", 5, 15)]
    [InlineData("  lead\tin", "lead in", 2, 9)]
    [InlineData("a b", " a   b ", 0, 3)]
    public void A_quote_is_found_after_whitespace_normalisation_at_original_offsets(string text, string quote, int start, int end)
    {
        var found = new QuoteLocator(text).Find(quote);

        found.Should().Be((start, end));
    }

    [Theory]
    [InlineData("it’s here", "it's here")]
    [InlineData("Case matters", "case matters")]
    [InlineData("a—b", "a-b")]
    [InlineData("anything", "   ")]
    public void Quotes_dashes_and_case_must_match_exactly(string text, string quote) =>
        new QuoteLocator(text).Find(quote).Should().BeNull();

    [Fact]
    public void The_first_occurrence_wins()
    {
        new QuoteLocator("x y x y").Find("x y").Should().Be((0, 3));
    }

    /// <summary>The definition — words joined by single spaces — against random text mixing every kind of whitespace.</summary>
    [Fact]
    public void Normalise_joins_words_with_single_spaces()
    {
        var random = new Random(7);
        const string alphabet = "ab  \t\n\r\u00a0\u2003’";
        for (var round = 0; round < 5000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            QuoteLocator.Normalise(text).Should().Be(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), $"for [{text}]");
        }
    }
}
