using System.Diagnostics;
using System.Globalization;
using Throughline.Benchmarks.Paths;
using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.SeedData;
using Throughline.Core.Storage;
using Throughline.Core.Synthetic;
using Throughline.Storage.Neo4j;
using Throughline.Storage.Neo4j.Http;

namespace Throughline.Benchmarks.Neo4j;

/// <summary>
/// The Neo4j figures of issue 14, against the server NEO4J_URI names (its database is cleared: use a test server):
/// journaled import throughput and the server's peak heap (sampled with jstat when NEO4J_JAVA_PID names the JVM), the
/// headline and hub queries through the in-memory index and as Cypher, replica catch-up after a 10k-relation import,
/// and the seed import at start with and without the seed ledger.
///   NEO4J_JAVA_PID=$(cat $NEO4J_TEST_HOME/pid) NEO4J_URI=... NEO4J_PASSWORD=... \
///     dotnet run -c Release --project tests/Throughline.Benchmarks -- neo4j-figures 100000 1000000
/// `neo4j-figures catchup [runs]` times only the catch-up, split into its parts (see <see cref="CatchUpSeriesAsync"/>);
/// `neo4j-figures import N ...` only the imports, index builds and hub queries; `neo4j-figures import-only N ...` only the
/// imports (the first of several on one server pays the JVM's JIT compilation, which the compiler threads' CPU shows);
/// `neo4j-figures outage [runs]` the replica's recovery after a server restart (<see cref="Neo4jOutageFigures"/>).
/// </summary>
internal static class Neo4jFigures
{
    private const int Runs = 21;

