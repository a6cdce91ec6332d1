using System.Diagnostics;
using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Benchmarks.Paths;

/// <summary>
/// <c>dotnet Throughline.Benchmarks.dll path-figures</c>: every path figure in one process — generation, index build,
/// retained memory, applying a write, and the query medians — as wall-clock and as the thread's CPU time, so the
/// figures stay meaningful on a machine shared with other work. The BenchmarkDotNet suites measure the same operations.
/// </summary>
internal static class PathFigures
{
    private const int Warmups = 3;
    private const int Runs = 15;

    public static void Run()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var index = BuildFromFreshGraph(out var oneRelation);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"index retained {(after - before) / 1e6:F0} MB = {(double)(after - before) / index.RelationCount:F1} bytes/relation " +
            $"({index.EntityCount} entities, {index.RelationCount} relations; target < 150)");
        Measure("apply one relation (delta over the CSR; target < 10 ms)", () => index.With(oneRelation));
        Measure("merge a one-relation delta into new arrays (background in With)", () => index.With(oneRelation).Compact(), runs: 3);

        var engine = new PathEngine(index);
        var pick = new BenchSelections(index, engine);
        var county = pick.CountyOf(pick.NonHubProject);
        var options = new PathOptions(MaxHops: 4);
        EntitySelector Ids(string id) => new(Ids: [id]);
        Measure("allPaths hub -> non-hub project (target p50 < 20 ms)",
            () => engine.FindPathsAsync(new PathQuery(Ids(pick.Hub), Ids(pick.NonHubProject), options, 100)).Result);
        Measure("allPaths hub -> projects in the non-hub's county",
            () => engine.FindPathsAsync(new PathQuery(Ids(pick.Hub), new(Kinds: [EntityKind.Project], LocatedIn: [county]), options, 100)).Result);
        Measure("allPaths non-hub org -> Xinjiang projects",
            () => engine.FindPathsAsync(new PathQuery(Ids(pick.NonHubOrganisation), new(Kinds: [EntityKind.Project], LocatedIn: ["Xinjiang"]), options, 100)).Result);
        Measure("shortestPaths hub -> non-hub project (target p50 < 10 ms)",
            () => engine.FindShortestPathsAsync(new ShortestPathQuery(Ids(pick.Hub), Ids(pick.NonHubProject), options, 20)).Result);
        Measure("neighbourhood hub depth 2 cap 500 (target p50 < 10 ms)",
            () => engine.GetNeighbourhoodAsync(new NeighbourhoodQuery(pick.Hub, 2, options with { Direction = Direction.Any }, 500)).Result);
        Measure("neighbourhood non-hub depth 2 cap 500 (target p50 < 10 ms)",
            () => engine.GetNeighbourhoodAsync(new NeighbourhoodQuery(pick.NonHubProject, 2, options with { Direction = Direction.Any }, 500)).Result);
    }

    private static GraphIndex BuildFromFreshGraph(out ImportBatch oneRelation)
    {
        var graph = BenchGraph.Generate();
        var first = graph.Relations[0];
        oneRelation = new ImportBatch([], [], [first with { Id = "bench-new-relation", From = first.To, To = first.From, Type = RelationType.PartneredWith }]);
        GraphIndex? index = null;
        Measure("index build", () => index = GraphIndex.Build(graph), runs: 3);
        return index!;
    }

    private static void Measure(string name, Func<object> work, int runs = Runs)
    {
        var warmups = runs == Runs ? Warmups : 0;
        var wall = new List<double>();
        var cpu = new List<double>();
        var process = new List<double>();
        object? result = null;
        for (var i = 0; i < warmups + runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var cpuStart = ThreadCpuClock.Milliseconds();
            var processStart = Process.GetCurrentProcess().TotalProcessorTime;
            result = work();
            if (i >= warmups)
            {
                cpu.Add(ThreadCpuClock.Milliseconds() - cpuStart);
                process.Add((Process.GetCurrentProcess().TotalProcessorTime - processStart).TotalMilliseconds);
                wall.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine($"{name}: median wall {Median(wall):F1} ms, thread CPU {Median(cpu):F1} ms, process CPU (all threads, GC included) " +
            $"{Median(process):F1} ms ({runs} runs) — {Describe(result)}");
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Describe(object? result) => result switch
    {
        PathPage page => $"{page.TotalCount} paths, truncated={page.Truncated}",
        ShortestPathsResult shortest => $"{shortest.Paths.Count} paths of {shortest.Paths.FirstOrDefault()?.Length} hops",
        Subgraph subgraph => $"{subgraph.EntityIds.Count} entities, {subgraph.RelationIds.Count} relations, truncated={subgraph.Truncated}",
        GraphIndex index => $"{index.EntityCount} entities, {index.RelationCount} relations",
        _ => string.Empty,
    };
}
