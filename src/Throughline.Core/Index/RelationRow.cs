using Throughline.Core.Model;

namespace Throughline.Core.Index;

/// <summary>
/// What the path index keeps of one relation: its id, its ends' ids and the facts traversal filters and flags on. A
/// store's change feed can hand the index these (<see cref="IIndexFeedStore"/>) instead of whole records: a replica then
/// reads no evidence, notes or amounts only to drop them. Validity ends are day numbers (<see cref="PartialDate.FirstDay"/>
/// of validFrom, <see cref="PartialDate.LastDay"/> of validTo), open ends int.MinValue / int.MaxValue.
/// </summary>
public sealed record RelationRow(
    string Id, RelationType Type, string From, string To, RelationStatus Status, double Confidence, int ValidFromDay,
    int ValidToDay, bool Contested, int IndependentSources)
{
    public static RelationRow Of(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return new RelationRow(
            relation.Id, relation.Type, relation.From, relation.To, relation.Status, relation.Confidence,
            relation.ValidFrom?.FirstDay ?? int.MinValue, relation.ValidTo?.LastDay ?? int.MaxValue, relation.IsContested,
            relation.IndependentSources);
    }

    internal RelationFacts Facts => new(
        ValidFromDay, ValidToDay, Confidence, Type, Status, Contested, (ushort)Math.Clamp(IndependentSources, 0, ushort.MaxValue));
}
