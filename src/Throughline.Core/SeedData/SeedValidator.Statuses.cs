using Throughline.Core.Model;

namespace Throughline.Core.SeedData;

/// <summary>
/// Status follows evidence: Confirmed needs a CONFIRMS item spoken by a party to the relation, Denied a DENIES item
/// from a party, Disputed a DISPUTES or DENIES item. A speaker speaks for a party when it is the party, owns it or is its
/// parent (PARENT_OF/OWNS), or is a person AFFILIATED_WITH the party or with such an owner. Checked once every claims
/// file is read, since the ownership and affiliation relations may be defined in any of them.
/// </summary>
internal sealed partial class SeedValidator
{
    private readonly Dictionary<string, SeedLocation> _statusLines = new(StringComparer.Ordinal);

    public void CheckStatuses()
    {
        var controls = Links(RelationType.ParentOf, RelationType.Owns);
        var affiliations = Links(RelationType.AffiliatedWith);
        foreach (var relation in _relations)
        {
            if (!_statusLines.TryGetValue(relation.Id, out var at))
            {
                continue;
            }

            bool ForParty(Evidence e) => e.Speaker is { } speaker && SpeaksFor(speaker, relation, controls, affiliations);
            var problem = relation.Status switch
            {
                RelationStatus.Confirmed when !relation.Evidence.Any(e => e.Stance == EvidenceStance.Confirms && ForParty(e)) =>
                    $"status Confirmed needs a 'stance: CONFIRMS' item spoken by a party ({Parties(relation)})" + Hint(relation, EvidenceStance.Confirms),
                RelationStatus.Denied when !relation.Evidence.Any(e => e.Stance == EvidenceStance.Denies && ForParty(e)) =>
                    $"status Denied needs a 'stance: DENIES' item spoken by a party ({Parties(relation)})" + Hint(relation, EvidenceStance.Denies),
                RelationStatus.Disputed when !relation.Evidence.Any(e => e.Contests) =>
                    "status Disputed needs an evidence item with 'stance: DISPUTES' or 'stance: DENIES'",
                _ => null,
            };
            if (problem is not null)
            {
                problems.Add(at, $"relation '{relation.Id}': {problem}");
            }
        }
    }

    private static string Parties(Relation relation) =>
        $"{relation.From}, {relation.To}, an owner or parent of one, or a person affiliated with one";

    private static string Hint(Relation relation, EvidenceStance stance) =>
        relation.Evidence.FirstOrDefault(e => e.Stance == stance) is { } item
            ? item.Speaker is { } speaker
                ? $"; the {YamlMap.WireName(stance)} item's speaker '{speaker}' is none of these"
                : $"; the {YamlMap.WireName(stance)} item has no speaker"
            : string.Empty;

    private static bool SpeaksFor(
        string speaker, Relation relation, ILookup<string, string> controls, ILookup<string, string> affiliations)
    {
        // The speaker itself and, for a person, the organisations it is affiliated with.
        var voices = affiliations[speaker].Prepend(speaker).ToList();
        return voices.Any(v => IsOrControls(v, relation.From) || IsOrControls(v, relation.To));

        bool IsOrControls(string voice, string party) => voice == party || controls[voice].Contains(party, StringComparer.Ordinal);
    }

    /// <summary>from → to of the non-negated relations of these types.</summary>
    private ILookup<string, string> Links(params RelationType[] types) =>
        _relations.Where(r => types.Contains(r.Type) && !r.Status.IsNegated()).ToLookup(r => r.From, r => r.To, StringComparer.Ordinal);
}
