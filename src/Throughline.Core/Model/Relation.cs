namespace Throughline.Core.Model;

/// <summary>An amount of money as stated by a source (no conversion).</summary>
public sealed record Money(decimal Value, string Currency);

/// <summary>
/// A verbatim quote from an article that supports a relation. <see cref="Start"/> and <see cref="End"/> are
/// character offsets [Start, End) into the article's stored text, computed at import.
/// </summary>
public sealed record Evidence(string ArticleId, string Quote, int Start, int End);

/// <summary>
/// One claim that <see cref="From"/> stands in a typed relation to <see cref="To"/>, in the type's canonical direction.
/// </summary>
public sealed record Relation(
    string Id,
    RelationType Type,
    string From,
    string To,
    RelationStatus Status,
    double Confidence,
    IReadOnlyList<Evidence> Evidence,
    PartialDate? ValidFrom = null,
    PartialDate? ValidTo = null,
    double? StakePercent = null,
    Money? Amount = null,
    string? Product = null,
    string? Note = null)
{
    /// <summary>
    /// Whether the relation holds at some time within <paramref name="asOf"/>: its [ValidFrom, ValidTo] range, open ends
    /// allowed, overlaps the days <paramref name="asOf"/> stands for. So a stake held 2010–2016 holds as of "2016" but not "2017".
    /// </summary>
    public bool IsValidAt(PartialDate? asOf) =>
        asOf is not { } at
        || ((ValidFrom is not { } from || from.FirstDay <= at.LastDay) && (ValidTo is not { } to || to.LastDay >= at.FirstDay));

    public bool Equals(Relation? other) =>
        other is not null && Id == other.Id && Type == other.Type && From == other.From && To == other.To
        && Status == other.Status && Confidence.Equals(other.Confidence) && Evidence.SequenceEqual(other.Evidence)
        && ValidFrom == other.ValidFrom && ValidTo == other.ValidTo && StakePercent == other.StakePercent
        && Amount == other.Amount && Product == other.Product && Note == other.Note;

    public override int GetHashCode() => HashCode.Combine(Id, Type, From, To);
}
