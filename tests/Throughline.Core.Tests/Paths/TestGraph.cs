using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Core.Tests.Paths;

/// <summary>Hand-built graphs for engine tests: entities by id (kind from the prefix), relations by a one-line spec.</summary>
internal sealed class TestGraph
{
    private readonly List<Entity> _entities = [];
    private readonly List<Relation> _relations = [];

    public TestGraph Entity(string id, string? name = null, string? locatedIn = null, params string[] aliases)
    {
        var kind = id.Split('/')[0] switch
        {
            "place" => EntityKind.Place,
            "project" => EntityKind.Project,
            "person" => EntityKind.Person,
            "gov" => EntityKind.GovernmentBody,
            "product" => EntityKind.Product,
            _ => EntityKind.Organization,
        };
        _entities.Add(new Entity(id, name ?? id.Split('/')[1], kind, aliases, LocatedIn: locatedIn));
        return this;
    }

    public TestGraph Relation(
        string id, string from, RelationType type, string to, double confidence = 0.8, RelationStatus status = RelationStatus.Reported,
        string? validFrom = null, string? validTo = null)
    {
        foreach (var end in new[] { from, to }.Where(e => _entities.All(x => x.Id != e)))
        {
            Entity(end);
        }

        _relations.Add(new Relation(
            id, type, from, to, status, confidence, [new Evidence("a", "q", 0, 1)],
            validFrom is null ? null : PartialDate.Parse(validFrom), validTo is null ? null : PartialDate.Parse(validTo)));
        return this;
    }

    public GraphSnapshot Snapshot => new([], _entities, _relations);

    public PathEngine Engine(PathLimits? limits = null) => new(GraphIndex.Build(_entities, _relations), limits);

    public static EntitySelector Ids(params string[] ids) => new(Ids: ids);
}

internal static class PathText
{
    /// <summary>"a>b>c" for a path's entity sequence (ids without prefixes), to compare with expected routes.</summary>
    public static string Route(this GraphPath path) => string.Join('>', path.EntityIds.Select(id => id.Split('/')[1]));

    public static IEnumerable<string> Routes(this PathPage page) => page.Edges.Select(e => e.Path.Route());

    /// <summary>Everything a path carries, in one line, so engine and reference can be compared with a readable diff.</summary>
    public static string Describe(this GraphPath path) =>
        $"{string.Join('>', path.EntityIds)} conf={path.Confidence:R} weakest={path.WeakestHop} disputed={path.Disputed} hops=[" +
        string.Join("; ", path.Hops.Select(h => $"{h.From}->{h.To} {string.Join(',', h.RelationIds)} {h.Confidence:R} {h.Disputed}")) + "]";
}
