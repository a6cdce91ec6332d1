using System.Security.Cryptography;
using Throughline.Core.Storage;
using Throughline.Core.Synthetic;
using Throughline.Storage.Contract;

namespace Throughline.Storage.Sqlite.Tests;

/// <summary>
/// Files the store must not work on, and must not change: a damaged store, another application's database, and a file
/// nobody may write (served read-only as it is). Every case compares the file's bytes before and after.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // file permission bits are how a file is made read-only here
public sealed class SqliteDamagedFileTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_store_damaged_in_the_middle_is_refused_by_name_and_left_as_it_is()
    {
        var path = _directory.File("damaged.db");
        await using (var store = await SqliteGraphStore.OpenAsync(path))
        {
            await store.ApplyAsync(Synthetic());
        }

        // 256 KiB of a repeating pattern over the middle of the file: b-tree pages that quick_check reads.
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.Position = file.Length / 2 / SqliteGraphStore.PageSize * SqliteGraphStore.PageSize;
            file.Write(Enumerable.Range(0, 256 * 1024).Select(i => (byte)(i * 7 % 253)).ToArray());
        }

        var before = Hash(path);

        var open = () => SqliteGraphStore.OpenAsync(path);

        var error = (await open.Should().ThrowAsync<GraphStoreException>()).Which;
        error.Message.Should().Contain(path).And.Contain("damaged").And.Contain("--db");
        Hash(path).Should().Be(before);
    }

    [Fact]
    public async Task Another_applications_database_keeps_its_journal_mode_and_its_bytes()
    {
        var path = _directory.File("foreign.db");
        RawSqlite.Execute(path, "CREATE TABLE customers (id INTEGER PRIMARY KEY); INSERT INTO customers VALUES (1)");
        var before = Hash(path);

        var open = () => SqliteGraphStore.OpenAsync(path);

        (await open.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should().Contain("not a Throughline store").And.Contain("untouched");
        Hash(path).Should().Be(before);
        RawSqlite.Scalar(path, "PRAGMA journal_mode").Should().Be("delete");
    }

    [Fact]
    public async Task A_store_nobody_may_write_serves_reads_and_refuses_writes_without_changing_the_file()
    {
        var path = _directory.File("read-only.db");
        await using (var store = await SqliteGraphStore.OpenAsync(path))
        {
            await store.ApplyAsync(ContractGraph.Batch);
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var before = Hash(path);

        await using (var store = await SqliteGraphStore.OpenAsync(path))
        {
            (await store.ReadAllAsync()).Relations.Should().BeEquivalentTo(ContractGraph.Relations);
            (await store.GetStatsAsync()).Relations.Should().Be(ContractGraph.Relations.Count);
            var write = () => store.ApplyAsync(new ImportBatch([], [ContractGraph.Entities[0] with { Name = "Renamed" }], []));
            (await write.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should().Contain(path).And.Contain("read-only");
        }

        Hash(path).Should().Be(before);
    }

    [Fact]
    public async Task A_read_only_store_that_needs_a_migration_is_refused_with_what_to_do()
    {
        var path = _directory.File("old-read-only.db");
        await using (await SqliteGraphStore.OpenAsync(path))
        {
        }

        RawSqlite.Execute(path, $"DELETE FROM schema_version WHERE version = {Migrator.LatestVersion}");
        File.SetUnixFileMode(path, UnixFileMode.UserRead);
        var before = Hash(path);

        var open = () => SqliteGraphStore.OpenAsync(path);

        (await open.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should().Contain("read-only").And.Contain("chmod u+w");
        Hash(path).Should().Be(before);
    }

    private static ImportBatch Synthetic()
    {
        var graph = SyntheticGraph.Generate(new SyntheticGraphOptions(Entities: 3000, Relations: 12000, Seed: 7));
        return new ImportBatch(graph.Articles, graph.Entities, graph.Relations);
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
