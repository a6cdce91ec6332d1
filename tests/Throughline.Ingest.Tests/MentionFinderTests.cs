using Throughline.Core.SeedData;

namespace Throughline.Ingest.Tests;

public sealed class MentionFinderTests
{
    private static readonly MentionFinder Finder = new(SeedLoader.Load(RepositoryPaths.SeedData).Batch.Entities);

    [Fact]
    public void A_full_corporate_name_is_one_mention_of_its_entity_with_the_suffix()
    {
        const string text = "Hangzhou Hikvision Digital Technology Co. Ltd. makes cameras.";

        var mention = Finder.Find(text).Should().ContainSingle().Subject;

        mention.Text.Should().Be("Hangzhou Hikvision Digital Technology Co. Ltd.");
        mention.EntityIds.Should().Equal("org/hikvision");
    }

    [Fact]
    public void Possessives_case_and_punctuation_do_not_hide_a_name_and_the_longest_name_wins()
    {
        const string text = "Intel’s chips and Intel Capital's stake; HPE said.";

        var mentions = Finder.Find(text);

        mentions.Select(m => (m.Text, m.EntityIds[0])).Should().Equal(
            ("Intel", "org/intel"), ("Intel Capital", "org/intel-capital"), ("HPE", "org/hpe"));
        mentions.Should().OnlyContain(m => text.Substring(m.Start, m.End - m.Start) == m.Text);
    }

    [Fact]
    public void A_name_written_in_lower_case_inside_prose_is_not_a_mention()
    {
        Finder.Find("the intel community and seagate-like drives").Should().BeEmpty();
    }
}
