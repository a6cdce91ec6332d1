using Throughline.Core.Paths;

namespace Throughline.Storage.Contract;

public abstract partial class PathsContract
{
    public static TheoryData<int> ParitySeeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1000; seed < 1030; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(ParitySeeds))]
    public async Task Every_query_matches_the_reference_on_a_random_graph(int seed)
    {
        var graph = PathsRandomGraphs.Create(seed, entityCount: 8 + (seed % 5), relationCount: 14 + (seed % 17));
        await LoadAsync(graph);
        var reference = new PathsReference(graph);
        var random = new Random(seed);
        for (var round = 0; round < 4; round++)
        {
            var query = new PathQuery(
                PathsRandomGraphs.RandomSelector(random, graph), PathsRandomGraphs.RandomSelector(random, graph),
                PathsRandomGraphs.RandomOptions(random), First: random.Next(1, 8));
            var expected = await reference.FindPathsAsync(query);
            var actual = await Paths.FindPathsAsync(query);
            Describe(actual).Should().Equal(Describe(expected), $"seed {seed}, round {round}, {query}");
            if (expected.HasNextPage)
            {
                Describe(await Paths.FindPathsAsync(query with { After = expected.EndCursor })).Should()
                    .Equal(Describe(await reference.FindPathsAsync(query with { After = expected.EndCursor })), $"seed {seed}, round {round}, page 2");
            }

            var shortest = new ShortestPathQuery(query.From, query.To, query.Options, Limit: random.Next(1, 5));
            (await Paths.FindShortestPathsAsync(shortest)).Paths.Select(Describe).Should()
                .Equal((await reference.FindShortestPathsAsync(shortest)).Paths.Select(Describe), $"seed {seed}, round {round}, {shortest}");

            var around = new NeighbourhoodQuery(
                graph.Entities[random.Next(graph.Entities.Count)].Id, random.Next(0, 4), query.Options, MaxEntities: random.Next(1, 12));
            var expectedAround = await reference.GetNeighbourhoodAsync(around);
            var actualAround = await Paths.GetNeighbourhoodAsync(around);
            $"{string.Join(',', actualAround.EntityIds)} | {string.Join(',', actualAround.RelationIds)} | {actualAround.Truncated}".Should()
                .Be($"{string.Join(',', expectedAround.EntityIds)} | {string.Join(',', expectedAround.RelationIds)} | {expectedAround.Truncated}",
                    $"seed {seed}, round {round}, {around}");
        }
    }

    private static List<string> Describe(PathPage page) =>
    [
        $"total={page.TotalCount} next={page.HasNextPage} end={page.EndCursor} truncated={page.Truncated} messages={page.Messages.Count}",
        .. page.Edges.Select(e => $"{e.Cursor} {Describe(e.Path)}"),
    ];

    /// <summary>Confidence to 9 decimals, as the contract order compares it: another engine's product may differ in the last bits.</summary>
    private static string Describe(GraphPath path) =>
        $"{string.Join('>', path.EntityIds)} conf={Math.Round(path.Confidence, 9)} weakest={path.WeakestHop} disputed={path.Disputed} hops=[" +
        string.Join("; ", path.Hops.Select(h => $"{h.From}->{h.To} {string.Join(',', h.RelationIds)} {Math.Round(h.Confidence, 9)} {h.Disputed}")) + "]";
}
