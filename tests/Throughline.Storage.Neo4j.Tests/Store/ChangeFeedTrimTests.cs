using Throughline.Core.Index;
using Throughline.Storage.Neo4j.Http;
using Throughline.Storage.Neo4j.Tests.Support;

namespace Throughline.Storage.Neo4j.Tests.Store;

/// <summary>
/// The change feed keeps its last <see cref="Neo4jOptions.ChangeFeedVersions"/> versions (trim-changes.cypher): a
/// replica behind the trimmed point reads everything again and lands on the store's graph; one within it still
/// catches up from the feed.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class ChangeFeedTrimTests
{
    private const int Keep = 3;

    [Neo4jFact]
    public async Task A_replica_behind_the_trimmed_feed_reloads_in_full_and_one_within_it_catches_up_from_the_feed()
    {
        await using var writer = await TestServer.OpenEmptyAsync(options: TestServer.Options with { ChangeFeedVersions = Keep });
        await writer.ApplyAsync(ChainWrites.Write(1));
        await using var behind = await IndexedGraph.OpenAsync(await Neo4jGraphStore.OpenAsync(TestServer.Options), null, Timeout.InfiniteTimeSpan);
        for (var k = 2; k <= 4; k++)
        {
            await writer.ApplyAsync(ChainWrites.Write(k));
        }

        await using var within = await IndexedGraph.OpenAsync(await Neo4jGraphStore.OpenAsync(TestServer.Options), null, Timeout.InfiniteTimeSpan);
        for (var k = 5; k <= 7; k++)
        {
            await writer.ApplyAsync(ChainWrites.Write(k));
        }

        (behind.Version, within.Version).Should().Be((1, 4));
        (await writer.GetVersionAsync()).Should().Be(7);
        (await writer.GetChangesSinceAsync(1)).Should().BeNull("versions 2 to 4 were trimmed: the feed no longer reaches back to 1");
        (await writer.GetChangesSinceAsync(4))!.Changed.Entities.Should().HaveCount(3 * ChainWrites.Chain, "versions 5 to 7 are kept");
        (await ChangesAtOrBelowAsync(writer.Options, 7 - Keep)).Should().Be(0, "the entries of trimmed versions are gone from the store");
        (await ChangesAtOrBelowAsync(writer.Options, 7)).Should().BeGreaterThan(0);

        (await behind.RefreshAsync(), await within.RefreshAsync()).Should().Be((7, 7));

        (behind.FullReloads, within.FullReloads).Should().Be((1, 0), "only the replica behind the trimmed point reads everything again");
        foreach (var replica in new[] { behind, within })
        {
            var (index, version) = replica.Served;
            (index.EntityCount, index.RelationCount).Should().Be(ChainWrites.Expected(version));
            index.Find("org/w7-39").Should().BeGreaterThanOrEqualTo(0);
        }
    }

    private static async Task<long> ChangesAtOrBelowAsync(Neo4jOptions options, long version)
    {
        using var client = new Neo4jClient(options);
        var result = await client.RunAsync(new CypherStatement(
            "test: change entries", "MATCH (c:Change) WHERE c.version <= $version RETURN count(c) AS n", new Dictionary<string, object?> { ["version"] = version }));
        return result.Rows[0][0].GetInt64();
    }
}
