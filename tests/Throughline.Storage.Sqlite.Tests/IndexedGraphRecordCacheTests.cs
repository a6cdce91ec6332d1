using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.Storage.Contract;

namespace Throughline.Storage.Sqlite.Tests;

/// <summary>
/// The records a view reads by id are shared with the later views of the graph (<see cref="RecordCache"/>), and never
/// outlive a change: a view always reads what the store holds at its own version, whoever wrote since.
/// </summary>
public sealed class IndexedGraphRecordCacheTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string File => _directory.File("cache.db");

    [Fact]
    public async Task A_record_another_instance_changes_is_read_anew_while_the_untouched_ones_are_shared()
    {
        await using var writer = await SqliteGraphStore.OpenAsync(File);
        await writer.ApplyAsync(ContractGraph.Batch);
        await using var graph = await IndexedGraph.OpenAsync(await SqliteGraphStore.OpenAsync(File), null, Timeout.InfiniteTimeSpan);
        var supplies = ContractGraph.Relation("acme-supplies-beta");
        var untouched = ContractGraph.Relation("ventures-invested-in-beta");

        await using var before = await graph.OpenViewAsync();
        var first = await before.Store.GetRelationsAsync([supplies.Id, untouched.Id]);
        var acme = await before.Store.GetEntityAsync("org/acme");
        await using (var again = await graph.OpenViewAsync())
        {
            (await again.Store.GetRelationAsync(untouched.Id)).Should().BeSameAs(first.Single(r => r.Id == untouched.Id), "the same version shares its records");
        }

        await writer.ApplyAsync(new ImportBatch(
            [], [ContractGraph.Entities[0] with { Name = "Acme Renamed" }], [supplies with { Status = RelationStatus.Denied, Confidence = 0.2 }]));
        await using var after = await graph.OpenViewAsync();

        after.Version.Should().BeGreaterThan(before.Version);
        (await after.Store.GetRelationAsync(supplies.Id))!.Status.Should().Be(RelationStatus.Denied);
        (await after.Store.GetEntityAsync("org/acme"))!.Name.Should().Be("Acme Renamed");
        (await after.Store.GetRelationAsync(untouched.Id)).Should().BeSameAs(first.Single(r => r.Id == untouched.Id), "a record no write touched is taken over");
        (await before.Store.GetRelationAsync(supplies.Id))!.Status.Should().Be(RelationStatus.Reported, "the older view still reads its own version");
        (await before.Store.GetEntityAsync("org/acme")).Should().BeSameAs(acme);
    }

    [Fact]
    public async Task A_write_through_the_graph_is_read_anew_by_the_next_view()
    {
        await using var graph = await IndexedGraph.OpenAsync(await SqliteGraphStore.OpenAsync(File), null, Timeout.InfiniteTimeSpan);
        await graph.ApplyAsync(ContractGraph.Batch);
        var supplies = ContractGraph.Relation("acme-supplies-beta");
        await using (var view = await graph.OpenViewAsync())
        {
            (await view.Store.GetRelationAsync(supplies.Id))!.Product.Should().Be("chips");
            (await view.Store.GetArticlesAsync([ContractGraph.Extra.Id])).Single().Text.Should().Be("Nothing to see.");
        }

        await graph.ApplyAsync(new ImportBatch([ContractGraph.Extra with { Text = "Something after all." }], [], [supplies with { Product = "cameras" }]));
        await using var next = await graph.OpenViewAsync();

        (await next.Store.GetRelationAsync(supplies.Id))!.Product.Should().Be("cameras");
        (await next.Store.GetArticlesAsync([ContractGraph.Extra.Id])).Single().Text.Should().Be("Something after all.");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task After_random_writes_every_record_a_view_reads_is_the_stores_at_its_version(int seed)
    {
        var random = new Random(seed);
        var initial = PathsRandomGraphs.Create(seed, entityCount: 12, relationCount: 30);
        await using var writer = await SqliteGraphStore.OpenAsync(File);
        await writer.ApplyAsync(new ImportBatch(initial.Articles, initial.Entities, initial.Relations));
        await using var graph = await IndexedGraph.OpenAsync(await SqliteGraphStore.OpenAsync(File), null, Timeout.InfiniteTimeSpan);

        for (var step = 0; step < 8; step++)
        {
            var stored = await writer.ReadAllAsync();
            await using (var view = await graph.OpenViewAsync())
            {
                // Twice: the first read fills the cache (partly, in random halves), the second answers from it.
                for (var pass = 0; pass < 2; pass++)
                {
                    var relationIds = stored.Relations.Select(r => r.Id).Where(_ => pass == 1 || random.Next(2) == 0).ToList();
                    var entityIds = stored.Entities.Select(e => e.Id).Where(_ => pass == 1 || random.Next(2) == 0).ToList();
                    (await view.Store.GetRelationsAsync(relationIds)).Should().BeEquivalentTo(stored.Relations.Where(r => relationIds.Contains(r.Id)));
                    (await view.Store.GetEntitiesAsync(entityIds)).Should().BeEquivalentTo(stored.Entities.Where(e => entityIds.Contains(e.Id)));
                }
            }

            var relation = stored.Relations[random.Next(stored.Relations.Count)];
            var entity = stored.Entities[random.Next(stored.Entities.Count)];
            var batch = new ImportBatch(
                [],
                [entity with { Name = $"{entity.Name} ({step})" }],
                [relation with { Status = (RelationStatus)random.Next(5), Confidence = random.Next(1, 10) / 10.0, Note = $"step {step}" }]);
            if (random.Next(2) == 0)
            {
                await writer.ApplyAsync(batch);
            }
            else
            {
                await graph.ApplyAsync(batch);
            }
        }
    }

    public void Dispose() => _directory.Dispose();
}
