using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Cli.Commands;

/// <summary>One relation as seen from an entity: which way it points and who is at the other end.</summary>
internal sealed record RelationView(
    string Id,
    string Type,
    string Direction,
    string OtherId,
    string OtherName,
    RelationStatus Status,
    double Confidence,
    PartialDate? ValidFrom,
    PartialDate? ValidTo,
    double? StakePercent,
    Money? Amount,
    string? Product,
    string? Note,
    IReadOnlyList<Evidence> Evidence,
    int IndependentSources);

/// <summary>Relations held through a subsidiary (a PARENT_OF target), e.g. Intel's investments made by Intel Capital.</summary>
internal sealed record SubsidiaryView(string Id, string Name, IReadOnlyList<RelationView> Outgoing);

internal sealed record EntityReport(Entity Entity, IReadOnlyList<RelationView> Outgoing, IReadOnlyList<RelationView> Incoming, IReadOnlyList<SubsidiaryView> Subsidiaries)
{
    private const int MaxSubsidiaryDepth = 3;

    public static async Task<EntityReport> BuildAsync(IGraphStore store, Entity entity, CancellationToken ct)
    {
        var outgoing = await store.GetRelationsOfAsync(entity.Id, Direction.Outgoing, null, int.MaxValue, ct).ConfigureAwait(false);
        var incoming = await store.GetRelationsOfAsync(entity.Id, Direction.Incoming, null, int.MaxValue, ct).ConfigureAwait(false);
        var subsidiaries = await SubsidiaryRelationsAsync(store, entity.Id, outgoing, ct).ConfigureAwait(false);
        var ids = outgoing.Select(r => r.To).Concat(incoming.Select(r => r.From))
            .Concat(subsidiaries.SelectMany(s => s.Relations.Select(r => r.To).Append(s.Id)))
            .ToHashSet(StringComparer.Ordinal);
        var names = (await store.GetEntitiesAsync(ids, ct).ConfigureAwait(false)).ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        string NameOf(string id) => names.GetValueOrDefault(id, id);
        return new EntityReport(
            entity,
            outgoing.Select(r => View(r, "out", r.To, NameOf(r.To))).ToList(),
            incoming.Select(r => View(r, "in", r.From, NameOf(r.From))).ToList(),
            subsidiaries.Select(s => new SubsidiaryView(s.Id, NameOf(s.Id), s.Relations.Select(r => View(r, "out", r.To, NameOf(r.To))).ToList())).ToList());
    }

    /// <summary>Follows non-negated PARENT_OF relations down a few levels and collects each subsidiary's outgoing relations.</summary>
    private static async Task<List<(string Id, IReadOnlyList<Relation> Relations)>> SubsidiaryRelationsAsync(
        IGraphStore store, string rootId, IReadOnlyList<Relation> rootOutgoing, CancellationToken ct)
    {
        var found = new List<(string, IReadOnlyList<Relation>)>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { rootId };
        var level = rootOutgoing;
        for (var depth = 0; depth < MaxSubsidiaryDepth; depth++)
        {
            var next = new List<Relation>();
            foreach (var child in level.Where(r => r.Type == RelationType.ParentOf && !r.Status.IsNegated()).Select(r => r.To).Where(seen.Add))
            {
                var relations = await store.GetRelationsOfAsync(child, Direction.Outgoing, null, int.MaxValue, ct).ConfigureAwait(false);
                found.Add((child, relations));
                next.AddRange(relations);
            }

            level = next;
        }

        return found;
    }

    private static RelationView View(Relation r, string direction, string otherId, string otherName) => new(
        r.Id, r.Type.WireName(), direction, otherId, otherName, r.Status, r.Confidence, r.ValidFrom, r.ValidTo,
        r.StakePercent, r.Amount, r.Product, r.Note, r.Evidence, Provenance.IndependentSources(r));
}
