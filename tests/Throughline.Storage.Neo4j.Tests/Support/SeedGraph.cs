using Throughline.Core.SeedData;
using Throughline.Core.Storage;

namespace Throughline.Storage.Neo4j.Tests.Support;

/// <summary>The curated graph of seed-data/, read and validated by Core's seed loader.</summary>
public static class SeedGraph
{
    private static readonly Lazy<ImportBatch> Batch = new(Load);

    public static ImportBatch Load()
    {
        var directory = RepositoryPaths.SeedData;
        var result = SeedLoader.Load(directory);
        if (!result.IsValid)
        {
            throw new InvalidOperationException($"seed-data/ does not validate: {string.Join("; ", result.Problems)}");
        }

        return result.Batch;
    }

    public static ImportBatch Cached => Batch.Value;
}
