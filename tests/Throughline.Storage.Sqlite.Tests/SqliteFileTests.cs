using Microsoft.Data.Sqlite;
using Throughline.Core.Storage;
using Throughline.Storage.Contract;

namespace Throughline.Storage.Sqlite.Tests;

/// <summary>What only a file-backed store has: WAL, migrations, foreign files, persistence.</summary>
public sealed class SqliteFileTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_new_database_uses_WAL_and_records_every_migration()
    {
        var path = _directory.File("new.db");
        await using (await SqliteGraphStore.OpenAsync(path))
        {
        }

        RawSqlite.Scalar(path, "PRAGMA journal_mode").Should().Be("wal");
        RawSqlite.Scalar(path, "SELECT group_concat(version) FROM (SELECT version FROM schema_version ORDER BY version)")
            .Should().Be(string.Join(',', Migrator.Migrations.Select(m => m.Version)));
        Migrator.Migrations.Should().NotBeEmpty().And.OnlyHaveUniqueItems(m => m.Version);
    }

    [Fact]
    public async Task A_new_database_gets_the_large_page_size_and_an_existing_one_keeps_its_own()
    {
        var fresh = _directory.File("fresh-pages.db");
        var existing = _directory.File("existing-pages.db");
        using (var connection = new SqliteConnection($"Data Source={existing};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_size = 4096; CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)";
            command.ExecuteNonQuery();
        }

        await using (var store = await SqliteGraphStore.OpenAsync(fresh))
        {
            await store.ApplyAsync(ContractGraph.Batch);
        }

        await using (var store = await SqliteGraphStore.OpenAsync(existing))
        {
            await store.ApplyAsync(ContractGraph.Batch);
            (await store.ReadAllAsync()).Relations.Should().BeEquivalentTo(ContractGraph.Relations);
        }

        RawSqlite.Scalar(fresh, "PRAGMA page_size").Should().Be("16384");
        RawSqlite.Scalar(existing, "PRAGMA page_size").Should().Be("4096");
    }

    [Fact]
    public async Task Foreign_keys_are_enforced_on_store_connections()
    {
        var path = _directory.File("fk.db");
        await using var store = await SqliteGraphStore.OpenAsync(path);
        var relation = ContractGraph.Relation("acme-supplies-beta");

        var apply = () => store.ApplyAsync(new ImportBatch([], [], [relation]));

        (await apply.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should().Contain("FOREIGN KEY");
    }

    [Fact]
    public async Task Reopening_applies_no_migration_twice_and_keeps_the_data()
    {
        var path = _directory.File("reopen.db");
        await using (var store = await SqliteGraphStore.OpenAsync(path))
        {
            await store.ApplyAsync(ContractGraph.Batch);
        }

        await using var reopened = await SqliteGraphStore.OpenAsync(path);
        var snapshot = await reopened.ReadAllAsync();

        snapshot.Relations.Should().BeEquivalentTo(ContractGraph.Relations);
        snapshot.Entities.Should().BeEquivalentTo(ContractGraph.Entities);
        RawSqlite.Scalar(path, "SELECT count(*) FROM schema_version").Should().Be(Migrator.Migrations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_refused_untouched()
    {
        var path = _directory.File("newer.db");
        await using (var store = await SqliteGraphStore.OpenAsync(path))
        {
            await store.ApplyAsync(ContractGraph.Batch);
        }

        var future = Migrator.LatestVersion + 1;
        RawSqlite.Execute(path, $"INSERT INTO schema_version (version, applied_at) VALUES ({future}, 'later')");

        var open = () => SqliteGraphStore.OpenAsync(path);

        var error = (await open.Should().ThrowAsync<GraphStoreException>()).Which;
        error.Message.Should().Contain(path).And.Contain($"schema version {future}");
        RawSqlite.Scalar(path, "SELECT count(*) FROM relations").Should().Be(ContractGraph.Relations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_corrupt_file_gives_an_error_naming_it_and_is_not_overwritten()
    {
        var path = _directory.File("corrupt.db");
        var garbage = Enumerable.Range(0, 8192).Select(i => (byte)(i * 31 % 251)).ToArray();
        await File.WriteAllBytesAsync(path, garbage);

        var open = () => SqliteGraphStore.OpenAsync(path);

        (await open.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should().Contain(path).And.Contain("not a readable SQLite database");
        (await File.ReadAllBytesAsync(path)).Should().Equal(garbage);
    }

    [Fact]
    public async Task Another_applications_SQLite_database_is_refused_untouched()
    {
        var path = _directory.File("other.db");
        RawSqlite.Execute(path, "CREATE TABLE customers (id INTEGER PRIMARY KEY)");

        var open = () => SqliteGraphStore.OpenAsync(path);

        (await open.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should().Contain("not a Throughline store");
        RawSqlite.Scalar(path, "SELECT count(*) FROM sqlite_master WHERE name = 'entities'").Should().Be("0");
    }

    [Fact]
    public async Task Opening_creates_missing_parent_directories()
    {
        var path = Path.Combine(_directory.Path, "data", "nested", "store.db");

        await using var store = await SqliteGraphStore.OpenAsync(path);

        File.Exists(path).Should().BeTrue();
    }

    [Fact]
    public async Task Cancelling_an_import_writes_nothing()
    {
        var path = _directory.File("cancel.db");
        await using var store = await SqliteGraphStore.OpenAsync(path);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var apply = () => store.ApplyAsync(ContractGraph.Batch, cancellation.Token);

        await apply.Should().ThrowAsync<OperationCanceledException>();
        (await store.GetStatsAsync()).Entities.Should().Be(0);
    }

    [Fact]
    public async Task A_place_located_in_an_entity_that_is_not_stored_is_rejected_at_commit()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_directory.File("deferred.db"));
        var town = new Core.Model.Entity("place/town", "Town", Core.Model.EntityKind.Place, [], LocatedIn: "place/atlantis");

        var apply = () => store.ApplyAsync(new ImportBatch([], [town], []));

        (await apply.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should().Contain("locatedIn");
        (await store.GetEntityAsync("place/town")).Should().BeNull();
    }
}
