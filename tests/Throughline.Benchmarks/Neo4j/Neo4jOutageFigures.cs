using System.Diagnostics;
using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.Core.Synthetic;
using Throughline.Storage.Neo4j;

namespace Throughline.Benchmarks.Neo4j;

/// <summary>
/// `neo4j-figures outage [runs]`: how long a replica takes to serve again after its Neo4j was stopped and restarted
/// while it polled (issue 14's outage recovery). Stops and resumes the test server in NEO4J_TEST_HOME with
/// tests/scripts/neo4j-test-server.sh, so it needs the server that script started (its database is cleared). Per run:
/// one relation written while the server is up and the time until the replica is at its version (the baseline); then
/// the server stopped, the replica's poll seen failing, the server resumed, one relation written by the same writer
/// store (its first request after the restart), and the time until the replica is at that version again.
/// </summary>
internal static class Neo4jOutageFigures
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    public static async Task RunAsync(Neo4jOptions options, int runs)
    {
        var home = Environment.GetEnvironmentVariable("NEO4J_TEST_HOME")
            ?? throw new InvalidOperationException(
                "neo4j-figures outage stops and resumes the test server: set NEO4J_TEST_HOME to the directory tests/scripts/neo4j-test-server.sh started it in");
        await using var writer = await Neo4jFigures.OpenEmptyAsync(options);
        var graph = SyntheticGraph.Generate(new SyntheticGraphOptions(2_000, 1_000, Seed: 11, WithArticles: true));
        await writer.ApplyAsync(new ImportBatch(graph.Articles, graph.Entities, graph.Relations));
        await using var replica = await IndexedGraph.OpenAsync(await Neo4jGraphStore.OpenAsync(options), null, IndexedGraph.DefaultPollInterval);
        var (up, down) = (new List<double>(), new List<double>());
        for (var run = 0; run < runs; run++)
        {
            var before = await WriteAndWaitAsync(writer, replica, graph.Relations[2 * run] with { Id = $"outage-up-{run}" });
            up.Add(before.Total);
            var stop = Stopwatch.StartNew();
            Server(home, "stop");
            var stopMs = stop.ElapsedMilliseconds;
            await UntilAsync(() => replica.LastRefreshError is not null, "the replica's poll failing while the server is stopped");
            var seen = replica.LastRefreshError;
            var resume = Stopwatch.StartNew();
            Server(home, "resume");
            var resumeMs = resume.ElapsedMilliseconds;
            var after = await WriteAndWaitAsync(writer, replica, graph.Relations[2 * run + 1] with { Id = $"outage-down-{run}" });
            down.Add(after.Total);
            Console.WriteLine(
                $"  run {run}: baseline write -> replica {before.Total:F0} ms (write {before.Write:F0} ms); stop {stopMs} ms; replica's poll error: \"{Shorten(seen)}\"; " +
                $"resume (until HTTP answers) {resumeMs} ms; then first write + replica at its version {after.Total:F0} ms (write {after.Write:F0} ms); " +
                $"replica error now {(replica.LastRefreshError is null ? "none" : Shorten(replica.LastRefreshError))}; index {replica.Index.RelationCount} relations");
        }

        Console.WriteLine(
            $"OUTAGE {runs} runs: write -> replica at its version, median {Median(up):F0} ms with the server up, {Median(down):F0} ms as the " +
            $"first write after a restart; load {File.ReadAllText("/proc/loadavg").Trim()}");
    }

    /// <summary>
    /// Writes one relation, then waits until the polling replica serves the version the write made; the wall ms of both
    /// and of the write alone (after a restart the two parts tell the writer's cold first statements from the replica).
    /// </summary>
    private static async Task<(double Total, double Write)> WriteAndWaitAsync(Neo4jGraphStore writer, IndexedGraph replica, Relation relation)
    {
        var clock = Stopwatch.StartNew();
        await writer.ApplyAsync(new ImportBatch([], [], [relation]));
        var target = await writer.GetVersionAsync();
        var write = clock.Elapsed.TotalMilliseconds;
        await UntilAsync(() => replica.Version >= target, $"the replica reaching version {target}");
        return (clock.Elapsed.TotalMilliseconds, write);
    }

    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Deadline)
            {
                throw new TimeoutException($"neo4j-figures outage: gave up waiting {Deadline.TotalMinutes} min for {what}");
            }

            await Task.Delay(10);
        }
    }

    private static void Server(string home, string verb)
    {
        var start = new ProcessStartInfo("bash", [RepositoryPaths.Combine("tests", "scripts", "neo4j-test-server.sh"), verb])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
        };
        start.Environment["NEO4J_TEST_HOME"] = home;
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"neo4j-test-server.sh {verb} failed with exit code {process.ExitCode} (its stderr is above)");
        }
    }

    private static string Shorten(string? text) => text is null ? "none" : text.Length <= 160 ? text : text[..160] + "…";

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
