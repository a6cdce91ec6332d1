using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Core.Tests.Paths;
using Throughline.Storage.Contract;

namespace Throughline.Core.Tests.Index;

/// <summary>
/// An index kept current by <see cref="GraphIndex.With"/> (a delta over the compressed arrays, merged now and then)
/// answers every query exactly as an index built from scratch and as the brute-force reference, over random write
/// sequences: new and rewritten entities (ids that sort between existing ones, new names, new places), new relations,
/// relations rewritten to other ends, statuses and confidences, and ids repeated within a batch.
/// </summary>
public sealed class IncrementalIndexTests
{
    private static readonly RelationType[] Types = [RelationType.Supplies, RelationType.Owns, RelationType.ContractorFor, RelationType.LocatedIn];

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 80; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Random_writes_applied_incrementally_answer_like_a_full_rebuild_and_the_reference(int seed)
    {
        var random = new Random(seed * 31);
        var graph = PathsRandomGraphs.Create(seed, entityCount: 7 + (seed % 6), relationCount: 10 + (seed % 19));
        var entities = graph.Entities.ToList();
        var relations = graph.Relations.ToList();
        var index = GraphIndex.Build(entities, relations);
        // Thirds of the seeds: never merge, merge synchronously every few writes, merge in the background.
        var (compactAt, background) = (seed % 3) switch { 0 => (1_000_000L, true), 1 => (6L, false), _ => (6L, true) };
        for (var write = 0; write < 8; write++)
        {
            var previous = index;
            var previousQuery = AllPaths(entities);
            var previousAnswer = await Describe(new PathEngine(previous), previousQuery);
            index = index.With(RandomBatch(random, write, entities, relations), compactAt, background);
            var snapshot = new GraphSnapshot(graph.Articles, [.. entities], [.. relations]);
            var incremental = new PathEngine(index);
            var rebuilt = new PathEngine(GraphIndex.Build(snapshot));
            var reference = new PathsReference(snapshot);
            var because = $"seed {seed}, write {write}";
            index.EntityCount.Should().Be(entities.Count, because);
            index.RelationCount.Should().Be(relations.Count, because);
            for (var q = 0; q < 4; q++)
            {
                var query = new PathQuery(
                    PathsRandomGraphs.RandomSelector(random, snapshot),
                    PathsRandomGraphs.RandomSelector(random, snapshot),
                    PathsRandomGraphs.RandomOptions(random),
                    First: random.Next(1, 30));
                var expected = await Describe(reference, query);
                (await Describe(incremental, query)).Should().Equal(expected, $"{because}, query {query}");
                (await Describe(rebuilt, query)).Should().Equal(expected, $"{because}, query {query}");

                var shortest = new ShortestPathQuery(query.From, query.To, query.Options, Limit: 5);
                (await incremental.FindShortestPathsAsync(shortest)).Paths.Select(p => p.Describe()).Should()
                    .Equal((await reference.FindShortestPathsAsync(shortest)).Paths.Select(p => p.Describe()), $"{because}, shortest {shortest}");

                var around = new NeighbourhoodQuery(
                    entities[random.Next(entities.Count)].Id, random.Next(0, 4), PathsRandomGraphs.RandomOptions(random), random.Next(1, 12));
                var want = await reference.GetNeighbourhoodAsync(around);
                var got = await incremental.GetNeighbourhoodAsync(around);
                got.EntityIds.Should().Equal(want.EntityIds, $"{because}, {around}");
                got.RelationIds.Should().Equal(want.RelationIds, $"{because}, {around}");
                got.Truncated.Should().Be(want.Truncated, $"{because}, {around}");
            }

            (await Describe(new PathEngine(previous), previousQuery)).Should()
                .Equal(previousAnswer, $"{because}: the index a write derives from is left as it was");
        }

        (await Describe(new PathEngine(index.Compact()), AllPaths(entities))).Should()
            .Equal(await Describe(new PathsReference(new GraphSnapshot(graph.Articles, entities, relations)), AllPaths(entities)));
    }

    [Fact]
    public void A_write_naming_an_unknown_entity_fails_and_changes_nothing()
    {
        var index = GraphIndex.Build(
            [new Entity("org/a", "A", EntityKind.Organization, []), new Entity("org/b", "B", EntityKind.Organization, [])],
            [new Relation("r", RelationType.Supplies, "org/a", "org/b", RelationStatus.Reported, 0.8, [])]);
        var bad = new ImportBatch([], [new Entity("org/c", "C", EntityKind.Organization, [])],
            [new Relation("r", RelationType.Supplies, "org/a", "org/c", RelationStatus.Reported, 0.8, []),
             new Relation("s", RelationType.Supplies, "org/c", "org/ghost", RelationStatus.Reported, 0.8, [])]);

        var act = () => index.With(bad);

        act.Should().Throw<InvalidOperationException>().WithMessage("*'s'*'org/ghost'*");
        (index.EntityCount, index.RelationCount, index.HasDelta).Should().Be((2, 1, false));
        index.Outgoing.NeighboursOf(index.Find("org/a")).ToArray().Should().Equal(index.Find("org/b"));
    }

