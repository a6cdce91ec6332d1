using System.Text.Json;
using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Core.Synthetic;

namespace Throughline.Storage.Sqlite.Tests;

/// <summary>
/// The index the store builds from its narrow rows (integer ends, stored source counts) answers every path query exactly
/// as the index built from the full records of the same file, under filters that read each stored fact (status,
/// confidence, dates, independent sources, direction, relation types), also for rows without stored source counts.
/// </summary>
public sealed class SqliteIndexRowsTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    /// <summary>Seeds, and whether every other relation loses its stored source count (as a row the schema-4 migration carried over).</summary>
    public static TheoryData<int, bool> Seeds => new() { { 1, false }, { 7, false }, { 42, false }, { 7, true } };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task The_index_from_the_store_rows_answers_as_the_index_from_the_records(int seed, bool carriedOverRows)
    {
        var graph = SyntheticGraph.Generate(new SyntheticGraphOptions(400, 2_000, Seed: seed, WithArticles: true));
        var file = _directory.File($"rows-{seed}-{carriedOverRows}.db");
        await using var store = await SqliteGraphStore.OpenAsync(file);
        await store.ApplyAsync(new ImportBatch(graph.Articles, graph.Entities, graph.Relations));
        if (carriedOverRows)
        {
            // The reader packs type, status and the counts of a row that has them, and reads the others' evidence.
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE relations SET sources = NULL, contested = CASE WHEN rowid_like % 4 = 0 THEN contested END " +
                "FROM (SELECT id AS rid, row_number() OVER (ORDER BY id) AS rowid_like FROM relations) WHERE rid = relations.id AND rowid_like % 2 = 0";
            command.ExecuteNonQuery().Should().Be(graph.Relations.Count / 2);
        }

        var fromRows = (await store.ReadIndexRowsAsync()).Build();
        var fromRecords = GraphIndex.Build(await store.ReadAllAsync());

        fromRows.EntityCount.Should().Be(fromRecords.EntityCount).And.Be(graph.Entities.Count);
        fromRows.RelationCount.Should().Be(fromRecords.RelationCount).And.Be(graph.Relations.Count);
        Enumerable.Range(0, fromRows.EntityCount).Select(fromRows.EntityId)
            .Should().Equal(Enumerable.Range(0, fromRecords.EntityCount).Select(fromRecords.EntityId));
        var rows = new PathEngine(fromRows);
        var records = new PathEngine(fromRecords);
        var random = new Random(seed);
        var ids = graph.Entities.Select(e => e.Id).ToArray();
        PathOptions[] filters =
        [
            new(MaxHops: 3),
            new(MaxHops: 3, IncludeDenied: true, Direction: Direction.Any),
            new(MaxHops: 3, MinConfidence: 0.6, MinIndependentSources: 1),
            new(MaxHops: 3, AsOf: PartialDate.Parse("2019"), Direction: Direction.Incoming),
            new(MaxHops: 3, RelationTypes: [RelationType.Supplies, RelationType.Manufactures, RelationType.PartneredWith], Direction: Direction.Any),
        ];
        var compared = 0;
        for (var i = 0; i < 40; i++)
        {
            var (from, to) = (ids[random.Next(ids.Length)], ids[random.Next(ids.Length)]);
            var options = filters[i % filters.Length];
            var query = new PathQuery(new EntitySelector(Ids: [from]), new EntitySelector(Ids: [to]), options, 50);
            var expected = await records.FindPathsAsync(query);
            Json(await rows.FindPathsAsync(query)).Should().Be(Json(expected), $"paths {from} -> {to} with {options}");
            compared += expected.Edges.Count;
            var around = new NeighbourhoodQuery(from, 2, options, 100);
            Json(await rows.GetNeighbourhoodAsync(around)).Should().Be(Json(await records.GetNeighbourhoodAsync(around)));
        }

        compared.Should().BePositive("some of the compared queries must find paths, or the comparison proves little");
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
