using System.Text.Json;
using Microsoft.Data.Sqlite;
using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Core.Synthetic;

namespace Throughline.Storage.Sqlite.Tests;

/// <summary>
/// The saved index image (schema 7): the index opened from it answers as the index built from the rows; a write by
/// another connection or process makes it stale, and a stale image is never opened; a damaged image is rebuilt from the
/// rows (and saved again), not a crash; a file without the table (schema 6) gains it.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // one test makes the file read-only by its permission bits
public sealed class SqliteIndexImageTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task The_second_open_reads_the_image_and_answers_as_the_index_built_from_the_rows()
    {
        var (path, graph) = await Imported("image.db");

        await using var first = await Open(path);
        var fromRows = first.Index;
        first.LoadedFromImage.Should().BeFalse("nothing was saved before the first open");
        RawSqlite.Scalar(path, "SELECT count(*) FROM index_image").Should().Be(IndexImage.PartCount.ToString(System.Globalization.CultureInfo.InvariantCulture), "the first open saved its image");
        await using var second = await Open(path);

        second.LoadedFromImage.Should().BeTrue();
        second.Version.Should().Be(first.Version);
        await ShouldAnswerAlike(second.Index, fromRows, graph);
    }

    [Fact]
    public async Task A_write_through_another_connection_makes_the_image_stale_and_the_next_open_reads_the_rows()
    {
        var (path, graph) = await Imported("stale.db");
        await using (await Open(path))
        {
        }

        var late = new Entity("org/late-comer", "Late Comer", EntityKind.Organization, []);
        var link = new Relation("late-link", RelationType.Supplies, "org/late-comer", graph.Entities[0].Id, RelationStatus.Reported, 0.9, []);
        // A store instance of its own: its own connections, as another process would have.
        await using (var other = await SqliteGraphStore.OpenAsync(path))
        {
            await other.ApplyAsync(new ImportBatch([], [late], [link]));
            (await other.ReadIndexImageAsync()).Should().BeNull("the saved image is of the version before this write");
        }

        await using var reopened = await Open(path);

        reopened.LoadedFromImage.Should().BeFalse();
        reopened.Index.Find("org/late-comer").Should().BeGreaterThanOrEqualTo(0);
        reopened.Index.RelationCount.Should().Be(graph.Relations.Count + 1);
        await using var again = await Open(path);
        again.LoadedFromImage.Should().BeTrue("the rebuild saved an image of the new version");
        again.Index.RelationCount.Should().Be(graph.Relations.Count + 1);
    }

    [Fact]
    public async Task A_version_bumped_behind_the_stores_back_makes_the_image_stale()
    {
        var (path, _) = await Imported("bumped.db");
        await using (await Open(path))
        {
        }

        // What any writer does when it commits a change (an older build, a script): the image's version no longer matches.
        var first = RawSqlite.Scalar(path, "SELECT id FROM entities ORDER BY id LIMIT 1")!;
        var kind = (EntityKind)int.Parse(RawSqlite.Scalar(path, $"SELECT kind FROM entities WHERE id = '{first}'")!, System.Globalization.CultureInfo.InvariantCulture);
        var other = kind == EntityKind.Event ? EntityKind.Product : EntityKind.Event;
        RawSqlite.Execute(path, $"UPDATE entities SET kind = {(int)other} WHERE id = '{first}'; UPDATE store_version SET version = version + 1");

        await using var reopened = await Open(path);

        reopened.LoadedFromImage.Should().BeFalse();
        reopened.Index.Kind(reopened.Index.Find(first)).Should().Be(other);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(12)]
    [InlineData(18)]
    public async Task A_damaged_image_is_rebuilt_from_the_rows_and_saved_again(int part)
    {
        var (path, graph) = await Imported($"damaged-{part}.db");
        GraphIndex fromRows;
        await using (var first = await Open(path))
        {
            fromRows = first.Index;
        }

        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT data FROM index_image WHERE part = $part";
            command.Parameters.AddWithValue("$part", part);
            var data = (byte[])command.ExecuteScalar()!;
            data[data.Length / 3] ^= 0x41;
            command.CommandText = "UPDATE index_image SET data = $data WHERE part = $part";
            command.Parameters.AddWithValue("$data", data);
            command.ExecuteNonQuery().Should().Be(1);
        }

        await using (var damaged = await Open(path))
        {
            damaged.LoadedFromImage.Should().BeFalse();
            await ShouldAnswerAlike(damaged.Index, fromRows, graph);
        }

        await using var repaired = await Open(path);
        repaired.LoadedFromImage.Should().BeTrue("the rebuild replaced the damaged image");
        await ShouldAnswerAlike(repaired.Index, fromRows, graph);
    }

    [Fact]
    public async Task A_read_only_file_opens_from_the_rows_without_saving_and_without_error()
    {
        var (path, graph) = await Imported("read-only.db");
        await using (var writable = await SqliteGraphStore.OpenAsync(path))
        {
            writable.CanSaveIndexImage.Should().BeTrue();
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead);
        await using (var store = await SqliteGraphStore.OpenAsync(path))
        {
            store.CanSaveIndexImage.Should().BeFalse("a file nobody may write is opened read-only, so no image is built for it");
        }

        await using var graphOnReadOnly = await Open(path);

        graphOnReadOnly.LoadedFromImage.Should().BeFalse();
        graphOnReadOnly.Index.RelationCount.Should().Be(graph.Relations.Count);
        RawSqlite.Scalar(path, "SELECT count(*) FROM index_image").Should().Be("0");
    }

    [Fact]
    public async Task A_save_while_another_connection_holds_the_write_lock_returns_false_and_writes_nothing()
    {
        var (path, _) = await Imported("locked.db");
        IndexImage image;
        await using (var graph = await Open(path))
        {
            image = graph.Index.ToImage(graph.Version);
        }

        RawSqlite.Execute(path, "DELETE FROM index_image");
        await using var store = await SqliteGraphStore.OpenAsync(path);
        using (var writer = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            writer.Open();
            using var begin = writer.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();

            (await store.SaveIndexImageAsync(image)).Should().BeFalse("another connection holds the write lock");
        }

        RawSqlite.Scalar(path, "SELECT count(*) FROM index_image").Should().Be("0");
        (await store.SaveIndexImageAsync(image)).Should().BeTrue("the lock was released with its connection");
        (await store.ReadIndexImageAsync()).Should().NotBeNull();
    }

    [Fact]
    public async Task A_schema_6_file_gains_the_image_table_and_keeps_its_rows()
    {
        var (path, graph) = await Imported("schema-6.db");
        RawSqlite.Execute(path, "DROP TABLE index_image; DELETE FROM schema_version WHERE version = 7");

        await using (var store = await SqliteGraphStore.OpenAsync(path))
        {
            (await store.ReadAllAsync()).Relations.Count.Should().Be(graph.Relations.Count);
        }

        RawSqlite.Scalar(path, "SELECT max(version) FROM schema_version").Should().Be("7");
        RawSqlite.Scalar(path, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'index_image'").Should().Be("1");
        await using var graphOnMigrated = await Open(path);
        graphOnMigrated.Index.RelationCount.Should().Be(graph.Relations.Count);
    }

    private async Task<(string Path, GraphSnapshot Graph)> Imported(string name)
    {
        var graph = SyntheticGraph.Generate(new SyntheticGraphOptions(300, 1_500, Seed: 11, WithArticles: true));
        var path = _directory.File(name);
        await using var store = await SqliteGraphStore.OpenAsync(path);
        await store.ApplyAsync(new ImportBatch(graph.Articles, graph.Entities, graph.Relations));
        return (path, graph);
    }

    /// <summary>An indexed graph that does not poll (the tests decide when the store changes).</summary>
    private static async Task<IndexedGraph> Open(string path) =>
        await IndexedGraph.OpenAsync(await SqliteGraphStore.OpenAsync(path), null, Timeout.InfiniteTimeSpan);

    private static async Task ShouldAnswerAlike(GraphIndex actual, GraphIndex expected, GraphSnapshot graph)
    {
        actual.EntityCount.Should().Be(expected.EntityCount).And.Be(graph.Entities.Count);
        actual.RelationCount.Should().Be(expected.RelationCount).And.Be(graph.Relations.Count);
        Enumerable.Range(0, actual.RelationCount).Select(actual.RelationId).Should().Equal(Enumerable.Range(0, expected.RelationCount).Select(expected.RelationId));
        var (engine, reference) = (new PathEngine(actual), new PathEngine(expected));
        var ids = graph.Entities.Select(e => e.Id).ToArray();
        var random = new Random(5);
        var found = 0;
        for (var i = 0; i < 20; i++)
        {
            var (from, to) = (ids[random.Next(ids.Length)], ids[random.Next(ids.Length)]);
            var query = new PathQuery(new EntitySelector(Ids: [from]), new EntitySelector(Ids: [to]), new PathOptions(MaxHops: 3, Direction: Direction.Any), 50);
            var page = await reference.FindPathsAsync(query);
            Json(await engine.FindPathsAsync(query)).Should().Be(Json(page));
            found += page.Edges.Count;
            var around = new NeighbourhoodQuery(from, 2, new PathOptions(MaxHops: 2, IncludeDenied: true), 100);
            Json(await engine.GetNeighbourhoodAsync(around)).Should().Be(Json(await reference.GetNeighbourhoodAsync(around)));
        }

        found.Should().BePositive("some compared queries must find paths");
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
