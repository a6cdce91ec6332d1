using Throughline.Core.Index;
using Throughline.Core.Paths;
using Throughline.Storage.Contract;

namespace Throughline.Core.Tests.Paths;

/// <summary>
/// The engine against the brute-force <see cref="PathsReference"/> on hundreds of random small graphs and option sets
/// (fixed seeds, so a failure names the seed that reproduces it).
/// </summary>
public sealed class PathEngineAgreesWithReferenceTests
{
    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 300; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Every_page_of_every_route_matches_the_reference(int seed)
    {
        var random = new Random(seed);
        var graph = PathsRandomGraphs.Create(seed, entityCount: 6 + (seed % 7), relationCount: 10 + (seed % 23));
        var reference = new PathsReference(graph);
        for (var round = 0; round < 3; round++)
        {
            var engine = Engine(graph, round, seed);
            var query = new PathQuery(
                PathsRandomGraphs.RandomSelector(random, graph),
                PathsRandomGraphs.RandomSelector(random, graph),
                PathsRandomGraphs.RandomOptions(random),
                First: random.Next(1, 6));
            string? after = null;
            for (var page = 0; page < 200; page++)
            {
                var expected = await reference.FindPathsAsync(query with { After = after });
                var actual = await engine.FindPathsAsync(query with { After = after });
                Describe(actual).Should().Equal(Describe(expected), $"seed {seed}, round {round}, page {page}, query {query}");
                actual.Messages.Should().HaveSameCount(expected.Messages);
                if (!expected.HasNextPage)
                {
                    break;
                }

                after = expected.EndCursor;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task A_page_cut_short_by_the_budget_is_a_prefix_of_the_reference_page(int seed)
    {
        var random = new Random(seed * 104_729);
        var graph = PathsRandomGraphs.Create(seed, entityCount: 6 + (seed % 7), relationCount: 14 + (seed % 29));
        var reference = new PathsReference(graph);
        for (var round = 0; round < 3; round++)
        {
            var budget = random.Next(1, 120);
            var engine = new PathEngine(GraphIndex.Build(graph), new PathLimits(ExpansionBudget: budget))
            {
                ReverseSearch = Reverse(round),
                LastHopLookUpFromDegree = LookUpFromDegree(seed),
                BoundsReadFacts = BoundsReadFacts(seed),
            };
            var query = new PathQuery(
                PathsRandomGraphs.RandomSelector(random, graph),
                PathsRandomGraphs.RandomSelector(random, graph),
                PathsRandomGraphs.RandomOptions(random),
                First: random.Next(1, 8));
            string? after = null;
            for (var page = 0; page < 200; page++)
            {
                var expected = await reference.FindPathsAsync(query with { After = after });
                var actual = await engine.FindPathsAsync(query with { After = after });
                var because = $"seed {seed}, round {round}, budget {budget}, page {page}, query {query}";
                if (!actual.Truncated)
                {
                    Describe(actual).Should().Equal(Describe(expected), because);
                    actual.TotalCountIsExact.Should().BeTrue(because);
                }
                else
                {
                    actual.Edges.Select(e => $"{e.Cursor} {e.Path.Describe()}").Should()
                        .Equal(expected.Edges.Take(actual.Edges.Count).Select(e => $"{e.Cursor} {e.Path.Describe()}"), because);
                    actual.TotalCountIsExact.Should().BeFalse(because);
                    actual.TotalCount.Should().BeLessThanOrEqualTo(expected.TotalCount, because);
                    if (actual.HasNextPage)
                    {
                        (expected.HasNextPage || expected.Edges.Count > actual.Edges.Count).Should().BeTrue(because);
                    }
                }

                if (!expected.HasNextPage)
                {
                    break;
                }

                after = expected.EndCursor;
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Shortest_paths_and_neighbourhoods_match_the_reference(int seed)
    {
        var random = new Random(seed * 7919);
        var graph = PathsRandomGraphs.Create(seed, entityCount: 6 + (seed % 9), relationCount: 8 + (seed % 29));
        var reference = new PathsReference(graph);
        for (var round = 0; round < 3; round++)
        {
            var engine = Engine(graph, round, seed);
            var shortest = new ShortestPathQuery(
                PathsRandomGraphs.RandomSelector(random, graph),
                PathsRandomGraphs.RandomSelector(random, graph),
                PathsRandomGraphs.RandomOptions(random),
                Limit: random.Next(0, 5));
            var expectedShortest = await reference.FindShortestPathsAsync(shortest);
            var actualShortest = await engine.FindShortestPathsAsync(shortest);
            actualShortest.Paths.Select(p => p.Describe()).Should()
                .Equal(expectedShortest.Paths.Select(p => p.Describe()), $"seed {seed}, round {round}, query {shortest}");
            actualShortest.Truncated.Should().BeFalse();

            var neighbourhood = new NeighbourhoodQuery(
                graph.Entities[random.Next(graph.Entities.Count)].Id,
                random.Next(0, 4),
                PathsRandomGraphs.RandomOptions(random),
                MaxEntities: random.Next(1, 12));
            var expected = await reference.GetNeighbourhoodAsync(neighbourhood);
            var actual = await engine.GetNeighbourhoodAsync(neighbourhood);
            actual.EntityIds.Should().Equal(expected.EntityIds, $"seed {seed}, round {round}, query {neighbourhood}");
            actual.RelationIds.Should().Equal(expected.RelationIds, $"seed {seed}, round {round}, query {neighbourhood}");
            actual.Truncated.Should().Be(expected.Truncated, $"seed {seed}, round {round}, query {neighbourhood}");
        }
    }

    /// <summary>
    /// Round 0 lets the engine choose its search direction, round 1 forces forward, round 2 backward from the targets;
    /// odd seeds look every last hop up in the table of hops into the ends, even seeds walk rows as short as these; by
    /// seed / 2 the distance bounds follow only qualifying relations, every relation (facts unread, even under a
    /// restrictive filter: weaker bounds must give the same answers), or as the filter decides.
    /// </summary>
    private static PathEngine Engine(Storage.GraphSnapshot graph, int round, int seed) =>
        new(GraphIndex.Build(graph))
        {
            ReverseSearch = Reverse(round), LastHopLookUpFromDegree = LookUpFromDegree(seed), BoundsReadFacts = BoundsReadFacts(seed),
        };

    private static bool? BoundsReadFacts(int seed) => (seed / 2 % 3) switch { 0 => true, 1 => false, _ => null };

    private static int LookUpFromDegree(int seed) => seed % 2 == 1 ? 0 : PathSearch.DefaultLookUpFromDegree;

    private static bool? Reverse(int round) => round switch { 1 => false, 2 => true, _ => null };

    private static List<string> Describe(PathPage page) =>
    [
        $"total={page.TotalCount} exact={page.TotalCountIsExact} next={page.HasNextPage} end={page.EndCursor} truncated={page.Truncated}",
        .. page.Edges.Select(e => $"{e.Cursor} {e.Path.Describe()}"),
    ];
}
