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
/// confidence, dates, independent sources, direction).
/// </summary>
public sealed class SqliteIndexRowsTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    public static TheoryData<int> Seeds => [1, 7, 42];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task The_index_from_the_store_rows_answers_as_the_index_from_the_records(int seed)
    {
        var graph = SyntheticGraph.Generate(new SyntheticGraphOptions(400, 2_000, Seed: seed, WithArticles: true));
        await using var store = await SqliteGraphStore.OpenAsync(_directory.File($"rows-{seed}.db"));
        await store.ApplyAsync(new ImportBatch(graph.Articles, graph.Entities, graph.Relations));

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
