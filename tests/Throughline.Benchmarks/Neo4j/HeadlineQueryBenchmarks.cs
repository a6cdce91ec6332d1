using BenchmarkDotNet.Attributes;
using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.SeedData;
using Throughline.Storage.Neo4j;
using Throughline.Storage.Sqlite;

namespace Throughline.Benchmarks.Neo4j;

/// <summary>
/// The headline query (Intel → projects located in Xinjiang, up to 4 hops) on both stores: Cypher in the Neo4j server
/// NEO4J_URI names (seed-data/ is upserted into it first) and the embedded PathEngine over SQLite. Indicative only: the
/// test server is Neo4j 3.1 over HTTP on the same machine.
///   NEO4J_URI=... NEO4J_PASSWORD=... dotnet run -c Release --project tests/Throughline.Benchmarks -- --filter '*HeadlineQuery*' --job short
/// </summary>
[MemoryDiagnoser]
public class HeadlineQueryBenchmarks
{
    private static readonly PathQuery Headline = new(
        new EntitySelector(Names: ["Intel"]),
        new EntitySelector(Kinds: [EntityKind.Project], LocatedIn: ["Xinjiang"]),
        new PathOptions(MaxHops: 4));

    private Neo4jGraphStore? _neo4j;
    private IndexedGraph? _embedded;
    private string? _directory;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        var options = Neo4jOptions.FromEnvironment(Environment.GetEnvironmentVariable);
        var seed = SeedLoader.Load(RepositoryPaths.SeedData);
        _neo4j = await Neo4jGraphStore.OpenAsync(options);
        await _neo4j.ApplyAsync(seed.Batch);
        _directory = Directory.CreateTempSubdirectory("throughline-headline-").FullName;
        _embedded = await IndexedGraph.OpenAsync(await SqliteGraphStore.OpenAsync(Path.Combine(_directory, "graph.db")));
        await _embedded.ApplyAsync(seed.Batch);
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await _neo4j!.DisposeAsync();
        await _embedded!.DisposeAsync();
        Directory.Delete(_directory!, recursive: true);
    }

    [Benchmark]
    public Task<PathPage> Neo4j_Cypher() => _neo4j!.FindPathsAsync(Headline);

    [Benchmark(Baseline = true)]
    public Task<PathPage> Embedded_PathEngine() => _embedded!.FindPathsAsync(Headline);
}
