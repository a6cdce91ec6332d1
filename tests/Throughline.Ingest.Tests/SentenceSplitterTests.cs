namespace Throughline.Ingest.Tests;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Abbreviations_initials_and_dotted_names_do_not_end_a_sentence()
    {
        const string text = "Hangzhou Hikvision Digital Technology Co. Ltd. sells cameras. U.S. companies supply it, said Mr. J. Smith of Cupertino, Calif. on Tuesday. Is it legal? “Yes,” he said.";

        var sentences = SentenceSplitter.Split(text).Select(s => s.Text);

        sentences.Should().Equal(
            "Hangzhou Hikvision Digital Technology Co. Ltd. sells cameras.",
            "U.S. companies supply it, said Mr. J. Smith of Cupertino, Calif. on Tuesday.",
            "Is it legal?",
            "“Yes,” he said.");
    }

    [Fact]
    public void A_paragraph_break_ends_a_sentence_and_every_sentence_is_its_exact_span_of_the_text()
    {
        const string text = "A heading without a full stop\n\nIt raised 1.8 billion yuan ($256 million). Then it sold 49% of New H3C.\n";

        var sentences = SentenceSplitter.Split(text);

        sentences.Select(s => s.Text).Should().Equal("A heading without a full stop", "It raised 1.8 billion yuan ($256 million).", "Then it sold 49% of New H3C.");
        sentences.Should().OnlyContain(s => text.Substring(s.Start, s.End - s.Start) == s.Text);
    }

    [Fact]
    public void The_seed_articles_split_into_sentences_that_are_substrings_of_their_text()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.SeedData, "articles"), "*.md"))
        {
            var text = ArticleText.Extract(File.ReadAllText(file)).Text;
            if (text.Length == 0)
            {
                continue; // known only by reference: front matter, no text
            }

            var sentences = SentenceSplitter.Split(text);
            sentences.Should().OnlyContain(s => text.Substring(s.Start, s.End - s.Start) == s.Text, file);
            sentences.Zip(sentences.Skip(1)).Should().OnlyContain(pair => pair.First.End <= pair.Second.Start, file);
        }
    }
}
