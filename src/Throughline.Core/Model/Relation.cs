namespace Throughline.Core.Model;

/// <summary>
/// One claim that <see cref="From"/> stands in a typed relation to <see cref="To"/>, in the type's canonical direction.
/// <see cref="Role"/> is free text (a spokesperson, an exhibitor), <see cref="Channel"/> applies to SUPPLIES and
/// <see cref="Reason"/> to LISTED_ON (the stated reason for listing).
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
    string? Note = null,
    string? Role = null,
    SupplyChannel? Channel = null,
    Quantity? Quantity = null,
    string? Reason = null)
{
    /// <summary>
    /// Whether the relation holds at some time within <paramref name="asOf"/>: its [ValidFrom, ValidTo] range, open ends
    /// allowed, overlaps the days <paramref name="asOf"/> stands for. So a stake held 2010–2016 holds as of "2016" but not "2017".
    /// </summary>
    public bool IsValidAt(PartialDate? asOf) =>
        asOf is not { } at
        || ((ValidFrom is not { } from || from.FirstDay <= at.LastDay) && (ValidTo is not { } to || to.LastDay >= at.FirstDay));

    /// <summary>Distinct origins of the asserting and confirming evidence: how many independent publications state it.</summary>
    public int IndependentSources => Provenance.IndependentSources(this);

    /// <summary>Whether any evidence denies or disputes the relation.</summary>
    public bool IsContested => Evidence.Any(e => e.Contests);

    public bool Equals(Relation? other) =>
        other is not null && Id == other.Id && Type == other.Type && From == other.From && To == other.To
        && Status == other.Status && Confidence.Equals(other.Confidence) && Evidence.SequenceEqual(other.Evidence)
        && ValidFrom == other.ValidFrom && ValidTo == other.ValidTo && StakePercent == other.StakePercent
        && Amount == other.Amount && Product == other.Product && Note == other.Note
        && Role == other.Role && Channel == other.Channel && Quantity == other.Quantity && Reason == other.Reason;

    public override int GetHashCode() => HashCode.Combine(Id, Type, From, To);
}
