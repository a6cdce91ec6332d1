namespace Throughline.Core.Model;

/// <summary>
/// A node of the graph. <see cref="Id"/> is a stable slug such as <c>org/intel</c>.
/// <see cref="LocatedIn"/> nests places (a gazetteer fact about a place, not a claim), and is null for other kinds.
/// <see cref="Unnamed"/> marks a placeholder party the sources do not name ("a subsidiary of PCI-Suntek").
/// </summary>
public sealed record Entity(
    string Id,
    string Name,
    EntityKind Kind,
    IReadOnlyList<string> Aliases,
    string? Country = null,
    string? Description = null,
    string? LocatedIn = null,
    bool Unnamed = false)
{
    /// <summary>The name and every alias, for matching and search.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    public bool Equals(Entity? other) =>
        other is not null && Id == other.Id && Name == other.Name && Kind == other.Kind
        && Aliases.SequenceEqual(other.Aliases) && Country == other.Country
        && Description == other.Description && LocatedIn == other.LocatedIn && Unnamed == other.Unnamed;

    public override int GetHashCode() => HashCode.Combine(Id, Name, Kind);
}
