using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j.Http;

namespace Throughline.Storage.Neo4j.Tests.Support;

/// <summary>
/// The two graphs of the import atomicity tests: an older state (half the seed's relations, some entities and relations
/// changed) and the seed graph itself, whose import over the older state inserts and updates records of every kind,
/// every relation type the seed uses (evidence model 2 included) and every evidence field.
/// </summary>
public static class ImportGraphs
{
    public const int ChunkSize = 20;

    public static ImportBatch New => SeedGraph.Cached;

    public static ImportBatch Old { get; } = MakeOld();

    /// <summary>The snapshot a store holding <see cref="Old"/> has after importing <see cref="New"/> (upserts by id).</summary>
    public static GraphSnapshot OldThenNew { get; } = Merge(Old, New);

    public static GraphSnapshot OldSnapshot { get; } = Merge(Old, new ImportBatch([], [], []));

    /// <summary>Options for a store that writes <see cref="New"/> in many chunks and takes any unfinished import for abandoned.</summary>
    public static Neo4jOptions Chunked(Neo4jOptions options) => options with { ImportBatchSize = ChunkSize, ImportLease = TimeSpan.Zero };

    public static async Task ShouldHoldAsync(Neo4jGraphStore store, GraphSnapshot expected)
    {
        var snapshot = await store.ReadAllAsync();
        snapshot.Articles.Should().Equal(expected.Articles);
        snapshot.Entities.Should().Equal(expected.Entities);
        snapshot.Relations.Should().Equal(expected.Relations);
    }

    /// <summary>Journal records, journal chunks and unpublished change-feed entries left in the database.</summary>
    public static async Task<long> BookkeepingLeftAsync(Neo4jOptions options)
    {
        using var client = new Neo4jClient(options);
        var result = await client.RunAsync(new CypherStatement(
            "test: import bookkeeping left",
            "OPTIONAL MATCH (j:ImportJournal) WITH count(j) AS journals OPTIONAL MATCH (c:JournalChunk) WITH journals, count(c) AS chunks " +
            "OPTIONAL MATCH (x:Change) WHERE x.version IS NULL RETURN journals + chunks + count(x) AS left",
            new Dictionary<string, object?>()));
        return result.Rows[0][0].GetInt64();
    }

    private static ImportBatch MakeOld()
    {
        var seed = SeedGraph.Cached;
        var relations = seed.Relations.Where((_, i) => i % 2 == 0)
            .Select((r, i) => i % 3 == 0 ? r with { Confidence = Math.Round(r.Confidence / 2, 2) } : r)
            .ToList();
        var entities = seed.Entities.Select((e, i) => i % 4 == 0 ? e with { Description = "an older description" } : e).ToList();
        var articles = seed.Articles.Select((a, i) => i == 0 ? a with { Title = a.Title + " (first version)" } : a).ToList();
        return new ImportBatch(articles, entities, relations);
    }

    private static GraphSnapshot Merge(ImportBatch first, ImportBatch second)
    {
        static List<T> Upsert<T>(IEnumerable<T> a, IEnumerable<T> b, Func<T, string> id) =>
            [.. a.Concat(b).GroupBy(id, StringComparer.Ordinal).Select(g => g.Last()).OrderBy(id, StringComparer.Ordinal)];
        return new GraphSnapshot(
            Upsert(first.Articles, second.Articles, a => a.Id),
            Upsert(first.Entities, second.Entities, e => e.Id),
            Upsert(first.Relations, second.Relations, r => r.Id));
    }
}

/// <summary>Calls an action, synchronously, when an import reports its <c>N</c>th progress step (so a test can fail it there).</summary>
public sealed class FailAtStep(int step, Action action) : IProgress<long>
{
    private int _reports;

    public int Reports => _reports;

    public void Report(long value)
    {
        if (Interlocked.Increment(ref _reports) == step)
        {
            action();
        }
    }
}
