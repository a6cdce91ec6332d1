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

    [Fact]
    public async Task A_large_first_import_citing_a_missing_article_is_rolled_back_naming_the_relation()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_directory.File("bulk-article.db"));
        var bad = Large.Relations[123] with { Evidence = [new Evidence("no-such-article", "chips", 0, 5)] };
        var broken = Large with { Relations = [.. Large.Relations.Where(r => r.Id != bad.Id), bad] };

        var apply = () => store.ApplyAsync(broken);

        var message = (await apply.Should().ThrowAsync<GraphStoreException>()).Which.Message;
        message.Should().Contain($"relation '{bad.Id}'").And.Contain("no-such-article").And.Contain("nothing from this batch was written");
        var stats = await store.GetStatsAsync();
        (stats.Relations, stats.Entities, stats.Articles).Should().Be((0, 0, 0));
    }

    [Fact]
    public async Task A_large_first_import_with_a_place_in_a_missing_place_is_rolled_back_naming_the_entity()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_directory.File("bulk-place.db"));
        var place = new Entity("place/atlantis", "Atlantis", EntityKind.Place, [], LocatedIn: "place/nowhere");
        var broken = Large with { Entities = [.. Large.Entities, place] };

        var apply = () => store.ApplyAsync(broken);

        (await apply.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should().Contain("place/atlantis").And.Contain("place/nowhere");
        (await store.GetStatsAsync()).Entities.Should().Be(0);
    }

    [Fact]
    public async Task After_a_large_first_import_foreign_keys_are_enforced_row_by_row_again()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_directory.File("bulk-then-small.db"));
        await store.ApplyAsync(Large);
        var dangling = Large.Relations[0] with { Id = "small-dangling", From = "org/nobody" };

        var apply = () => store.ApplyAsync(new ImportBatch([], [], [dangling]));

        (await apply.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should().Contain("small-dangling").And.Contain("FOREIGN KEY");
        (await store.GetStatsAsync()).Relations.Should().Be(Large.Relations.Count);
    }

    [Fact]
    public async Task A_large_first_import_stores_every_evidence_offset_and_reimports_as_unchanged()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_directory.File("bulk-roundtrip.db"));

        var first = await store.ApplyAsync(Large);
        var again = await store.ApplyAsync(Large);

        first.Inserted.Should().Be(Large.Articles.Count + Large.Entities.Count + Large.Relations.Count);
        again.Unchanged.Should().Be(first.Inserted);
        // Relation equality compares every evidence quote and offset.
        (await store.ReadAllAsync()).Relations.Should().Equal(Large.Relations.OrderBy(r => r.Id, StringComparer.Ordinal));
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
