using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Storage.Contract;
using Throughline.Storage.Neo4j.Tests.Support;

namespace Throughline.Storage.Neo4j.Tests.Paths;

/// <summary>
/// Neo4j's Cypher path queries give exactly the embedded store's answers (PathEngine over an IndexedGraph on SQLite):
/// all paths with paging, shortest paths and neighbourhoods, on the seed graph and on random graphs with cycles,
/// self-loops and parallel relations, for a few hundred random queries with fixed seeds.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class PathParityTests
{
    [Neo4jFact]
    public async Task Random_graphs_give_the_embedded_stores_answers()
    {
        foreach (var seed in new[] { 11, 12, 13 })
        {
            var graph = PathsRandomGraphs.Create(seed, entityCount: 45, relationCount: 150);
            await CompareAsync(graph, seed, queries: 50, maxHops: 3);
        }
    }

    [Neo4jFact]
    public async Task Small_dense_random_graphs_give_the_embedded_stores_answers_up_to_four_hops()
    {
        foreach (var seed in new[] { 21, 22 })
        {
            await CompareAsync(PathsRandomGraphs.Create(seed), seed, queries: 40, maxHops: 4);
        }
    }

    [Neo4jFact]
    public async Task The_seed_graph_gives_the_embedded_stores_answers()
    {
        var batch = SeedGraph.Cached;
        var graph = new GraphSnapshot(batch.Articles, batch.Entities, batch.Relations);
        await CompareAsync(graph, seed: 7, queries: 60, maxHops: 4);
    }

    [Neo4jFact]
    public async Task The_headline_query_finds_Intel_to_a_project_in_Xinjiang_in_both_stores()
    {
        var batch = SeedGraph.Cached;
        await using var store = await TestServer.OpenEmptyAsync();
        await store.ApplyAsync(batch);
        await using var embedded = await EmbeddedGraph.OpenAsync(batch);
        var query = new PathQuery(
            new EntitySelector(Names: ["Intel"]),
            new EntitySelector(Kinds: [EntityKind.Project], LocatedIn: ["Xinjiang"]),
            new PathOptions(MaxHops: 4));

        var page = await store.FindPathsAsync(query);

        page.Edges.Should().NotBeEmpty();
        page.Edges.Should().OnlyContain(e => e.Path.EntityIds[0] == "org/intel" && e.Path.EntityIds[e.Path.EntityIds.Count - 1].StartsWith("project/", StringComparison.Ordinal));
        (await Outcome.Of(() => store.FindPathsAsync(query))).Should().Be(await Outcome.Of(() => embedded.Graph.FindPathsAsync(query)));
    }

    [Neo4jFact]
    public async Task Bad_input_gets_the_embedded_stores_codes_and_messages()
    {
        var batch = SeedGraph.Cached;
        await using var store = await TestServer.OpenEmptyAsync();
        await store.ApplyAsync(batch);
        await using var embedded = await EmbeddedGraph.OpenAsync(batch);
        var intel = new EntitySelector(Ids: ["org/intel"]);
        PathQuery[] queries =
        [
            new(new EntitySelector(Ids: ["org/nope", "org/intel", "org/nope-2"]), intel, new PathOptions()),
            new(intel, new EntitySelector(LocatedIn: ["place/atlantis"]), new PathOptions()),
            new(intel, new EntitySelector(), new PathOptions()),
            new(intel, intel, new PathOptions(MaxHops: 0)),
            new(intel, intel, new PathOptions(MaxHops: 7)),
            new(intel, intel, new PathOptions(MinConfidence: double.NaN)),
            new(intel, intel, new PathOptions(), First: -1),
            new(intel, intel, new PathOptions(), First: 5000),
            new(intel, intel, new PathOptions(), After: "not a cursor"),
            new(new EntitySelector(Names: ["Nobody", "INTEL"]), new EntitySelector(LocatedIn: ["Nowhere"], Kinds: [EntityKind.Project]), new PathOptions()),
        ];

        foreach (var query in queries)
        {
            (await Outcome.Of(() => store.FindPathsAsync(query))).Should().Be(await Outcome.Of(() => embedded.Graph.FindPathsAsync(query)), query.ToString());
        }

        foreach (var neighbourhood in new NeighbourhoodQuery[] { new("org/nope", 1, new()), new("org/intel", -1, new()), new("org/intel", 9, new()), new("org/intel", 1, new(), 0), new("org/intel", 1, new(), 20_000) })
        {
            (await Outcome.Of(() => store.GetNeighbourhoodAsync(neighbourhood))).Should().Be(await Outcome.Of(() => embedded.Graph.GetNeighbourhoodAsync(neighbourhood)));
        }
    }

    private static async Task CompareAsync(GraphSnapshot graph, int seed, int queries, int maxHops)
    {
        var batch = new ImportBatch(graph.Articles, graph.Entities, graph.Relations);
        await using var store = await TestServer.OpenEmptyAsync();
        await store.ApplyAsync(batch);
        await using var embedded = await EmbeddedGraph.OpenAsync(batch);
        var random = new Random(seed);
        for (var i = 0; i < queries; i++)
        {
            var options = PathsRandomGraphs.RandomOptions(random);
            options = options with { MaxHops = Math.Min(options.MaxHops, maxHops) };
            var from = PathsRandomGraphs.RandomSelector(random, graph);
            var to = PathsRandomGraphs.RandomSelector(random, graph);
            var first = new PathQuery(from, to, options, First: random.Next(0, 12));
            var expected = await embedded.Graph.FindPathsAsync(first);
            (await Outcome.Of(() => store.FindPathsAsync(first))).Should().Be(await Outcome.Of(() => Task.FromResult(expected)), $"seed {seed} query {i}: {first}");
            if (expected.EndCursor is { } cursor)
            {
                var next = first with { After = cursor };
                (await Outcome.Of(() => store.FindPathsAsync(next))).Should().Be(await Outcome.Of(() => embedded.Graph.FindPathsAsync(next)), $"seed {seed} query {i} page 2");
            }

            var shortest = new ShortestPathQuery(from, to, options, Limit: random.Next(1, 10));
            (await Outcome.Of(() => store.FindShortestPathsAsync(shortest))).Should().Be(
                await Outcome.Of(() => embedded.Graph.FindShortestPathsAsync(shortest)), $"seed {seed} shortest {i}: {shortest}");
            var centre = graph.Entities[random.Next(graph.Entities.Count)].Id;
            var around = new NeighbourhoodQuery(centre, random.Next(0, 4), options, MaxEntities: random.Next(1, 30));
            (await Outcome.Of(() => store.GetNeighbourhoodAsync(around))).Should().Be(
                await Outcome.Of(() => embedded.Graph.GetNeighbourhoodAsync(around)), $"seed {seed} neighbourhood {i}: {around}");
        }
    }
}
