using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Storage.Contract;

namespace Throughline.Storage.Sqlite.Tests;

/// <summary>
/// An IndexedGraph over a real SQLite file while a second store instance on the same file writes, as the CLI or a
/// second API process would: the index follows, incrementally, and answers as one built from scratch would.
/// </summary>
public sealed class IndexedGraphFreshnessTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string File => _directory.File("fresh.db");

    [Fact]
    public async Task Another_writers_commit_reaches_the_index_through_the_poll()
    {
        await using var writer = await SqliteGraphStore.OpenAsync(File);
        await writer.ApplyAsync(ContractGraph.Batch);
        await using var graph = await IndexedGraph.OpenAsync(await SqliteGraphStore.OpenAsync(File), null, TimeSpan.FromMilliseconds(20));
        var added = new Entity("org/delta", "Delta", EntityKind.Organization, []);

        await writer.ApplyAsync(new ImportBatch([], [added], []));
        var target = await writer.GetVersionAsync();
        for (var i = 0; i < 500 && graph.Version < target; i++)
        {
            await Task.Delay(20);
        }

        graph.Version.Should().Be(target);
        graph.Index.Find("org/delta").Should().BeGreaterThanOrEqualTo(0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task After_random_writes_by_another_instance_the_refreshed_index_answers_as_a_full_rebuild(int seed)
    {
        var random = new Random(seed);
        var initial = PathsRandomGraphs.Create(seed, entityCount: 12, relationCount: 30);
        await using var writer = await SqliteGraphStore.OpenAsync(File);
        await writer.ApplyAsync(new ImportBatch(initial.Articles, initial.Entities, initial.Relations));
        await using var graph = await IndexedGraph.OpenAsync(await SqliteGraphStore.OpenAsync(File), null, Timeout.InfiniteTimeSpan);

        for (var step = 0; step < 6; step++)
        {
            await writer.ApplyAsync(RandomWrites(random, await writer.ReadAllAsync(), step));
            await graph.RefreshAsync();

            graph.Version.Should().Be(await writer.GetVersionAsync());
            await using var rebuilt = await IndexedGraph.OpenAsync(await SqliteGraphStore.OpenAsync(File), null, Timeout.InfiniteTimeSpan);
            await SameAnswersAsync(graph, rebuilt, await writer.ReadAllAsync(), random);
        }
    }

    [Fact]
    public async Task A_write_too_large_for_the_change_log_is_picked_up_by_reading_everything_again()
    {
        await using var writer = await SqliteGraphStore.OpenAsync(File);
        await writer.ApplyAsync(ContractGraph.Batch);
        await using var graph = await IndexedGraph.OpenAsync(await SqliteGraphStore.OpenAsync(File), null, Timeout.InfiniteTimeSpan);
        var many = Enumerable.Range(0, ChangeLog.MaxLoggedRecords + 1)
            .Select(i => new Entity($"org/bulk-{i:D6}", $"Bulk {i}", EntityKind.Organization, []))
            .ToList();

        await writer.ApplyAsync(new ImportBatch([], many, [ContractGraph.Relation("acme-supplies-beta") with { To = "org/bulk-000007" }]));
        await graph.RefreshAsync();

        graph.Version.Should().Be(await writer.GetVersionAsync());
        graph.Index.EntityCount.Should().Be(ContractGraph.Entities.Count + many.Count);
        var paths = await graph.FindPathsAsync(new PathQuery(
            new EntitySelector(Ids: ["org/acme"]), new EntitySelector(Ids: ["org/bulk-000007"]), new PathOptions(MaxHops: 1)));
        paths.Edges.Should().ContainSingle();
    }

    [Fact]
    public async Task A_view_keeps_answering_from_its_version_while_another_instance_denies_a_relation()
    {
        await using var writer = await SqliteGraphStore.OpenAsync(File);
        await writer.ApplyAsync(ContractGraph.Batch);
        await using var graph = await IndexedGraph.OpenAsync(await SqliteGraphStore.OpenAsync(File), null, Timeout.InfiniteTimeSpan);
        var query = new PathQuery(new EntitySelector(Ids: ["org/acme"]), new EntitySelector(Ids: ["org/beta"]), new PathOptions(MaxHops: 1));
        var supplies = ContractGraph.Relation("acme-supplies-beta");
        await using var before = await graph.OpenViewAsync();

        await writer.ApplyAsync(new ImportBatch([], [], [supplies with { Status = RelationStatus.Denied, Confidence = 0.2 }]));
        await using var after = await graph.OpenViewAsync();

        before.Consistent.Should().BeTrue();
        (await before.FindPathsAsync(query)).Edges.Should().ContainSingle().Which.Path.Hops.Single().RelationIds.Should().Equal(supplies.Id);
        (await before.Store.GetRelationAsync(supplies.Id))!.Status.Should().Be(RelationStatus.Reported);
        after.Version.Should().BeGreaterThan(before.Version);
        (await after.FindPathsAsync(query)).Edges.Should().BeEmpty();
        (await after.Store.GetRelationAsync(supplies.Id))!.Status.Should().Be(RelationStatus.Denied);
        graph.Version.Should().Be(after.Version, "opening a view brings the index up to the store without waiting for the poll");
    }

    public void Dispose() => _directory.Dispose();

    /// <summary>Edits of existing relations, new relations, and now and then a new entity with a relation to it.</summary>
    private static ImportBatch RandomWrites(Random random, GraphSnapshot current, int step)
    {
        var entities = new List<Entity>();
        var relations = new List<Relation>();
        for (var i = 0; i < random.Next(1, 5); i++)
        {
            var existing = current.Relations[random.Next(current.Relations.Count)];
            relations.Add(existing with { Status = (RelationStatus)random.Next(5), Confidence = random.Next(1, 10) / 10.0 });
        }

        var template = current.Relations[random.Next(current.Relations.Count)];
        var from = current.Entities[random.Next(current.Entities.Count)].Id;
        var to = current.Entities[random.Next(current.Entities.Count)].Id;
        relations.Add(template with { Id = $"new-{step}", From = from, To = to });
        if (step % 2 == 0)
        {
            var entity = new Entity($"org/added-{step}", $"Added {step}", EntityKind.Organization, []);
            entities.Add(entity);
            relations.Add(template with { Id = $"new-{step}-to-added", From = from, To = entity.Id });
        }

        return new ImportBatch([], entities, relations);
    }

    private static async Task SameAnswersAsync(IPathQueries incremental, IPathQueries rebuilt, GraphSnapshot graph, Random random)
    {
        for (var q = 0; q < 20; q++)
        {
            var query = new PathQuery(
                PathsRandomGraphs.RandomSelector(random, graph), PathsRandomGraphs.RandomSelector(random, graph),
                PathsRandomGraphs.RandomOptions(random), First: 50);
            (await incremental.FindPathsAsync(query)).Should().BeEquivalentTo(await rebuilt.FindPathsAsync(query), o => o.WithStrictOrdering());
        }

        foreach (var entity in graph.Entities)
        {
            var query = new NeighbourhoodQuery(entity.Id, 2, PathsRandomGraphs.RandomOptions(random) with { MaxHops = 6 });
            (await incremental.GetNeighbourhoodAsync(query)).Should().BeEquivalentTo(await rebuilt.GetNeighbourhoodAsync(query));
        }
    }
}
