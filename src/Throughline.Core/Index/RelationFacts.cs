using System.Runtime.InteropServices;
using Throughline.Core.Model;

namespace Throughline.Core.Index;

/// <summary>
/// What traversal needs of one relation, packed in one struct so a hop check touches one cache line rather than five arrays.
/// Open validity ends are int.MinValue / int.MaxValue day numbers, so an interval test needs no null checks.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct RelationFacts(
    int ValidFrom, int ValidTo, double Confidence, RelationType Type, RelationStatus Status, bool Contested = false, ushort Sources = 0)
{
    public static RelationFacts Of(Relation relation) => new(
        relation.ValidFrom?.FirstDay ?? int.MinValue,
        relation.ValidTo?.LastDay ?? int.MaxValue,
        relation.Confidence,
        relation.Type,
        relation.Status,
        relation.IsContested,
        (ushort)Math.Min(relation.IndependentSources, ushort.MaxValue));

    /// <summary>Reported or Confirmed: a hop with such a relation is not flagged as disputed.</summary>
    public bool IsSolid => Status is RelationStatus.Reported or RelationStatus.Confirmed;
}
