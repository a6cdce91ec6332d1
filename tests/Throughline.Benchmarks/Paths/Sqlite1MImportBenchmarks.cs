using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Throughline.Core.Storage;
using Throughline.Storage.Sqlite;

namespace Throughline.Benchmarks.Paths;

/// <summary>
/// Importing the 1M/5M synthetic graph (with articles and one verbatim quote per relation) into a fresh SQLite file
/// through the store's one-transaction upsert. Target: more than 200k relations/s. One cold run per iteration — it
/// takes tens of seconds — so run it without <c>--job</c>: <c>--filter *Sqlite1MImport* --inProcess</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class Sqlite1MImportBenchmarks
{
    private ImportBatch _batch = null!;
    private string _directory = null!;

    [GlobalSetup]
    public void Setup()
    {
        var graph = BenchGraph.Generate(withArticles: true);
        _batch = new ImportBatch(graph.Articles, graph.Entities, graph.Relations);
    }

    [IterationSetup]
    public void NewDatabase() =>
        _directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "throughline-bench", Guid.NewGuid().ToString("N"))).FullName;

    [IterationCleanup]
    public void DeleteDatabase() => Directory.Delete(_directory, recursive: true);

    [Benchmark]
    public async Task<ImportResult> ImportIntoSqlite()
    {
        var clock = Stopwatch.StartNew();
        await using var store = await SqliteGraphStore.OpenAsync(Path.Combine(_directory, "bench.db"));
        var result = await store.ApplyAsync(_batch);
        Console.WriteLine($"// SQLITE-IMPORT {_batch.Relations.Count} relations, {_batch.Entities.Count} entities, {_batch.Articles.Count} articles " +
            $"in {clock.Elapsed.TotalSeconds:F1} s = {_batch.Relations.Count / clock.Elapsed.TotalSeconds:F0} relations/s");
        return result;
    }
}
