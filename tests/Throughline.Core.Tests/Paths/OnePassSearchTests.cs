using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Storage.Contract;

namespace Throughline.Core.Tests.Paths;

/// <summary>
/// The all-paths search's two strategies — one pass over every length (tried first) and the level-by-level search (its
/// fallback when the pass runs out of budget) — each against the brute-force <see cref="PathsReference"/>, every page,
/// in both search directions, under every filter: status (includeDenied), asOf, minConfidence, relation types,
/// minIndependentSources (the graphs give relations one to three independent origins), direction, and id-list selectors
/// such as a countries filter resolves to.
/// </summary>
public sealed class OnePassSearchTests
{
    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 200; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task One_pass_and_level_by_level_give_the_reference_pages(int seed)
    {
        var random = new Random(seed * 31_337);
        var graph = WithSeveralSources(PathsRandomGraphs.Create(seed, entityCount: 6 + (seed % 8), relationCount: 12 + (seed % 27)), random);
        var reference = new PathsReference(graph);
        var index = GraphIndex.Build(graph);
        for (var round = 0; round < 4; round++)
        {
            var options = PathsRandomGraphs.RandomOptions(random) with { MinIndependentSources = random.Next(4) };
            var query = new PathQuery(Selector(random, graph), Selector(random, graph), options, First: random.Next(1, 6));
            foreach (var onePass in new[] { true, false })
            {
                foreach (var reverse in new bool?[] { null, false, true })
                {
                    // The one-pass runs look every last hop up (LastHops), the level-by-level runs walk these short rows.
                    var engine = new PathEngine(index)
                    {
                        OnePassFirst = onePass,
                        ReverseSearch = reverse,
                        LastHopLookUpFromDegree = onePass ? 0 : PathSearch.DefaultLookUpFromDegree,
                    };
                    string? after = null;
                    for (var page = 0; page < 100; page++)
                    {
                        var expected = await reference.FindPathsAsync(query with { After = after });
                        var actual = await engine.FindPathsAsync(query with { After = after });
                        Describe(actual).Should().Equal(Describe(expected),
                            $"seed {seed}, round {round}, onePass {onePass}, reverse {reverse}, page {page}, query {query}");
                        if (!expected.HasNextPage)
                        {
                            break;
                        }

                        after = expected.EndCursor;
                    }
                }
            }
        }
    }

    // A hub with one direct route to the project and many 2- and 3-hop routes: the one-pass share of the budget runs
    // out, the level-by-level search then lists the complete short levels and nothing of the level it could not finish.
    // The 3-hop level reads about 1,200 adjacency entries, the 1- and 2-hop levels 132.
    [Fact]
    public Task A_pass_that_runs_out_falls_back_to_whole_levels() =>
        ShortLevelsAreListedAsync(new PathLimits(ExpansionBudget: 800), allowance: null);

    // The same with a query budget that never runs out and a request allowance (what the API shares between a
    // request's fields) of 800 units: the one pass may use only a share of what the allowance has left, so the
    // level-by-level search still lists the complete short levels instead of finding the allowance already spent.
    [Fact]
    public Task A_pass_that_runs_out_of_the_request_s_allowance_leaves_the_levels_their_share() =>
        ShortLevelsAreListedAsync(new PathLimits(ExpansionBudget: 1_000_000), new ExpansionAllowance(800));

    private static async Task ShortLevelsAreListedAsync(PathLimits limits, ExpansionAllowance? allowance)
    {
        var graph = HubWithShortAndLongRoutes();
        var query = new PathQuery(TestGraph.Ids("org/hub"), TestGraph.Ids("project/t"), new PathOptions(MaxHops: 3), First: 50) { Allowance = allowance };
        var reference = await new PathsReference(graph).FindPathsAsync(query);
        var engine = new PathEngine(GraphIndex.Build(graph), limits) { ReverseSearch = false };

        var page = await engine.FindPathsAsync(query);

        page.Truncated.Should().BeTrue("800 units pay for the 1- and 2-hop levels, not the 3-hop level");
        page.Edges.Select(e => e.Path.Describe()).Should().Equal(reference.Edges.Take(1 + 10).Select(e => e.Path.Describe()),
            "the 1- and 2-hop levels are complete and nothing of the 3-hop level is listed");
        page.TotalCountIsExact.Should().BeFalse();
    }

    private static GraphSnapshot HubWithShortAndLongRoutes()
    {
        var entities = new List<Entity> { new("org/hub", "Hub", EntityKind.Organization, []), new("project/t", "T", EntityKind.Project, []) };
        var article = new Article("a", "A", null, [], null, null, null, [], "alpha beta gamma");
        var relations = new List<Relation> { Relation("r-direct", "org/hub", "project/t") };
        for (var i = 0; i < 10; i++)
        {
            entities.Add(new Entity($"org/m{i:D2}", $"M{i}", EntityKind.Organization, []));
            relations.Add(Relation($"r-h{i:D2}", "org/hub", $"org/m{i:D2}"));
            relations.Add(Relation($"r-t{i:D2}", $"org/m{i:D2}", "project/t"));
            for (var j = 0; j < 10; j++)
            {
                relations.Add(Relation($"r-x{i:D2}-{j:D2}", $"org/m{i:D2}", $"org/m{j:D2}"));
            }
        }

        return new GraphSnapshot([article], entities, relations);

        static Relation Relation(string id, string from, string to) =>
            new(id, RelationType.Supplies, from, to, RelationStatus.Reported, 0.8, [new Evidence("a", "beta", 6, 10)]);
    }

    /// <summary>Gives about half the relations a second or third quote with another origin, so minIndependentSources filters.</summary>
    private static GraphSnapshot WithSeveralSources(GraphSnapshot graph, Random random) => graph with
    {
        Relations = [.. graph.Relations.Select(r => random.Next(2) == 0
            ? r
            : r with { Evidence = [.. r.Evidence, .. Enumerable.Range(1, random.Next(1, 3)).Select(k => r.Evidence[0] with { Origin = $"origin-{k}" })] })],
    };

    /// <summary>The random selectors, plus id lists of several entities (what a countries filter resolves to).</summary>
    private static EntitySelector Selector(Random random, GraphSnapshot graph) => random.Next(4) == 0
        ? new EntitySelector(Ids: [.. graph.Entities.Where(_ => random.Next(3) == 0).Select(e => e.Id).DefaultIfEmpty(graph.Entities[0].Id)])
        : PathsRandomGraphs.RandomSelector(random, graph);

    private static List<string> Describe(PathPage page) =>
    [
        $"total={page.TotalCount} exact={page.TotalCountIsExact} next={page.HasNextPage} end={page.EndCursor} truncated={page.Truncated}",
        .. page.Edges.Select(e => $"{e.Cursor} {e.Path.Describe()}"),
    ];
}
