using System.Globalization;
using Microsoft.Data.Sqlite;
using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite.Tests;

/// <summary>
/// Schema 4 (integer keys): a file written at schema 3, built here by running that schema's own scripts and writing rows
/// the way schema 3 stored them (relation ends as text ids), migrates in one transaction, reads back unchanged, answers
/// relation and path queries, and takes new writes; a schema-3 file the migration cannot carry over is left as it was.
/// </summary>
public sealed class SqliteIntegerKeysMigrationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_schema_3_file_migrates_to_integer_keys_and_reads_back_every_record_and_relation_end()
    {
        var path = _directory.File("schema-3.db");
        WriteSchema3File(path, dangling: false);

        await using (var store = await SqliteGraphStore.OpenAsync(path))
        {
            var snapshot = await store.ReadAllAsync();
            snapshot.Entities.Select(e => e.Id).Should().Equal("org/acme", "org/beta", "place/city", "place/region");
            snapshot.Relations.Should().BeEquivalentTo([
                new Relation("acme-supplies-beta", RelationType.Supplies, "org/acme", "org/beta", RelationStatus.Reported, 0.8,
                    [new Evidence("news", "Acme sells chips", 0, 16)], PartialDate.Parse("2018")),
                new Relation("beta-in-city", RelationType.LocatedIn, "org/beta", "place/city", RelationStatus.Confirmed, 0.9,
                    [new Evidence("news", "Beta, of City", 0, 13)]),
            ]);
            (await store.GetRelationsAsync(["beta-in-city"])).Single().From.Should().Be("org/beta", "a point read resolves the keys too");
            (await store.GetRelationsOfAsync("org/beta", Direction.Any, null, 10)).Select(r => r.Id)
                .Should().Equal(["acme-supplies-beta", "beta-in-city"], "both endpoint indexes were rebuilt on the keys");
            (await store.GetRelationsOfAsync("org/beta", Direction.Outgoing, null, 10)).Select(r => r.Id).Should().Equal("beta-in-city");
            var streamed = new List<GraphRecord>();
            await foreach (var record in store.StreamAllAsync())
            {
                streamed.Add(record);
            }

            streamed.Count.Should().Be(1 + 4 + 2);
        }

        Scalar(path, "SELECT max(version) FROM schema_version").Should().Be(Migrator.LatestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), "it goes on through the migrations after 4 too");
        Scalar(path, "SELECT count(*) FROM pragma_table_info('relations') WHERE name IN ('from_id', 'to_id')").Should().Be("0");
        Scalar(path, "SELECT group_concat(e.id, ',') FROM relations r JOIN entities e ON e.key = r.from_key ORDER BY r.id")
            .Should().Be("org/acme,org/beta", "the stored keys name the entities the text ids named");
        Scalar(path, "SELECT count(*) FROM relations WHERE sources IS NULL").Should().Be("2", "carried-over rows compute sources when read");
        Scalar(path, "PRAGMA foreign_key_check").Should().BeEmpty();
    }

    [Fact]
    public async Task After_migrating_a_schema_3_file_paths_and_new_writes_use_the_integer_keys()
    {
        var path = _directory.File("schema-3-then-new.db");
        WriteSchema3File(path, dangling: false);
        var gamma = new Entity("org/gamma", "Gamma", EntityKind.Organization, []);
        var supplies = new Relation("beta-supplies-gamma", RelationType.Supplies, "org/beta", "org/gamma", RelationStatus.Reported, 0.7,
            [new Evidence("news", "Acme sells chips", 0, 16)]);

        await using var store = await SqliteGraphStore.OpenAsync(path);
        await store.ApplyAsync(new ImportBatch([], [gamma], [supplies]));
        await using var graph = await IndexedGraph.OpenAsync(store, null, Timeout.InfiniteTimeSpan);
        var page = await graph.FindPathsAsync(new PathQuery(new EntitySelector(Ids: ["org/acme"]), new EntitySelector(Ids: ["org/gamma"]),
            new PathOptions(MaxHops: 3)));

        page.Edges.Should().ContainSingle().Which.Path.Hops.Select(h => h.To).Should().Equal("org/beta", "org/gamma");
        (await store.GetRelationsAsync([supplies.Id])).Single().Should().Be(supplies);
        Scalar(path, "SELECT sources || ',' || contested FROM relations WHERE id = 'beta-supplies-gamma'").Should().Be("1,0");
        var missing = () => store.ApplyAsync(new ImportBatch([], [], [supplies with { Id = "to-nobody", To = "org/nobody" }]));
        (await missing.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should()
            .Contain("to-nobody").And.Contain("org/nobody").And.Contain("FOREIGN KEY");
    }

    [Fact]
    public async Task A_schema_3_file_whose_relation_names_a_missing_entity_is_refused_and_left_at_schema_3()
    {
        var path = _directory.File("schema-3-dangling.db");
        WriteSchema3File(path, dangling: true);

        var open = () => SqliteGraphStore.OpenAsync(path);

        await open.Should().ThrowAsync<GraphStoreException>();
        SqliteConnection.ClearAllPools();
        Scalar(path, "SELECT max(version) FROM schema_version").Should().Be("3", "the migration's transaction rolled back");
        Scalar(path, "SELECT count(*) FROM relations WHERE from_id IS NOT NULL").Should().Be("3", "the schema-3 rows are untouched");
    }

    private static void WriteSchema3File(string path, bool dangling)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)");
        foreach (var (version, name) in Migrator.Migrations.Where(m => m.Version <= 3))
        {
            using var stream = typeof(Migrator).Assembly.GetManifestResourceStream(name)!;
            Execute(connection, new StreamReader(stream).ReadToEnd());
            Execute(connection, $"INSERT INTO schema_version (version, applied_at) VALUES ({version.ToString(CultureInfo.InvariantCulture)}, 'then')");
        }

        Execute(connection, """
            INSERT INTO articles (id, title, outlet, authors, url, published, republishes, cites, text)
                VALUES ('news', 'News', NULL, '[]', NULL, '2019', NULL, '[]', 'Acme sells chips to Beta.');
            INSERT INTO entities (id, name, name_folded, kind, aliases, country, description, located_in, unnamed) VALUES
                ('place/region', 'Region', 'region', 3, '[]', NULL, NULL, NULL, 0),
                ('org/beta', 'Beta', 'beta', 0, '[]', NULL, NULL, NULL, 0),
                ('org/acme', 'Acme', 'acme', 0, '[]', NULL, NULL, NULL, 0),
                ('place/city', 'City', 'city', 3, '[]', NULL, NULL, 'place/region', 0);
            INSERT INTO entity_names (entity_id, ordinal, folded) VALUES
                ('org/acme', 0, 'acme'), ('org/beta', 0, 'beta'), ('place/region', 0, 'region'), ('place/city', 0, 'city');
            INSERT INTO relations (id, type, from_id, to_id, status, confidence, valid_from, evidence) VALUES
                ('acme-supplies-beta', 3, 'org/acme', 'org/beta', 0, 0.8, '2018', '[["news","Acme sells chips",0,16]]'),
                ('beta-in-city', 9, 'org/beta', 'place/city', 1, 0.9, NULL, '[["news","Beta, of City",0,13]]');
            INSERT INTO evidence (relation_id, ordinal, article_id) VALUES ('acme-supplies-beta', 0, 'news'), ('beta-in-city', 0, 'news');
            """);
        if (dangling)
        {
            // Only a file written with foreign keys off (or damaged) can hold this; schema 3 would have refused it.
            Execute(connection, "PRAGMA foreign_keys = OFF");
            Execute(connection, """
                INSERT INTO relations (id, type, from_id, to_id, status, confidence, evidence)
                    VALUES ('ghost-supplies-beta', 3, 'org/ghost', 'org/beta', 0, 0.8, '[]')
                """);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