    public static async Task RunAsync(IReadOnlyList<string> sizes)
    {
        var options = Neo4jOptions.FromEnvironment(Environment.GetEnvironmentVariable) with { RequestTimeout = TimeSpan.FromMinutes(5) };
        Console.WriteLine($"// load average at start: {File.ReadAllText("/proc/loadavg").Trim()}; import batch {options.ImportBatchSize}");
        if (sizes.Count > 0 && sizes[0] == "catchup")
        {
            await CatchUpSeriesAsync(options, sizes.Count > 1 ? int.Parse(sizes[1], CultureInfo.InvariantCulture) : 5);
            return;
        }

        if (sizes.Count > 0 && sizes[0] == "outage")
        {
            await Neo4jOutageFigures.RunAsync(options, sizes.Count > 1 ? int.Parse(sizes[1], CultureInfo.InvariantCulture) : 3);
            return;
        }

        if (sizes.Count > 0 && sizes[0] is "import" or "import-only")
        {
            foreach (var size in sizes.Skip(1).Select(s => int.Parse(s, CultureInfo.InvariantCulture)))
            {
                await ImportAndHubAsync(options, size, withHub: sizes[0] == "import");
            }

            return;
        }

        await SeedAndHeadlineAsync(options);
        await CatchUpAsync(options);
        foreach (var size in sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture)))
        {
            await ImportAndHubAsync(options, size);
        }
    }

    private static async Task SeedAndHeadlineAsync(Neo4jOptions options)
    {
        await using var store = await OpenEmptyAsync(options);
        var seed = SeedLoader.Load(RepositoryPaths.SeedData).Batch;
        var first = await Timed(() => store.ApplyAsync(seed));
        var again = new List<double>();
        var ledger = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            again.Add((await Timed(() => store.ApplyAsync(seed))).Ms);
            ledger.Add((await Timed(() => store.SeedImportedAtAsync("seed", "fingerprint"))).Ms);
        }

        Console.WriteLine($"SEED first import {first.Ms:F0} ms; unchanged re-import median {Median(again):F0} ms; ledger check median {Median(ledger):F1} ms");
        var headline = new PathQuery(
            new EntitySelector(Names: ["Intel"]), new EntitySelector(Kinds: [EntityKind.Project], LocatedIn: ["Xinjiang"]), new PathOptions(MaxHops: 4));
        await using var indexed = await IndexedGraph.OpenAsync(await Neo4jGraphStore.OpenAsync(options), null, Timeout.InfiniteTimeSpan);
        await ComparePathsAsync("HEADLINE seed graph", store, indexed, headline);
    }

    private static async Task CatchUpAsync(Neo4jOptions options)
    {
        await using var writer = await OpenEmptyAsync(options);
        var graph = SyntheticGraph.Generate(new SyntheticGraphOptions(20_000, 10_000, Seed: 7, WithArticles: true));
        await writer.ApplyAsync(new ImportBatch(graph.Articles, graph.Entities, []));
        await using var replica = await IndexedGraph.OpenAsync(await Neo4jGraphStore.OpenAsync(options));
        var clock = Stopwatch.StartNew();
        await writer.ApplyAsync(new ImportBatch([], [], graph.Relations));
        var written = clock.Elapsed.TotalMilliseconds;
        var target = await writer.GetVersionAsync();
        while (replica.Version < target)
        {
            await Task.Delay(5);
        }

        Console.WriteLine(
            $"CATCH-UP 10k-relation import written in {written:F0} ms; replica (polling every 250 ms) at its version {clock.Elapsed.TotalMilliseconds - written:F0} ms later, " +
            $"index {replica.Index.RelationCount} relations");
    }

    /// <summary>
    /// The catch-up after another process's 10k-relation import, <paramref name="runs"/> times, each run importing 10k new
    /// relations (ids suffixed by the run) over the same 20k entities, and each timed in parts: the replica's whole
    /// RefreshAsync (no poll interval: the replica does not poll; JVM CPU and this process's CPU), then on a third store
    /// the record feed read alone (GetChangesSince from the replica's old version), the index feed alone
    /// (GetIndexChangesSince, what the replica reads) and the 10k-id relation read alone; JVM CPU per part.
    /// </summary>
    private static async Task CatchUpSeriesAsync(Neo4jOptions options, int runs)
    {
        await using var writer = await OpenEmptyAsync(options);
        await using var reader = await Neo4jGraphStore.OpenAsync(options);
        var graph = SyntheticGraph.Generate(new SyntheticGraphOptions(20_000, 10_000, Seed: 7, WithArticles: true));
        await writer.ApplyAsync(new ImportBatch(graph.Articles, graph.Entities, []));
        await using var replica = await IndexedGraph.OpenAsync(await Neo4jGraphStore.OpenAsync(options), null, Timeout.InfiniteTimeSpan);
        var (refresh, feed, indexFeed, read) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var (refreshCpu, feedCpu, indexFeedCpu, readCpu) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var refreshOwnCpu = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var relations = graph.Relations.Select(r => r with { Id = $"{r.Id}-{run}" }).ToList();
            var before = replica.Version;
            await writer.ApplyAsync(new ImportBatch([], [], relations));
            var cpu = JvmCpuSeconds();
            var own = Process.GetCurrentProcess().TotalProcessorTime;
            var r = await Timed(() => replica.RefreshAsync());
            refresh.Add(r.Ms);
            refreshCpu.Add(JvmCpuSeconds() - cpu);
            refreshOwnCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - own).TotalSeconds);
            cpu = JvmCpuSeconds();
            var f = await Timed(() => reader.GetChangesSinceAsync(before));
            feed.Add(f.Ms);
            feedCpu.Add(JvmCpuSeconds() - cpu);
            cpu = JvmCpuSeconds();
            var x = await Timed(() => reader.GetIndexChangesSinceAsync(before));
            indexFeed.Add(x.Ms);
            indexFeedCpu.Add(JvmCpuSeconds() - cpu);
            cpu = JvmCpuSeconds();
            var g = await Timed(() => reader.GetRelationsAsync(relations.Select(x => x.Id).ToList()));
            read.Add(g.Ms);
            readCpu.Add(JvmCpuSeconds() - cpu);
            Console.WriteLine(
                $"  run {run}: refresh {r.Ms:F0} ms (JVM CPU {refreshCpu[^1]:F2} s, this process {refreshOwnCpu[^1]:F2} s), record feed read {f.Ms:F0} ms " +
                $"({feedCpu[^1]:F2} s, {f.Result?.Changed.Relations.Count} relations), index feed read {x.Ms:F0} ms ({indexFeedCpu[^1]:F2} s, " +
                $"{x.Result?.Relations.Count} rows), 10k-id read {g.Ms:F0} ms ({readCpu[^1]:F2} s); index {replica.Index.RelationCount} relations at version {replica.Version}");
        }

        Console.WriteLine(
            $"CATCH-UP SERIES {runs} runs of 10k relations: replica refresh median {Median(refresh):F0} ms (JVM CPU {Median(refreshCpu):F2} s, " +
            $"this process {Median(refreshOwnCpu):F2} s), record feed read alone {Median(feed):F0} ms ({Median(feedCpu):F2} s), index feed read alone " +
            $"{Median(indexFeed):F0} ms ({Median(indexFeedCpu):F2} s), 10k-id relation read alone {Median(read):F0} ms ({Median(readCpu):F2} s); " +
            $"load {File.ReadAllText("/proc/loadavg").Trim()}");
    }

    private static async Task ImportAndHubAsync(Neo4jOptions options, int relations, bool withHub = true)
    {
        await using var store = await OpenEmptyAsync(options);
        var graph = SyntheticGraph.Generate(new SyntheticGraphOptions(Math.Max(200, relations / 5), relations, Seed: 42, WithArticles: true));
        var batch = new ImportBatch(graph.Articles, graph.Entities, graph.Relations);
        using var heap = HeapSampler.Start();
        var cpuBefore = JvmCpuSeconds();
        var (jitBefore, gcBefore) = (JvmThreadsCpuSeconds("C1 CompilerThre", "C2 CompilerThre"), JvmThreadsCpuSeconds("GC Thread", "G1 "));
        var processBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var import = await Timed(() => store.ApplyAsync(batch));
        var cpu = JvmCpuSeconds() - cpuBefore;
        var (jit, gc) = (JvmThreadsCpuSeconds("C1 CompilerThre", "C2 CompilerThre") - jitBefore, JvmThreadsCpuSeconds("GC Thread", "G1 ") - gcBefore);
        var client = (Process.GetCurrentProcess().TotalProcessorTime - processBefore).TotalSeconds;
        var peak = heap?.StopAndPeakMegabytes();
        Console.WriteLine(
            $"IMPORT {relations} relations ({batch.Entities.Count} entities, {batch.Articles.Count} articles) in {import.Ms / 1000:F1} s = " +
            $"{relations / (import.Ms / 1000):F0} relations/s; JVM CPU {cpu:F1} s (JIT compiler threads {jit:F1} s, GC {gc:F1} s, " +
            $"so {relations / Math.Max(0.001, cpu - jit - gc):F0} relations per JVM CPU-second without them); this process {client:F1} s CPU; " +
            $"peak heap used {(peak is null ? "n/a" : $"{peak:F0} MB")}; load {File.ReadAllText("/proc/loadavg").Trim()}");
        if (relations > 200_000 || !withHub)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        await using var indexed = await IndexedGraph.OpenAsync(await Neo4jGraphStore.OpenAsync(options), null, Timeout.InfiniteTimeSpan);
        Console.WriteLine($"INDEX built from Neo4j in {clock.ElapsedMilliseconds} ms");
        var selections = new BenchSelections(indexed.Index, new PathEngine(indexed.Index, new PathLimits()));
        var hub = new PathQuery(new EntitySelector(Ids: [selections.Hub]), new EntitySelector(Ids: [selections.NonHubProject]), new PathOptions(MaxHops: 3));
        await ComparePathsAsync($"HUB {relations} relations", store, indexed, hub);
    }

    private static async Task ComparePathsAsync(string label, Neo4jGraphStore cypher, IndexedGraph index, PathQuery query)
    {
        var cypherMs = new List<double>();
        var indexMs = new List<double>();
        PathPage? viaCypher = null;
        PathPage? viaIndex = null;
        for (var i = 0; i < Runs; i++)
        {
            var c = await Timed(() => cypher.FindPathsAsync(query));
            var x = await Timed(() => index.FindPathsAsync(query));
            (viaCypher, viaIndex) = (c.Result, x.Result);
            if (i > 0)
            {
                cypherMs.Add(c.Ms);
                indexMs.Add(x.Ms);
            }
        }

        Console.WriteLine(
            $"{label}: index median {Median(indexMs) * 1000:F0} µs, Cypher median {Median(cypherMs):F2} ms (ratio {Median(cypherMs) / Median(indexMs):F0}x); " +
            $"{viaIndex!.TotalCount} paths via index, {viaCypher!.TotalCount} via Cypher (truncated {viaIndex.Truncated}/{viaCypher.Truncated})");
    }

    internal static async Task<Neo4jGraphStore> OpenEmptyAsync(Neo4jOptions options)
    {
        using (var client = new Neo4jClient(options))
        {
            // In steps: one DETACH DELETE of a million nodes would itself need the heap the journaled import avoids.
            while ((await client.RunAsync(new CypherStatement(
                       "bench: clear", "MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n", new Dictionary<string, object?>())))
                   .Rows[0][0].GetInt64() > 0)
            {
            }
        }

        return await Neo4jGraphStore.OpenAsync(options);
    }

    private static async Task<(T Result, double Ms)> Timed<T>(Func<Task<T>> action)
    {
        var clock = Stopwatch.StartNew();
        var result = await action();
        return (result, clock.Elapsed.TotalMilliseconds);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    private static int? JavaPid => int.TryParse(Environment.GetEnvironmentVariable("NEO4J_JAVA_PID"), out var pid) ? pid : null;

    /// <summary>The JVM's user + system CPU seconds from /proc (0 when NEO4J_JAVA_PID is not set).</summary>
    private static double JvmCpuSeconds()
    {
        if (JavaPid is not { } pid)
        {
            return 0;
        }

        var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>
    /// CPU seconds of the JVM's live threads whose name starts with one of <paramref name="prefixes"/> (/proc task comm,
    /// 15 characters): the JIT compilers' or the collector's share, which a fresh server's first import pays heavily.
    /// </summary>
    private static double JvmThreadsCpuSeconds(params string[] prefixes)
    {
        if (JavaPid is not { } pid)
        {
            return 0;
        }

        double total = 0;
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                var name = File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n');
                if (prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
                {
                    var fields = File.ReadAllText(Path.Combine(task, "stat")).Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    total += (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
                }
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
            }
        }

        return total;
    }

    /// <summary>Polls `jstat -gc` every 500 ms; the peak of survivor + eden + old space used.</summary>
    private sealed class HeapSampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private double _peakKb;

        private HeapSampler(int pid) => _loop = Task.Run(() => LoopAsync(pid));

        public static HeapSampler? Start() => JavaPid is { } pid ? new HeapSampler(pid) : null;

        public double StopAndPeakMegabytes()
        {
            _stop.Cancel();
            _loop.Wait();
            return _peakKb / 1024;
        }

        public void Dispose() => _stop.Dispose();

        private async Task LoopAsync(int pid)
        {
            while (!_stop.IsCancellationRequested)
            {
                var start = new ProcessStartInfo("jstat", $"-gc {pid}") { RedirectStandardOutput = true, UseShellExecute = false };
                using (var process = Process.Start(start)!)
                {
                    var lines = (await process.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
                    await process.WaitForExitAsync();
                    if (lines.Length == 2)
                    {
                        var names = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        var values = lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        double Value(string name) => double.Parse(values[Array.IndexOf(names, name)], CultureInfo.InvariantCulture);
                        _peakKb = Math.Max(_peakKb, Value("S0U") + Value("S1U") + Value("EU") + Value("OU"));
                    }
                }

                try
                {
                    await Task.Delay(500, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
