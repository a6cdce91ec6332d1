using System.Diagnostics;
using System.Globalization;
using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.SeedData;
using Throughline.Core.Storage;
using Throughline.Storage.Sqlite;

namespace Throughline.Benchmarks.Storage;

/// <summary>
/// `freshness-figures`: over the seed graph in a temp SQLite file, (1) how long an IndexedGraph polling at its default
/// interval takes to serve a write committed through a second store instance (another process's view of the file), and
/// how long the next request's view takes to include it without the poll; (2) what one request's snapshot costs: the
/// headline path query plus loading its hop relations, on the live index and store vs through a view, alternated in one
/// run. Medians of wall-clock time; quote them with the load average.
/// </summary>
public static class FreshnessFigures
{
    private const int Writes = 40;
    private const int Requests = 2000;

    public static async Task RunAsync()
    {
        var directory = Directory.CreateTempSubdirectory("throughline-freshness-").FullName;
        try
        {
            var file = Path.Combine(directory, "fresh.db");
            await using var writer = await SqliteGraphStore.OpenAsync(file);
            await writer.ApplyAsync(SeedLoader.Load(RepositoryPaths.SeedData).Batch);
            await using var graph = await IndexedGraph.OpenAsync(await SqliteGraphStore.OpenAsync(file));
            var relation = (await writer.GetRelationAsync("intel-supplies-hikvision"))!;

            var phase = new Random(11);
            var polled = new List<double>();
            var viewed = new List<double>();
            for (var i = 0; i < Writes; i++)
            {
                // A write at a random point of the poll cycle, as another process's writes arrive.
                await Task.Delay(phase.Next((int)IndexedGraph.DefaultPollInterval.TotalMilliseconds));
                var status = i % 2 == 0 ? RelationStatus.Denied : RelationStatus.Confirmed;
                await writer.ApplyAsync(new ImportBatch([], [], [relation with { Status = status, Confidence = status.DefaultConfidence() }]));
                var target = await writer.GetVersionAsync();
                var clock = Stopwatch.StartNew();
                while (graph.Version < target)
                {
                    await Task.Delay(1);
                }

                polled.Add(clock.Elapsed.TotalMilliseconds);

                await writer.ApplyAsync(new ImportBatch([], [], [relation with { Confidence = 0.5 + (i * 0.001) }]));
                clock.Restart();
                await using (var view = await graph.OpenViewAsync())
                {
                    viewed.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            Console.WriteLine($"cross-process write -> served by the poll ({IndexedGraph.DefaultPollInterval.TotalMilliseconds} ms): median {Median(polled):F1} ms, max {polled.Max():F1} ms ({Writes} writes)");
            Console.WriteLine($"cross-process write -> in the next request's view (no poll): median {Median(viewed):F2} ms, max {viewed.Max():F2} ms");

            var query = new PathQuery(
                new EntitySelector(Names: ["Intel"]), new EntitySelector(Kinds: [EntityKind.Project], LocatedIn: ["Xinjiang"]),
                new PathOptions(MaxHops: 4), First: 20);
            var live = new List<double>();
            var pinned = new List<double>();
            for (var i = 0; i < Requests; i++)
            {
                live.Add(await TimeAsync(async () => await LoadHopsAsync(graph, graph, query)));
                pinned.Add(await TimeAsync(async () =>
                {
                    await using var view = await graph.OpenViewAsync();
                    await LoadHopsAsync(view, view.Store, query);
                }));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"headline paths + hop relations, {Requests} alternated: live index/store median {Median(live) * 1000:F0} µs, through a per-request view {Median(pinned) * 1000:F0} µs (+{(Median(pinned) - Median(live)) * 1000:F0} µs)"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task LoadHopsAsync(IPathQueries paths, IGraphStore store, PathQuery query)
    {
        var page = await paths.FindPathsAsync(query);
        var ids = page.Edges.SelectMany(e => e.Path.Hops).SelectMany(h => h.RelationIds).Distinct().ToList();
        _ = await store.GetRelationsAsync(ids);
    }

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
