using Microsoft.Data.Sqlite;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite.Tests;

/// <summary>A large first import drops and rebuilds the secondary indexes; the result must be indistinguishable.</summary>
public sealed class SqliteBulkLoadTests : IDisposable
{
    private static readonly ImportBatch Large = LargeBatch(BulkLoad.Threshold + 10);
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_large_first_import_ends_with_every_index_in_place_and_answers_queries()
    {
        var path = _directory.File("bulk.db");
        var before = Indexes(path, create: true);
        await using var store = await SqliteGraphStore.OpenAsync(path);

        await store.ApplyAsync(Large);

        Indexes(path).Should().BeEquivalentTo(Indexes(_directory.File("fresh.db"), create: true));
        var expected = Large.Relations.Where(r => r.From == "org/e-00007").Select(r => r.Id).Order(StringComparer.Ordinal);
        (await store.GetRelationsOfAsync("org/e-00007", Direction.Outgoing, null, int.MaxValue)).Select(r => r.Id).Should().Equal(expected);
        (await store.GetRelationsCitingAsync("a")).Should().HaveCount(Large.Relations.Count);
        before.Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_large_first_import_that_fails_restores_the_indexes_and_writes_nothing()
    {
        var path = _directory.File("bulk-fail.db");
        await using var store = await SqliteGraphStore.OpenAsync(path);
        var indexes = Indexes(path);
        var broken = Large with { Relations = [.. Large.Relations, Large.Relations[0] with { Id = "zz-last", To = "org/nobody" }] };

        var apply = () => store.ApplyAsync(broken);

        (await apply.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should().Contain("zz-last");
        Indexes(path).Should().BeEquivalentTo(indexes);
        (await store.GetStatsAsync()).Relations.Should().Be(0);
    }

    private static ImportBatch LargeBatch(int relations)
    {
        var article = new Article("a", "A", null, [], null, null, null, [], "chips were sold");
        var entities = Enumerable.Range(0, 100).Select(i => new Entity($"org/e-{i:D5}", $"E {i}", EntityKind.Organization, [])).ToList();
        var random = new Random(7);
        var list = Enumerable.Range(0, relations)
            .Select(i => new Relation($"r-{random.Next():x8}-{i}", RelationType.Supplies, entities[random.Next(100)].Id,
                entities[random.Next(100)].Id, RelationStatus.Reported, 0.8, [new Evidence("a", "chips", 0, 5)]))
            .ToList();
        return new ImportBatch([article], entities, list);
    }

    private static List<string> Indexes(string path, bool create = false)
    {
        if (create)
        {
            SqliteGraphStore.OpenAsync(path).GetAwaiter().GetResult().DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
        using var reader = command.ExecuteReader();
        var indexes = new List<string>();
        while (reader.Read())
        {
            indexes.Add(reader.GetString(0));
        }

        return indexes;
    }
}
