namespace Throughline.Core.Model;

/// <summary>
/// A source article. <see cref="Republishes"/> marks a syndicated copy of another article and <see cref="Cites"/> the
/// articles whose reporting this one reports; both let a relation's independent sources be counted by origin.
/// <see cref="Text"/> is null for an article known only by reference.
/// </summary>
public sealed record Article(
    string Id,
    string Title,
    string? Outlet,
    IReadOnlyList<string> Authors,
    string? Url,
    PartialDate? Published,
    string? Republishes,
    IReadOnlyList<string> Cites,
    string? Text)
{
    public bool Equals(Article? other) =>
        other is not null && Id == other.Id && Title == other.Title && Outlet == other.Outlet
        && Authors.SequenceEqual(other.Authors) && Url == other.Url && Published == other.Published
        && Republishes == other.Republishes && Cites.SequenceEqual(other.Cites) && Text == other.Text;

    public override int GetHashCode() => HashCode.Combine(Id, Title);
}
