using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j.Http;
using Throughline.Storage.Neo4j.Tests.Support;

namespace Throughline.Storage.Neo4j.Tests.Store;

/// <summary>
/// The change feed's index part (GetIndexChangesSinceAsync, what a replica reads: the claims' fact copies, no evidence)
/// says what the record feed's records say of every relation, also for claims written before the copies existed (read
/// whole then), and a replica catching up through it holds the index a build from the records gives.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class IndexFeedTests
{
    [Neo4jFact]
    public async Task The_index_feed_gives_each_relation_the_row_its_record_gives()
    {
        await using var store = await TestServer.OpenEmptyAsync();
        var seed = SeedGraph.Cached;
        await store.ApplyAsync(seed);
        var first = await store.GetVersionAsync();
        // An update after the first write: the feed must give the relation as it is now, contested and denied.
        var changed = seed.Relations.First(r => r.Evidence.Count > 1) is var r0
            ? r0 with { Status = RelationStatus.Denied, Confidence = 0.2, Evidence = [.. r0.Evidence, r0.Evidence[0] with { Stance = EvidenceStance.Denies }] }
            : throw new InvalidOperationException("the seed graph has no relation with two evidence items");
        await store.ApplyAsync(new ImportBatch([], [], [changed]));

        await ExpectSameAsync(store, 0, seed.Relations.Count);
        await ExpectSameAsync(store, first, 1);
        (await store.GetIndexChangesSinceAsync(first))!.Relations.Single().Should().Be(RelationRow.Of(changed));
    }

    [Neo4jFact]
    public async Task Claims_without_fact_copies_are_read_whole_and_give_the_same_rows()
    {
        await using var store = await TestServer.OpenEmptyAsync();
        var seed = SeedGraph.Cached;
        await store.ApplyAsync(seed);
        await using var replica = await IndexedGraph.OpenAsync(await Neo4jGraphStore.OpenAsync(TestServer.Options), null, Timeout.InfiniteTimeSpan);
        var more = seed.Relations.Take(5).Select(r => r with { Id = r.Id + "-again" }).ToList();
        await store.ApplyAsync(new ImportBatch([], [], more));
        // As a database written before the copies existed: every claim without them.
        using (var client = new Neo4jClient(TestServer.Options))
        {
            var removed = await client.RunAsync(new CypherStatement(
                "test: claims as written before their fact copies",
                "MATCH (c:Claim) REMOVE c.factStatus, c.factConfidence, c.factValidFromDay, c.factValidToDay, c.factSources, c.factContested RETURN count(c) AS n",
                new Dictionary<string, object?>()));
            removed.Rows[0][0].GetInt64().Should().Be(seed.Relations.Count + more.Count);
        }

        await ExpectSameAsync(store, 0, seed.Relations.Count + more.Count);
        (await replica.RefreshAsync()).Should().Be(await store.GetVersionAsync());
        replica.FullReloads.Should().Be(0, "the replica caught up from the feed");
        var expected = GraphIndex.Build(await store.ReadAllAsync());
        var served = replica.Index.Compact();
        RelationIds(served).Should().BeEquivalentTo(RelationIds(expected));
        RelationIds(served).Should().Contain(more.Select(r => r.Id));
        // The facts too: every path between the written relations' ends, with their flags, as the build from records gives.
        foreach (var relation in more)
        {
            var query = new PathQuery(new EntitySelector(Ids: [relation.From]), new EntitySelector(Ids: [relation.To]), new PathOptions(MaxHops: 2, IncludeDenied: true));
            var viaFeed = await replica.FindPathsAsync(query);
            var viaRecords = await new PathEngine(expected, new PathLimits()).FindPathsAsync(query);
            viaFeed.Should().BeEquivalentTo(viaRecords, o => o.WithStrictOrdering());
        }
    }

    private static IEnumerable<string> RelationIds(GraphIndex index) => Enumerable.Range(0, index.RelationCount).Select(index.RelationId);

    private static async Task ExpectSameAsync(Neo4jGraphStore store, long since, int count)
    {
        var records = await store.GetChangesSinceAsync(since);
        var rows = await store.GetIndexChangesSinceAsync(since);
        rows.Should().NotBeNull();
        rows!.Version.Should().Be(records!.Version);
        rows.Relations.Should().HaveCount(count);
        rows.Relations.Should().Equal(records.Changed.Relations.Select(RelationRow.Of));
        rows.Entities.Should().Equal(records.Changed.Entities);
        rows.ArticleIds.Should().BeEquivalentTo(records.Changed.Articles.Select(a => a.Id));
    }
}
