using Throughline.Core.Index;
using Throughline.Storage.Neo4j.Tests.Support;
using Xunit.Abstractions;

namespace Throughline.Storage.Neo4j.Tests.Store;

/// <summary>
/// A replica catching up while another process writes, on the real server. Neo4j (3.1 as 5) makes a committed write
/// visible to lock-free readers record by record, not all at once, so a reader can see a write's version before all of
/// its change entries or records, or read a record already rewritten by the next write. Every index the replica passes
/// through must still be exactly one version's graph.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class ReplicaConsistencyTests(ITestOutputHelper output)
{
    private const int Writes = 30;

    [Neo4jFact]
    public async Task Every_index_a_replica_serves_while_another_process_writes_is_exactly_one_versions_graph()
    {
        await using var writer = await TestServer.OpenEmptyAsync();
        await using var replica = await IndexedGraph.OpenAsync(await Neo4jGraphStore.OpenAsync(TestServer.Options), null, Timeout.InfiniteTimeSpan);
        replica.Version.Should().Be(0);
        var seen = new List<(long Version, int Entities, int Relations)>();
        var failures = new List<string>();
        using var done = new CancellationTokenSource();
        void Observe()
        {
            var (index, version) = replica.Served;
            seen.Add((version, index.EntityCount, index.RelationCount));
        }

        // The reader catches up as fast as it can, so its reads overlap the writer's commits.
        var reader = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                try
                {
                    await replica.RefreshAsync();
                }
                catch (Exception e)
                {
                    // A relation read from a later write than the entities it joins fails the delta: also a mix.
                    failures.Add(e.Message);
                }

                Observe();
            }
        });

        for (var k = 1; k <= Writes; k++)
        {
            await writer.ApplyAsync(ChainWrites.Write(k));
            (await writer.GetVersionAsync()).Should().Be(k, "each write is one version and no one else writes");
        }

        await done.CancelAsync();
        await reader;
        await replica.RefreshAsync();
        Observe();

        var versions = seen.Select(s => s.Version).Distinct().Count();
        output.WriteLine($"{seen.Count} catch-up checks over {versions} versions; {failures.Count} failed");
        failures.Should().BeEmpty("a catch-up never meets a relation whose ends are not in the version it reads");
        seen.Where(s => (s.Entities, s.Relations) != ChainWrites.Expected(s.Version)).Should()
            .BeEmpty("an index at version k holds exactly the first k writes (entities, relations by version: k -> {0})", "k*40, k*39+1");
        seen[^1].Should().Be((Writes, ChainWrites.Expected(Writes).Entities, ChainWrites.Expected(Writes).Relations));
        versions.Should().BeGreaterThan(Writes / 3, "the reader caught up many times while the writes went on");
    }
}
