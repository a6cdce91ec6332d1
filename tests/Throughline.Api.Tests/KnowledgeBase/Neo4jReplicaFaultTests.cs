using Throughline.Testing;
using System.Diagnostics;
using System.Text.Json;
using Throughline.Api.Tests.Support;
using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j;
using Xunit.Abstractions;

namespace Throughline.Api.Tests.KnowledgeBase;

/// <summary>
/// A real Neo4j stopped while an API replica is catching up on another process's write, and started again: the replica
/// keeps its last consistent index (the write all there or not at all, never part of it), /health says it is serving
/// that version and how far behind it is, and once the server is back the replica catches up from the change feed.
/// </summary>
[Collection(Neo4jApiCollection.Name)]
public sealed class Neo4jReplicaFaultTests(ITestOutputHelper output)
{
    private const int Added = 400;

    [Neo4jFact]
    public async Task A_replica_whose_neo4j_stops_mid_refresh_keeps_a_consistent_index_reports_it_and_catches_up_when_it_returns()
    {
        await using var server = await PrivateNeo4jServer.StartAsync();
        await using var replica = await ApiProcess.StartAsync(server.ApiEnvironment);
        var before = await WaitForHealthAsync(replica, h => h.GetProperty("status").GetString() == "ok", "the replica never became healthy");
        var beforeIndex = before.GetProperty("index");
        var (entities, relations) = (beforeIndex.GetProperty("entities").GetInt32(), beforeIndex.GetProperty("relations").GetInt32());
        var servedBefore = beforeIndex.GetProperty("version").GetInt64();

        // Another process (as the CLI would) writes a chain of entities and relations; the replica's next poll, at most
        // 250 ms later, reads them from the feed by id, and the server is stopped right away, so the stop lands before
        // or while that catch-up reads (both must leave a whole index; which one happened is printed).
        long written;
        await using (var writer = await Neo4jGraphStore.OpenAsync(server.Options))
        {
            await writer.ApplyAsync(Chain());
            written = await writer.GetVersionAsync();
        }

        await server.StopAsync();
        var down = await WaitForHealthAsync(replica,
            h => h.GetProperty("status").GetString() == "unavailable" && h.GetProperty("index").ValueKind == JsonValueKind.Object,
            "health never reported the unreachable store with the index it serves");
        var downIndex = down.GetProperty("index");
        var served = downIndex.GetProperty("version").GetInt64();
        output.WriteLine($"while stopped: {down}");

        served.Should().BeOneOf([servedBefore, written], "the index serves the version before the write or after it");
        var whole = served == written ? (entities + Added, relations + Added - 1) : (entities, relations);
        (downIndex.GetProperty("entities").GetInt32(), downIndex.GetProperty("relations").GetInt32())
            .Should().Be(whole, "an index at a version holds that version's graph, not part of a catch-up");
        downIndex.GetProperty("refreshFailing").GetBoolean().Should().BeTrue();
        downIndex.GetProperty("error").GetString().Should().Contain($"served from the index at version {served}")
            .And.NotContain(server.Options.Uri.Authority, "the store's address stays in the log");
        downIndex.GetProperty("lagMilliseconds").GetInt64().Should().BePositive();
        if (served == servedBefore)
        {
            // The replica read the new version before the stop but not its changes: it knows it is behind.
            downIndex.GetProperty("storeVersion").GetInt64().Should().BeGreaterThanOrEqualTo(served);
        }

        await server.ResumeAsync();
        var clock = Stopwatch.StartNew();
        var back = await WaitForHealthAsync(replica,
            h => h.GetProperty("status").GetString() == "ok" && h.GetProperty("index").GetProperty("version").GetInt64() == written,
            "the replica did not catch up after the server came back");
        output.WriteLine($"caught up {clock.ElapsedMilliseconds} ms after the server answered again: {back}");

        var backIndex = back.GetProperty("index");
        (backIndex.GetProperty("entities").GetInt32(), backIndex.GetProperty("relations").GetInt32()).Should().Be((entities + Added, relations + Added - 1));
        (backIndex.GetProperty("versionsBehind").GetInt64(), backIndex.GetProperty("refreshFailing").GetBoolean()).Should().Be((0, false));
        var routes = await replica.PostAsync("""
            { paths(from: {ids: ["org/fault-0"]}, to: {ids: ["org/fault-3"]}, options: {maxHops: 3}) { edges { node { entities { id } } } } }
            """);
        routes.GetProperty("data").GetProperty("paths").GetProperty("edges").EnumerateArray()
            .Select(e => string.Join(">", e.GetProperty("node").GetProperty("entities").EnumerateArray().Select(x => x.GetProperty("id").GetString())))
            .Should().Equal("org/fault-0>org/fault-1>org/fault-2>org/fault-3");
    }

    /// <summary>Entities org/fault-0 … org/fault-399, each supplying the next, on one article of their own.</summary>
    private static ImportBatch Chain()
    {
        var article = new Article("fault-article", "Fault", null, [], null, null, null, [], "alpha beta");
        var entities = Enumerable.Range(0, Added).Select(i => new Entity($"org/fault-{i}", $"Fault {i}", EntityKind.Organization, [])).ToList();
        var relations = Enumerable.Range(0, Added - 1)
            .Select(i => new Relation($"fault-{i}-supplies-{i + 1}", RelationType.Supplies, $"org/fault-{i}", $"org/fault-{i + 1}",
                RelationStatus.Reported, 0.8, [new Evidence("fault-article", "beta", 6, 10)]))
            .ToList();
        return new ImportBatch([article], entities, relations);
    }

    private static async Task<JsonElement> WaitForHealthAsync(ApiProcess api, Func<JsonElement, bool> done, string because)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var health = await api.HealthAsync();
            if (done(health))
            {
                return health;
            }

            deadline.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(90), $"{because}; last /health: {health}\n{api.Output}");
            await Task.Delay(100);
        }
    }
}
