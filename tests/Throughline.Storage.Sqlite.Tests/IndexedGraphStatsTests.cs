using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.Storage.Contract;

namespace Throughline.Storage.Sqlite.Tests;

/// <summary>
/// IndexedGraph counts entities and relations from its index (GraphIndex.Tally) and only the rest from the store. After
/// any sequence of writes — through the graph (a delta over the arrays) or by another instance (picked up by a refresh)
/// — its statistics must be the store's own GROUP BY counts over the file, field for field.
/// </summary>
public sealed class IndexedGraphStatsTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string File => _directory.File("stats.db");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task After_random_writes_the_index_counts_what_the_store_counts(int seed)
    {
        var random = new Random(seed);
        var initial = PathsRandomGraphs.Create(seed, entityCount: 14, relationCount: 40);
        await using var reference = await SqliteGraphStore.OpenAsync(File);
        await reference.ApplyAsync(new ImportBatch(initial.Articles, initial.Entities, initial.Relations));
        await using var graph = await IndexedGraph.OpenAsync(await SqliteGraphStore.OpenAsync(File), null, Timeout.InfiniteTimeSpan);
        await SameStatsAsync(graph, reference, "after the import");

        for (var step = 0; step < 12; step++)
        {
            var batch = RandomWrites(random, await reference.ReadAllAsync(), step);
            if (step % 3 == 2)
            {
                await reference.ApplyAsync(batch);
                await graph.RefreshAsync();
            }
            else
            {
                await graph.ApplyAsync(batch);
            }

            graph.Index.HasDelta.Should().BeTrue("the writes are layered over the arrays, which is the case under test");
            await SameStatsAsync(graph, reference, $"after write {step}");
        }
    }

    [Fact]
    public async Task A_relation_rewritten_to_other_dates_no_longer_widens_the_years()
    {
        await using var reference = await SqliteGraphStore.OpenAsync(File);
        var article = new Article("a1", "One", null, [], null, PartialDate.FromYear(2018), null, [], "alpha beta gamma");
        var entities = new[]
        {
            new Entity("org/a", "A", EntityKind.Organization, [], Country: "US"),
            new Entity("org/b", "B", EntityKind.Organization, [], Country: "CN"),
        };
        var early = new Relation("r1", RelationType.Supplies, "org/a", "org/b", RelationStatus.Reported, 0.8,
            [new Evidence("a1", "beta", 6, 10)], ValidFrom: PartialDate.FromYear(2009), ValidTo: PartialDate.FromYearMonth(2011, 4));
        await reference.ApplyAsync(new ImportBatch([article], entities, [early]));
        await using var graph = await IndexedGraph.OpenAsync(await SqliteGraphStore.OpenAsync(File), null, Timeout.InfiniteTimeSpan);
        (await graph.GetStatsAsync()).Years.Should().Be(new YearSpan(2009, 2018));

        await graph.ApplyAsync(new ImportBatch([], [], [early with { ValidFrom = PartialDate.FromYear(2016), ValidTo = null, Status = RelationStatus.Denied }]));

        var stats = await graph.GetStatsAsync();
        stats.Years.Should().Be(new YearSpan(2016, 2018));
        stats.RelationsByStatus.Should().Equal(new Dictionary<RelationStatus, int> { [RelationStatus.Denied] = 1 });
        await SameStatsAsync(graph, reference, "after the rewrite");
    }

    public void Dispose() => _directory.Dispose();

    private static async Task SameStatsAsync(IndexedGraph graph, SqliteGraphStore reference, string when)
    {
        var counted = await reference.GetStatsAsync();
        var indexed = await graph.GetStatsAsync();
        indexed.Entities.Should().Be(counted.Entities, when);
        indexed.Relations.Should().Be(counted.Relations, when);
        indexed.Articles.Should().Be(counted.Articles, when);
        indexed.Evidence.Should().Be(counted.Evidence, when);
        indexed.EntitiesByKind.Should().Equal(counted.EntitiesByKind, when);
        indexed.RelationsByType.Should().Equal(counted.RelationsByType, when);
        indexed.RelationsByStatus.Should().Equal(counted.RelationsByStatus, when);
        indexed.EntitiesByCountry.Should().Equal(counted.EntitiesByCountry, when);
        indexed.Years.Should().Be(counted.Years, when);
    }

    /// <summary>Rewrites of status, type and dates (some twice in one delta), new relations, entities and dated articles.</summary>
    private static ImportBatch RandomWrites(Random random, GraphSnapshot current, int step)
    {
        var relations = new List<Relation>();
        for (var i = 0; i < random.Next(1, 6); i++)
        {
            var existing = current.Relations[random.Next(current.Relations.Count)];
            var (from, to) = Ordered(Date(random), Date(random));
            relations.Add(existing with
            {
                Status = (RelationStatus)random.Next(5),
                Type = current.Relations[random.Next(current.Relations.Count)].Type,
                ValidFrom = from,
                ValidTo = to,
            });
        }

        var entities = new List<Entity>();
        var kinds = Enum.GetValues<EntityKind>();
        var added = new Entity($"org/added-{step}", $"Added {step}", kinds[random.Next(kinds.Length)], [],
            Country: random.Next(3) switch { 0 => null, 1 => "US", _ => "CN" });
        entities.Add(added);
        if (random.Next(2) == 0)
        {
            var old = current.Entities[random.Next(current.Entities.Count)];
            entities.Add(old with { Country = "DE" });
        }

        var template = current.Relations[random.Next(current.Relations.Count)];
        relations.Add(template with { Id = $"new-{step}", From = current.Entities[random.Next(current.Entities.Count)].Id, To = added.Id });
        var articles = random.Next(2) == 0
            ? [new Article($"article-{step}", $"Article {step}", null, [], null, PartialDate.FromYear(2005 + random.Next(20)), null, [], "alpha beta gamma")]
            : Array.Empty<Article>();
        return new ImportBatch(articles, entities, relations);
    }

    private static (PartialDate?, PartialDate?) Ordered(PartialDate? a, PartialDate? b) =>
        a is { } x && b is { } y && x.FirstDay > y.LastDay ? (b, a) : (a, b);

    private static PartialDate? Date(Random random) => random.Next(4) switch
    {
        0 => null,
        1 => PartialDate.FromYear(2000 + random.Next(25)),
        2 => PartialDate.FromYearMonth(2000 + random.Next(25), random.Next(1, 13)),
        _ => PartialDate.FromDate(new DateOnly(2000 + random.Next(25), random.Next(1, 13), random.Next(1, 29))),
    };
}
