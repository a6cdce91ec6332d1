using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j.Tests.Support;

namespace Throughline.Storage.Neo4j.Tests.Paths;

/// <summary>The Cypher work bound: at most PathRowLimit candidate sequences are read, and the page says it was truncated.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class WorkBoundTests
{
    [Neo4jFact]
    public async Task A_query_with_more_candidates_than_the_row_limit_is_truncated_and_counts_what_it_read()
    {
        // A fan: the hub supplies ten customers, each of which supplies the target, so there are ten two-hop routes.
        var article = new Article("fan", "Fan", null, [], null, null, null, [], "alpha beta");
        var customers = Enumerable.Range(0, 10).Select(i => new Entity($"org/c{i}", $"C{i}", EntityKind.Organization, [])).ToList();
        Entity[] ends = [new("org/hub", "Hub", EntityKind.Organization, []), new("gov/target", "Target", EntityKind.GovernmentBody, [])];
        var relations = customers.SelectMany(c => new[]
        {
            new Relation($"hub-{c.Id[4..]}", RelationType.Supplies, "org/hub", c.Id, RelationStatus.Reported, 0.8, [new Evidence("fan", "beta", 6, 10)]),
            new Relation($"{c.Id[4..]}-target", RelationType.Supplies, c.Id, "gov/target", RelationStatus.Reported, 0.8, [new Evidence("fan", "beta", 6, 10)]),
        }).ToList();
        await using (var loader = await TestServer.OpenEmptyAsync())
        {
            await loader.ApplyAsync(new ImportBatch([article], [.. ends, .. customers], relations));
        }

        await using var bounded = await Neo4jGraphStore.OpenAsync(TestServer.Options with { PathRowLimit = 4 });
        var query = new PathQuery(new EntitySelector(Ids: ["org/hub"]), new EntitySelector(Ids: ["gov/target"]), new PathOptions(MaxHops: 2));

        var page = await bounded.FindPathsAsync(query);
        await using var unbounded = await Neo4jGraphStore.OpenAsync(TestServer.Options);
        var full = await unbounded.FindPathsAsync(query);

        (page.Truncated, page.TotalCount).Should().Be((true, 4));
        (full.Truncated, full.TotalCount).Should().Be((false, 10));
    }
}
