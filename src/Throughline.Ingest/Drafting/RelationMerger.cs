using Throughline.Core.Model;

namespace Throughline.Ingest.Drafting;

/// <summary>
/// Merges sentence relations of the same type between the same ends (either order for symmetric types) into one
/// proposal: the best confidence, every distinct quote, the first stated value of each cue. Status follows the quotes
/// the way the validator wants it: a party's denial makes it Denied, a party's confirmation Confirmed, a dispute Disputed.
/// </summary>
internal sealed class RelationMerger(HashSet<string> takenIds)
{
    private readonly List<List<SentenceRelation>> _groups = [];
    private readonly Dictionary<(RelationType, string, string), int> _index = [];

    public void Add(SentenceRelation relation)
    {
        var key = (relation.Type, relation.From, relation.To);
        var symmetric = relation.Type is RelationType.PartneredWith or RelationType.ResearchCollaboration;
        if (!_index.TryGetValue(key, out var at) && !(symmetric && _index.TryGetValue((relation.Type, relation.To, relation.From), out at)))
        {
            at = _groups.Count;
            _index[key] = at;
            _groups.Add([]);
        }

        _groups[at].Add(relation);
    }

    public IReadOnlyList<RelationProposal> Proposals()
    {
        var ids = new HashSet<string>(takenIds, StringComparer.Ordinal);
        var proposals = new List<RelationProposal>();
        foreach (var group in _groups)
        {
            var first = group[0];
            var evidence = group.Select(r => r.Evidence).DistinctBy(e => e.Start).ToList();
            var validFrom = group.Select(r => r.ValidFrom).FirstOrDefault(d => d is not null);
            var validTo = group.Select(r => r.ValidTo).FirstOrDefault(d => d is not null);
            if (validFrom is { } f && validTo is { } t && f.FirstDay > t.LastDay)
            {
                validTo = null;
            }

            bool ByParty(EvidenceProposal e) => e.Speaker == first.From || e.Speaker == first.To;
            var status = evidence.Any(e => e.Stance == EvidenceStance.Denies && ByParty(e)) ? RelationStatus.Denied
                : evidence.Any(e => e.Stance == EvidenceStance.Disputes) ? RelationStatus.Disputed
                : evidence.Any(e => e.Stance == EvidenceStance.Confirms && ByParty(e)) ? RelationStatus.Confirmed
                : RelationStatus.Reported;
            proposals.Add(new RelationProposal(
                Id(first, ids), first.Type, first.From, first.To, status, group.Max(r => r.Confidence),
                string.Join(" | ", group.Select(r => r.Signal).Distinct(StringComparer.Ordinal)), evidence,
                validFrom, validTo,
                group.Select(r => r.StakePercent).FirstOrDefault(s => s is not null),
                group.Select(r => r.Amount).FirstOrDefault(a => a is not null),
                group.Select(r => r.Product).FirstOrDefault(p => p is not null)));
        }

        return proposals;
    }

    private static string Id(SentenceRelation relation, HashSet<string> ids)
    {
        static string Tail(string entityId) => entityId[(entityId.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var stem = $"{Tail(relation.From)}-{RelationCatalogue.Get(relation.Type).Name.ToLowerInvariant().Replace('_', '-')}-{Tail(relation.To)}";
        var id = stem;
        for (var n = 2; !ids.Add(id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }
}
