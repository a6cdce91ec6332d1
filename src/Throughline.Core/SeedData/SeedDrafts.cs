using Throughline.Core.Model;

namespace Throughline.Core.SeedData;

/// <summary>An article as read from its file, with where its references were written.</summary>
internal sealed record ArticleDraft(Article Article, SeedLocation At, SeedLocation? RepublishesAt, SeedLocation? CitesAt);

/// <summary>An entity as read from entities.yaml.</summary>
internal sealed record EntityDraft(Entity Entity, SeedLocation At, SeedLocation? LocatedInAt);

/// <summary>
/// A quote as written (<see cref="ArticleAt"/>: where its article was named); its offsets are found by the validator,
/// which also resolves <see cref="Speaker"/> and defaults <see cref="Origin"/>.
/// </summary>
internal sealed record EvidenceDraft(string ArticleId, string Quote, SeedLocation At, SeedLocation ArticleAt)
{
    public EvidenceStance Stance { get; init; }

    public string? Speaker { get; init; }

    public string? AttributedTo { get; init; }

    public string? Origin { get; init; }

    public PartialDate? ObservedAt { get; init; }

    public SeedLocation SpeakerAt { get; init; } = At;

    public SeedLocation OriginAt { get; init; } = At;
}

/// <summary>
/// A relation as read from a claims file. <see cref="Type"/> is null when the type name was not in the catalogue
/// (already reported), so kind checks skip it while reference checks still run.
/// </summary>
internal sealed record RelationDraft(
    string Id,
    RelationType? Type,
    string From,
    string To,
    RelationStatus Status,
    double Confidence,
    IReadOnlyList<EvidenceDraft> Evidence,
    PartialDate? ValidFrom,
    PartialDate? ValidTo,
    double? StakePercent,
    Money? Amount,
    string? Product,
    string? Note,
    SeedLocation At,
    SeedLocation FromAt,
    SeedLocation ToAt,
    SeedLocation StatusAt)
{
    public string? Role { get; init; }

    public SupplyChannel? Channel { get; init; }

    public Quantity? Quantity { get; init; }

    public string? Reason { get; init; }
}
