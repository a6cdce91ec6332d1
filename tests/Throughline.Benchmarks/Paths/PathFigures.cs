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

    /// <summary>
    /// A quick query is warmed up for up to this many runs (and at most <see cref="WarmupSeconds"/>): the runtime
    /// recompiles a method optimised only after some 30 calls, so 3 warm-ups of a 1 ms query timed its first-tier code.
    /// </summary>
    private const int QuickWarmups = 60;

    private const double WarmupSeconds = 1.0;

    /// <summary>The bare loop's county count (every path, not a page) runs only on graphs up to this size unless asked for.</summary>
    private const int BareCountyUpTo = 200_000;
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
        AgainstTheBareLoop(index, engine, pick, options);
    }

    /// <summary>
    /// The peer-benchmark queries, each as the engine answers it and as <see cref="BareCsr"/>'s loop over int arrays counts
    /// it, in the same process one after the other: medians, the ratio engine / bare, and a check that both count the
    /// same distinct entity sequences.
    /// </summary>
    private static void AgainstTheBareLoop(GraphIndex index, PathEngine engine, BenchSelections pick, PathOptions options)
    {
        var bare = new BareCsr(index, options);
        var hub = index.Find(pick.Hub);
        var project = index.Find(pick.NonHubProject);
        // The project's county: at 100k entities all projects are in the one region, reached by ~2e8 paths.
        var county = new EntitySelector(Kinds: [EntityKind.Project], LocatedIn: [pick.CountyOf(pick.NonHubProject)]);
        var regionProjects = new SelectorResolver(index).Resolve(county, "to", []).Members;
        EntitySelector Ids(string id) => new(Ids: [id]);
        Console.WriteLine($"// BARE LOOP vs engine ({index.EntityCount} entities, {index.RelationCount} relations; {regionProjects.Length} projects in the county)");
        Versus("directed paths hub -> non-hub project <= 4 hops",
            () => engine.FindPathsAsync(new PathQuery(Ids(pick.Hub), Ids(pick.NonHubProject), options, 100)).Result.TotalCount,
            () => bare.CountPaths(hub, [project], options.MaxHops));
        if (index.EntityCount <= BareCountyUpTo || Environment.GetEnvironmentVariable("THROUGHLINE_BENCH_BARE_COUNTY") == "1")
        {
            Versus("paths hub -> every project in the county <= 4 hops, first 100 + total",
                () => engine.FindPathsAsync(new PathQuery(Ids(pick.Hub), county, options, 100)).Result.TotalCount,
                () => bare.CountPaths(hub, regionProjects, options.MaxHops));
        }
        else
        {
            Console.WriteLine($"paths hub -> every project in the county: bare loop skipped above {BareCountyUpTo} entities " +
                "(it counts every path, millions per run, and did not finish 18 runs in 35 min; THROUGHLINE_BENCH_BARE_COUNTY=1 runs it)");
        }

        Versus("all shortest paths hub -> non-hub project",
            () => engine.FindShortestPathsAsync(new ShortestPathQuery(Ids(pick.Hub), Ids(pick.NonHubProject), options, 1000)).Result.Paths.Count,
            () => bare.CountShortestPaths(hub, project, options.MaxHops));
        var neighbourhood = new NeighbourhoodQuery(pick.Hub, 2, options with { Direction = Direction.Any }, 500);
        Versus("neighbourhood hub depth 2 cap 500 (entities)",
            () => engine.GetNeighbourhoodAsync(neighbourhood).Result.EntityIds.Count,
            () => bare.CountNeighbourhood(hub, 2, 500));
        // The same answer needs the same relations too (the listed ones are most of the work).
        var relations = engine.GetNeighbourhoodAsync(neighbourhood).Result.RelationIds.Count;
        bare.CountNeighbourhood(hub, 2, 500);
        Console.WriteLine($"neighbourhood hub depth 2 cap 500 (relations): engine {relations} / bare {bare.NeighbourhoodRelations}" +
            (relations == bare.NeighbourhoodRelations ? "" : "  MISMATCH"));
    }

    private static void Versus(string name, Func<long> engine, Func<long> bare)
    {
        var (engineWall, engineCpu, engineCount) = Time(engine);
        var (bareWall, bareCpu, bareCount) = Time(bare);
        Console.WriteLine($"{name}: engine median wall {engineWall:F2} ms (thread CPU {engineCpu:F2}), bare loop {bareWall:F2} ms " +
            $"(thread CPU {bareCpu:F2}), ratio {engineCpu / bareCpu:F1}x by CPU, {engineWall / bareWall:F1}x by wall; " +
            $"count engine {engineCount} / bare {bareCount}{(engineCount == bareCount ? "" : "  MISMATCH")}");
    }

    internal static (double Wall, double Cpu, long Count) Time(Func<long> work)
    {
        var wall = new List<double>();
        var cpu = new List<double>();
        long count = 0;
        WarmUp(() => count = work());
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var cpuStart = ThreadCpuClock.Milliseconds();
            count = work();
            cpu.Add(ThreadCpuClock.Milliseconds() - cpuStart);
            wall.Add(clock.Elapsed.TotalMilliseconds);
        }

        return (Median(wall), Median(cpu), count);
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
        var wall = new List<double>();
        var cpu = new List<double>();
        var process = new List<double>();
        object? result = null;
        if (runs == Runs)
        {
            WarmUp(() => result = work());
        }

        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var cpuStart = ThreadCpuClock.Milliseconds();
            var processStart = Process.GetCurrentProcess().TotalProcessorTime;
            result = work();
            cpu.Add(ThreadCpuClock.Milliseconds() - cpuStart);
            process.Add((Process.GetCurrentProcess().TotalProcessorTime - processStart).TotalMilliseconds);
            wall.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{name}: median wall {Median(wall):F1} ms, thread CPU {Median(cpu):F1} ms, process CPU (all threads, GC included) " +
            $"{Median(process):F1} ms ({runs} runs) — {Describe(result)}");
    }

    /// <summary><see cref="Warmups"/> runs, then more while the query is quick (see <see cref="QuickWarmups"/>).</summary>
    private static void WarmUp(Action work)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < QuickWarmups && (i < Warmups || clock.Elapsed.TotalSeconds < WarmupSeconds); i++)
        {
            work();
        }
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
