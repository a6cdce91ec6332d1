using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Storage.Contract;

/// <summary>
/// Small random graphs and random queries for comparing a path engine with <see cref="PathsReference"/>. They are built
/// to hit the corners: self-loops, parallel and opposite relations, shared names and aliases, nested places, partial
/// dates at interval boundaries, every status, and confidences that tie. Deterministic for a seed.
/// </summary>
public static class PathsRandomGraphs
{
    private static readonly RelationType[] Types =
        [RelationType.Supplies, RelationType.Owns, RelationType.ContractorFor, RelationType.LocatedIn, RelationType.OperatesIn];

    private static readonly double[] Confidences = [0.2, 0.5, 0.8, 0.8, 0.95, 1.0, 1.0 / 3];

    public static GraphSnapshot Create(int seed, int entityCount = 10, int relationCount = 24)
    {
        var random = new Random(seed);
        var article = new Article("random-article", "Random", null, [], null, null, null, [], "alpha beta gamma");
        var entities = new List<Entity>();
        for (var i = 0; i < entityCount; i++)
        {
            var kind = (i % 3) switch { 0 => EntityKind.Place, 1 => EntityKind.Organization, _ => EntityKind.Project };
            var prefix = kind switch { EntityKind.Place => "place", EntityKind.Project => "project", _ => "org" };
            var places = entities.Where(e => e.Kind == EntityKind.Place).ToList();
            var parent = kind == EntityKind.Place && places.Count > 0 && random.Next(2) == 0 ? places[random.Next(places.Count)].Id : null;
            string[] aliases = random.Next(4) == 0 ? [$"Alias {random.Next(3)}"] : [];
            entities.Add(new Entity($"{prefix}/e{i:D2}", $"Name {random.Next(entityCount)}", kind, aliases, LocatedIn: parent));
        }

        var relations = new List<Relation>();
        for (var i = 0; i < relationCount; i++)
        {
            var from = entities[random.Next(entityCount)].Id;
            var to = random.Next(10) == 0 ? from : entities[random.Next(entityCount)].Id;
            var status = (RelationStatus)random.Next(5);
            relations.Add(new Relation(
                $"r{i:D3}",
                Types[random.Next(Types.Length)],
                from,
                to,
                status,
                Confidences[random.Next(Confidences.Length)],
                [new Evidence(article.Id, "beta", 6, 10)],
                ValidFrom: RandomDate(random),
                ValidTo: RandomDate(random)));
        }

        // Keep validFrom <= validTo as stores require; a swapped pair still exercises both boundaries.
        relations = relations.Select(r => r.ValidFrom is { } f && r.ValidTo is { } t && f.FirstDay > t.LastDay
            ? r with { ValidFrom = r.ValidTo, ValidTo = r.ValidFrom }
            : r).ToList();
        return new GraphSnapshot([article], entities, relations);
    }

    public static PathOptions RandomOptions(Random random) => new(
        MaxHops: random.Next(1, 5),
        RelationTypes: random.Next(3) == 0 ? Types.Where(_ => random.Next(2) == 0).ToList() : null,
        Direction: (Direction)random.Next(3),
        AsOf: random.Next(3) == 0 ? RandomDate(random) : null,
        MinConfidence: random.Next(4) == 0 ? Confidences[random.Next(Confidences.Length)] : 0,
        IncludeDenied: random.Next(3) == 0);

    /// <summary>A selector mixing ids, names (some matching nothing), kinds and places; ids always exist.</summary>
    public static EntitySelector RandomSelector(Random random, GraphSnapshot graph)
    {
        var entities = graph.Entities;
        var pick = random.Next(6);
        return pick switch
        {
            0 => new EntitySelector(Ids: [entities[random.Next(entities.Count)].Id, entities[random.Next(entities.Count)].Id]),
            1 => new EntitySelector(Names: [$"name {random.Next(entities.Count + 2)}"]),
            2 => new EntitySelector(Kinds: [(EntityKind)new[] { 0, 3, 4 }[random.Next(3)]]),
            3 => new EntitySelector(LocatedIn: [RandomPlace(random, entities)]),
            4 => new EntitySelector(Kinds: [EntityKind.Project, EntityKind.Organization], LocatedIn: [RandomPlace(random, entities)]),
            _ => new EntitySelector(Ids: [entities[random.Next(entities.Count)].Id], Names: ["ALIAS 1", $"Name {random.Next(4)}"]),
        };
    }

    private static string RandomPlace(Random random, IReadOnlyList<Entity> entities)
    {
        var places = entities.Where(e => e.Kind == EntityKind.Place).ToList();
        var place = places[random.Next(places.Count)];
        return random.Next(2) == 0 ? place.Id : place.Name.ToUpperInvariant();
    }

    private static PartialDate? RandomDate(Random random) => random.Next(4) switch
    {
        0 => null,
        1 => PartialDate.FromYear(2014 + random.Next(4)),
        2 => PartialDate.FromYearMonth(2014 + random.Next(4), random.Next(1, 13)),
        _ => PartialDate.FromDate(new DateOnly(2014 + random.Next(4), random.Next(1, 13), random.Next(1, 29))),
    };
}
