using Throughline.Core.Model;

namespace Throughline.Core.Tests.SeedData;

public sealed class SeedLoaderTests
{
    [Fact]
    public void A_valid_directory_loads_without_problems()
    {
        var result = SeedFixtures.Load("valid");

        result.Problems.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
        result.Batch.Articles.Select(a => a.Id).Should().BeEquivalentTo("news-1", "ref-only");
        result.Batch.Entities.Select(e => e.Id).Should().BeEquivalentTo("org/acme", "org/beta", "place/region", "place/city");
        result.Batch.Relations.Should().ContainSingle();
    }

    [Fact]
    public void Front_matter_fields_and_the_text_are_read()
    {
        var articles = SeedFixtures.Load("valid").Batch.Articles.ToDictionary(a => a.Id);

        articles["news-1"].Title.Should().Be("Example report");
        articles["news-1"].Outlet.Should().Be("Example Times");
        articles["news-1"].Published.Should().Be(PartialDate.Parse("2019-11-26"));
        articles["news-1"].Text.Should().StartWith("Acme Corp. sold chips").And.EndWith("“false.”");
        articles["ref-only"].Text.Should().BeNull("an article with no body is known only by reference");
        articles["ref-only"].Title.Should().BeEmpty();
    }

    [Fact]
    public void A_relation_gets_its_fields_and_evidence_offsets_into_the_stored_text()
    {
        var batch = SeedFixtures.Load("valid").Batch;
        var text = batch.Articles.Single(a => a.Id == "news-1").Text!;
        var relation = batch.Relations.Single();

        relation.Should().BeEquivalentTo(new
        {
            Id = "acme-supplies-beta",
            Type = RelationType.Supplies,
            From = "org/acme",
            To = "org/beta",
            Status = RelationStatus.Reported,
            Confidence = 0.7,
            ValidFrom = (PartialDate?)PartialDate.Parse("2018"),
            ValidTo = (PartialDate?)PartialDate.Parse("2019"),
            Product = "chips",
        });
        var first = relation.Evidence[0];
        text[first.Start..first.End].Should().Be("Acme Corp. sold chips to Beta Systems in 2018.");
        var second = relation.Evidence[1];
        text[second.Start..second.End].Should().Be("Beta   Systems\ndenies it, calling the report “false.”",
            "the quote matched after whitespace normalisation; the offsets cover the original text");
    }

    [Fact]
    public void Confidence_defaults_by_status_when_not_given()
    {
        var relation = SeedFixtures.Load("duplicate-ids").Batch.Relations.Last();

        relation.Confidence.Should().Be(RelationStatus.Reported.DefaultConfidence());
    }

    [Fact]
    public void A_missing_directory_is_one_problem()
    {
        var result = SeedFixtures.Load("no-such-fixture");

        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("no such seed-data directory");
    }
}
