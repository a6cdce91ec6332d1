using System.Globalization;
using Microsoft.Data.Sqlite;
using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite.Tests;

/// <summary>
/// A file written at schema 2 (before evidence model 2), built here by running that schema's own scripts and writing rows
/// the way schema 2 stored them, opens, migrates and reads back with nothing lost.
/// </summary>
public sealed class SqliteMigrationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_schema_2_file_migrates_and_reads_back_its_records_with_the_new_fields_at_their_defaults()
    {
        var path = _directory.File("schema-2.db");
        WriteSchema2File(path);

        await using var store = await SqliteGraphStore.OpenAsync(path);
        var snapshot = await store.ReadAllAsync();

        snapshot.Entities.Should().BeEquivalentTo([
            new Entity("org/acme", "Acme", EntityKind.Organization, ["Acme Corp."], "US", "Maker of chips."),
            new Entity("org/beta", "Beta", EntityKind.Organization, []),
            new Entity("place/region", "Region", EntityKind.Place, []),
            new Entity("place/city", "City", EntityKind.Place, [], LocatedIn: "place/region"),
        ]);
        snapshot.Relations.Should().ContainSingle().Which.Should().Be(new Relation(
            "acme-supplies-beta", RelationType.Supplies, "org/acme", "org/beta", RelationStatus.Reported, 0.8,
            [new Evidence("news", "Acme sells chips", 0, 16)], PartialDate.Parse("2018"), null, 4.5, new Money(1200.5m, "USD"), "chips", "a note"));
        (await store.SearchEntitiesAsync(new EntitySearch("acme corp"))).Items.Select(e => e.Id).Should().Contain("org/acme",
            "the search names, a child table of the rebuilt entities table, survive the rebuild");
        (await store.GetRelationsCitingAsync("news")).Should().ContainSingle("the evidence index, a child of the rebuilt relations table, survives");
        Scalar(path, "SELECT group_concat(version) FROM (SELECT version FROM schema_version ORDER BY version)")
            .Should().Be(string.Join(',', Migrator.Migrations.Select(m => m.Version)));
    }

    [Fact]
    public async Task After_migrating_a_schema_2_file_takes_events_new_relation_types_and_every_new_field()
    {
        var path = _directory.File("schema-2-then-new.db");
        WriteSchema2File(path);
        var expo = new Entity("event/expo", "Expo", EntityKind.Event, [], Unnamed: true);
        var relation = new Relation("acme-at-expo", RelationType.ParticipatedIn,
            "org/acme", "event/expo", RelationStatus.Reported, 0.8,
            [new Evidence("news", "Acme sells chips", 0, 16, EvidenceStance.Confirms, "org/acme", "filings", null, PartialDate.Parse("2019"))])
        { Role = "exhibitor", Amount = new Money(1m, "CNY", AmountQualifier.About, "year", new Money(2m, "USD")) };

        await using var store = await SqliteGraphStore.OpenAsync(path);
        await store.ApplyAsync(new ImportBatch([], [expo], [relation]));

        (await store.GetEntitiesAsync([expo.Id])).Single().Should().Be(expo);
        (await store.GetRelationsAsync([relation.Id])).Single().Should().Be(relation);
    }

    private static void WriteSchema2File(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)");
        foreach (var (version, name) in Migrator.Migrations.Where(m => m.Version <= 2))
        {
            using var stream = typeof(Migrator).Assembly.GetManifestResourceStream(name)!;
            Execute(connection, new StreamReader(stream).ReadToEnd());
            Execute(connection, $"INSERT INTO schema_version (version, applied_at) VALUES ({version.ToString(CultureInfo.InvariantCulture)}, 'then')");
        }

        Execute(connection, """
            INSERT INTO articles (id, title, outlet, authors, url, published, republishes, cites, text)
                VALUES ('news', 'News', NULL, '[]', NULL, '2019', NULL, '[]', 'Acme sells chips to Beta.');
            INSERT INTO entities (id, name, name_folded, kind, aliases, country, description, located_in) VALUES
                ('org/acme', 'Acme', 'acme', 0, '["Acme Corp."]', 'US', 'Maker of chips.', NULL),
                ('org/beta', 'Beta', 'beta', 0, '[]', NULL, NULL, NULL),
                ('place/region', 'Region', 'region', 3, '[]', NULL, NULL, NULL),
                ('place/city', 'City', 'city', 3, '[]', NULL, NULL, 'place/region');
            INSERT INTO entity_names (entity_id, ordinal, folded) VALUES
                ('org/acme', 0, 'acme'), ('org/acme', 1, 'acme corp.'), ('org/beta', 0, 'beta'),
                ('place/region', 0, 'region'), ('place/city', 0, 'city');
            INSERT INTO relations (id, type, from_id, to_id, status, confidence, valid_from, valid_to, stake_percent, amount_value,
                                   amount_currency, product, note, evidence)
                VALUES ('acme-supplies-beta', 3, 'org/acme', 'org/beta', 0, 0.8, '2018', NULL, 4.5, '1200.5', 'USD', 'chips', 'a note',
                        '[["news","Acme sells chips",0,16]]');
            INSERT INTO evidence (relation_id, ordinal, article_id) VALUES ('acme-supplies-beta', 0, 'news');
            """);
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
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)!;
    }
}
