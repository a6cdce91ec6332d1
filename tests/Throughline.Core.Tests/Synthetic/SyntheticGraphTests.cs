using Throughline.Core.Model;
using Throughline.Core.SeedData;
using Throughline.Core.Synthetic;

namespace Throughline.Core.Tests.Synthetic;

public sealed class SyntheticGraphTests
{
    private static readonly SyntheticGraphOptions Small = new(Entities: 1_000, Relations: 4_000, Seed: 7, RelationsPerArticle: 40);

    [Fact]
    public void The_same_options_give_the_same_graph_and_another_seed_a_different_one()
    {
        var first = SyntheticGraph.Generate(Small);
        var again = SyntheticGraph.Generate(Small);
        var other = SyntheticGraph.Generate(Small with { Seed = 8 });

        again.Relations.Should().Equal(first.Relations);
        again.Entities.Should().Equal(first.Entities);
        other.Relations.Should().NotEqual(first.Relations);
    }

    [Theory]
    [InlineData(GraphShape.Uniform)]
    [InlineData(GraphShape.PowerLaw)]
    public void Every_relation_joins_kinds_its_type_allows(GraphShape shape)
    {
        var graph = SyntheticGraph.Generate(Small with { Shape = shape });
        var kinds = graph.Entities.ToDictionary(e => e.Id, e => e.Kind);

        graph.Relations.Should().HaveCount(Small.Relations);
        graph.Relations.Should().OnlyContain(r => RelationCatalogue.Get(r.Type).Allows(kinds[r.From], kinds[r.To]));
        graph.Relations.Select(r => r.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Power_law_graphs_have_hubs_and_uniform_graphs_do_not()
    {
        static int MaxDegree(GraphShape shape) => SyntheticGraph.Generate(Small with { Shape = shape, WithArticles = false }).Relations
            .SelectMany(r => new[] { r.From, r.To }).GroupBy(id => id).Max(g => g.Count());

        MaxDegree(GraphShape.PowerLaw).Should().BeGreaterThan(3 * MaxDegree(GraphShape.Uniform));
    }

    [Fact]
    public void Projects_sit_in_counties_of_a_region_named_xinjiang()
    {
        var graph = SyntheticGraph.Generate(Small);
        var places = graph.Entities.Where(e => e.Kind == EntityKind.Place).ToDictionary(e => e.Id);

        places["place/xinjiang"].Name.Should().Be("Xinjiang");
        var placements = graph.Relations.Where(r => r.Type == RelationType.LocatedIn).ToList();
        placements.Should().NotBeEmpty();
        placements.Should().OnlyContain(r => r.To.StartsWith("place/county-", StringComparison.Ordinal)
            && places[places[r.To].LocatedIn!].LocatedIn == "place/xinjiang", "a graph under 100k entities has one region");
    }

    [Fact]
    public void Every_quote_is_verbatim_in_its_article_at_its_offsets()
    {
        var graph = SyntheticGraph.Generate(Small);
        var texts = graph.Articles.ToDictionary(a => a.Id, a => a.Text!);

        graph.Relations.SelectMany(r => r.Evidence).Should()
            .OnlyContain(e => texts[e.ArticleId].Substring(e.Start, e.End - e.Start) == e.Quote);
    }

    [Fact]
    public void Written_seed_data_passes_the_importers_validation_unchanged()
    {
        var graph = SyntheticGraph.Generate(Small);
        var directory = Path.Combine(Path.GetTempPath(), "throughline-tests", Guid.NewGuid().ToString("N"));
        try
        {
            SeedDataWriter.Write(graph, directory);

            var loaded = SeedLoader.Load(directory);

            loaded.Problems.Should().BeEmpty();
            loaded.Batch.Relations.OrderBy(r => r.Id, StringComparer.Ordinal).Should()
                .Equal(graph.Relations.OrderBy(r => r.Id, StringComparer.Ordinal));
            loaded.Batch.Entities.Should().HaveCount(graph.Entities.Count);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Too_small_a_graph_is_refused_with_every_problem_named()
    {
        var act = () => SyntheticGraph.Generate(new SyntheticGraphOptions(Entities: 10, Relations: 0));

        act.Should().Throw<ArgumentException>().WithMessage("*entities must be at least 200*relations must be at least 1*");
    }
}
