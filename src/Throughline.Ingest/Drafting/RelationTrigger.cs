using System.Text.RegularExpressions;
using Throughline.Core.Model;

namespace Throughline.Ingest.Drafting;

/// <summary>
/// A phrasing that states a relation of <see cref="Type"/>: in the active voice the mention before it is the relation's
/// source ("A invested in B"); <see cref="Reversed"/> phrasings name the target first ("B is owned by A", "B uses A's
/// chips"). <see cref="Confidence"/> is how reliably the phrasing means that type in ordinary news copy.
/// </summary>
public sealed record RelationTrigger(string Name, RelationType Type, Regex Pattern, double Confidence, bool Reversed = false)
{
    /// <summary>Types whose two ends play the same part, so either order is the relation.</summary>
    public bool Symmetric => Type is RelationType.PartneredWith or RelationType.ResearchCollaboration;
}
