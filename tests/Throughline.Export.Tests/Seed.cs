using Throughline.Core.SeedData;
using Throughline.Core.Storage;
using Throughline.Storage.Sqlite;

namespace Throughline.Export.Tests;

/// <summary>The curated seed graph, validated by Core's loader, and a real SQLite file holding it.</summary>
internal static class Seed
{
    private static readonly Lazy<ImportBatch> Cached = new(() =>
    {
        var result = SeedLoader.Load(RepositoryPaths.SeedData);
        return result.IsValid ? result.Batch : throw new InvalidOperationException(string.Join("; ", result.Problems));
    });

    public static ImportBatch Batch => Cached.Value;

    public static async Task<(SqliteGraphStore Store, string Directory)> OpenStoreAsync()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("throughline-export-tests-").FullName;
        var store = await SqliteGraphStore.OpenAsync(Path.Combine(directory, "graph.db"));
        await store.ApplyAsync(Batch);
        return (store, directory);
    }

    public static async Task<byte[]> ExportAsync(ExportFormat format, ExportGraph graph)
    {
        using var output = new MemoryStream();
        await Exporter.WriteAsync(format, graph, output);
        return output.ToArray();
    }
}