    [Fact]
    public void A_write_is_layered_over_the_arrays_and_a_merge_gives_a_compact_index_with_the_same_rows()
    {
        var index = GraphIndex.Build(
            [new Entity("org/a", "A", EntityKind.Organization, []), new Entity("org/c", "C", EntityKind.Organization, [])],
            [new Relation("r", RelationType.Supplies, "org/a", "org/c", RelationStatus.Reported, 0.8, [])]);

        var written = index.With(new ImportBatch([], [new Entity("org/b", "B", EntityKind.Organization, [])],
            [new Relation("s", RelationType.Supplies, "org/a", "org/b", RelationStatus.Reported, 0.8, [])]));
        var merged = written.Compact();

        written.HasDelta.Should().BeTrue();
        merged.HasDelta.Should().BeFalse();
        Neighbours(written, "org/a").Should().BeEquivalentTo(Neighbours(merged, "org/a")).And.BeEquivalentTo("org/b", "org/c");
    }

    private static string[] Neighbours(GraphIndex index, string id) =>
        [.. index.Outgoing.NeighboursOf(index.Find(id)).ToArray().Select(index.EntityId)];

    private static PathQuery AllPaths(List<Entity> entities) =>
        new(new EntitySelector(Ids: [.. entities.Select(e => e.Id)]), new EntitySelector(Ids: [.. entities.Select(e => e.Id)]),
            new PathOptions(MaxHops: 3, Direction: Direction.Any, IncludeDenied: true), First: 1000);

    private static async Task<List<string>> Describe(IPathQueries engine, PathQuery query)
    {
        var lines = new List<string>();
        string? after = null;
        for (var page = 0; page < 50; page++)
        {
            var result = await engine.FindPathsAsync(query with { After = after });
            lines.Add($"total={result.TotalCount} next={result.HasNextPage} truncated={result.Truncated}");
            lines.AddRange(result.Edges.Select(e => $"{e.Cursor} {e.Path.Describe()}"));
            if (!result.HasNextPage)
            {
                break;
            }

            after = result.EndCursor;
        }

        return lines;
    }

    /// <summary>A random batch, also upserted into <paramref name="entities"/> and <paramref name="relations"/> as a store would.</summary>
    private static ImportBatch RandomBatch(Random random, int write, List<Entity> entities, List<Relation> relations)
    {
        var newEntities = new List<Entity>();
        for (var i = random.Next(0, 3); i > 0; i--)
        {
            var kind = (EntityKind)new[] { 0, 3, 4 }[random.Next(3)];
            var prefix = kind switch { EntityKind.Place => "place", EntityKind.Project => "project", _ => "org" };
            var places = entities.Where(e => e.Kind == EntityKind.Place).ToList();
            var parent = kind == EntityKind.Place && places.Count > 0 && random.Next(2) == 0 ? places[random.Next(places.Count)].Id : null;
            // "e03w2x0" sorts between "e03" and "e04": a dense id out of id order until the next merge.
            newEntities.Add(new Entity($"{prefix}/e{random.Next(12):D2}w{write}x{i}", $"Name {random.Next(8)}", kind,
                random.Next(3) == 0 ? [$"Alias {random.Next(3)}"] : [], LocatedIn: parent));
        }

        for (var i = random.Next(0, 3); i > 0; i--)
        {
            var at = random.Next(entities.Count);
            var old = entities[at];
            var earlierPlaces = entities.Take(at).Where(e => e.Kind == EntityKind.Place).ToList();
            newEntities.Add(old with
            {
                Name = $"Name {random.Next(8)}",
                Aliases = random.Next(2) == 0 ? [] : [$"Alias {random.Next(3)}"],
                LocatedIn = old.Kind == EntityKind.Place && earlierPlaces.Count > 0 && random.Next(2) == 0
                    ? earlierPlaces[random.Next(earlierPlaces.Count)].Id
                    : old.LocatedIn,
            });
        }

        foreach (var entity in newEntities)
        {
            Upsert(entities, entity, e => e.Id);
        }

        var newRelations = new List<Relation>();
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            var id = random.Next(3) == 0 && relations.Count > 0 ? relations[random.Next(relations.Count)].Id : $"r-w{write}-{i}";
            newRelations.Add(new Relation(
                id, Types[random.Next(Types.Length)], entities[random.Next(entities.Count)].Id, entities[random.Next(entities.Count)].Id,
                (RelationStatus)random.Next(5), new[] { 0.2, 0.5, 0.8, 0.95 }[random.Next(4)], [new Evidence("random-article", "beta", 6, 10)]));
        }

        if (newRelations.Count > 0 && random.Next(4) == 0)
        {
            newRelations.Add(newRelations[0] with { Confidence = 1.0 / 3 }); // the same id twice: the later record wins
        }

        foreach (var relation in newRelations)
        {
            Upsert(relations, relation, r => r.Id);
        }

        return new ImportBatch([], newEntities, newRelations);
    }

    private static void Upsert<T>(List<T> list, T item, Func<T, string> id)
    {
        var at = list.FindIndex(x => id(x) == id(item));
        if (at >= 0)
        {
            list[at] = item;
        }
        else
        {
            list.Add(item);
        }
    }
}
