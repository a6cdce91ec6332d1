using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j.Tests.Support;

namespace Throughline.Storage.Neo4j.Tests.Store;

/// <summary>The seed graph in Neo4j reads back exactly as imported and as the embedded store reads it.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class SeedGraphTests
{
    [Neo4jFact]
    public async Task Seed_graph_reads_back_exactly_as_imported()
    {
        var batch = SeedGraph.Cached;
        await using var store = await TestServer.OpenEmptyAsync();

        var result = await store.ApplyAsync(batch);
        var snapshot = await store.ReadAllAsync();

        result.Should().Be(new ImportResult(batch.Articles.Count + batch.Entities.Count + batch.Relations.Count, 0, 0));
        snapshot.Entities.Should().Equal(batch.Entities.OrderBy(e => e.Id, StringComparer.Ordinal));
        snapshot.Articles.Should().Equal(batch.Articles.OrderBy(a => a.Id, StringComparer.Ordinal));
        snapshot.Relations.Should().Equal(batch.Relations.OrderBy(r => r.Id, StringComparer.Ordinal));
    }

    [Neo4jFact]
    public async Task Importing_the_same_batch_again_changes_nothing()
    {
        var batch = SeedGraph.Cached;
        await using var store = await TestServer.OpenEmptyAsync();
        await store.ApplyAsync(batch);

        var again = await store.ApplyAsync(batch);

        again.Should().Be(new ImportResult(0, 0, batch.Articles.Count + batch.Entities.Count + batch.Relations.Count));
    }

    [Neo4jFact]
    public async Task Reads_equal_the_embedded_store_on_the_seed_graph()
    {
        var batch = SeedGraph.Cached;
        await using var store = await TestServer.OpenEmptyAsync();
        await store.ApplyAsync(batch);
        await using var embedded = await EmbeddedGraph.OpenAsync(batch);
        var reference = embedded.Graph;

        (await store.GetStatsAsync()).Should().BeEquivalentTo(await reference.GetStatsAsync());
        foreach (var text in new string?[] { null, "intel", "HIK", "xinjiang", "  Tech ", "zzz", "a" })
        {
            foreach (var kinds in new EntityKind[]?[] { null, [EntityKind.Organization], [EntityKind.Place, EntityKind.Project] })
            {
                var search = new EntitySearch(text, kinds, Limit: 7, Offset: 2);
                // The answer, not how each store found it (EntityPage.Scanned: SQLite's trigram index, Neo4j's scan).
                var (found, expected) = (await store.SearchEntitiesAsync(search), await reference.SearchEntitiesAsync(search));
                found.Items.Should().BeEquivalentTo(expected.Items, o => o.WithStrictOrdering(), $"search {text} {kinds?.Length}");
                found.TotalCount.Should().Be(expected.TotalCount, $"search {text} {kinds?.Length}");
            }
        }

        foreach (var entity in batch.Entities.Take(40))
        {
            foreach (var direction in Enum.GetValues<Core.Paths.Direction>())
            {
                (await store.GetRelationsOfAsync(entity.Id, direction, null, 5)).Should().Equal(
                    await reference.GetRelationsOfAsync(entity.Id, direction, null, 5), $"relations of {entity.Id} {direction}");
            }

            (await store.GetRelationsOfAsync(entity.Id, Core.Paths.Direction.Any, [RelationType.Supplies, RelationType.Owns], 100)).Should().Equal(
                await reference.GetRelationsOfAsync(entity.Id, Core.Paths.Direction.Any, [RelationType.Supplies, RelationType.Owns], 100));
        }

        foreach (var article in batch.Articles)
        {
            (await store.GetRelationsCitingAsync(article.Id)).Should().Equal(await reference.GetRelationsCitingAsync(article.Id), article.Id);
        }

        (await store.ListArticlesAsync(3, null)).Should().BeEquivalentTo(await reference.ListArticlesAsync(3, null), o => o.WithStrictOrdering());
        var second = (await reference.ListArticlesAsync(3, null)).Items[^1].Id;
        (await store.ListArticlesAsync(3, second)).Should().BeEquivalentTo(await reference.ListArticlesAsync(3, second), o => o.WithStrictOrdering());
        var ids = batch.Relations.Select(r => r.Id).Where((_, i) => i % 3 == 0).Append("no-such-relation").ToList();
        (await store.GetRelationsAsync(ids)).OrderBy(r => r.Id, StringComparer.Ordinal).Should().Equal(
            (await reference.GetRelationsAsync(ids)).OrderBy(r => r.Id, StringComparer.Ordinal));
    }
}
