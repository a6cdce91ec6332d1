namespace Throughline.Core.Model;

/// <summary>
/// How a quote bears on its relation. Only <see cref="Asserts"/> and <see cref="Confirms"/> count as sources for it;
/// <see cref="Denies"/> and <see cref="Disputes"/> make a hop contested.
/// </summary>
public enum EvidenceStance : byte
{
    /// <summary>The source states the relation (the default).</summary>
    Asserts,

    /// <summary>A party to the relation, or its parent, confirms it.</summary>
    Confirms,

    Denies,

    Disputes,

    /// <summary>Declined to comment or did not reply.</summary>
    NoComment,

    /// <summary>A relevant statement that neither confirms nor denies ("complies with all export rules").</summary>
    Context,
}

/// <summary>
/// A verbatim quote from an article that bears on a relation. <see cref="Start"/> and <see cref="End"/> are character
/// offsets [Start, End) into the article's stored text, computed at import. <see cref="Speaker"/> is an entity id or,
/// for an unnamed speaker, a label ("Hikvision spokeswoman"); null is the article's own voice. <see cref="Origin"/> is the
/// article in which the statement was first published; the seed validator and the mutations fill it in (the quoting
/// article after following <c>republishes</c>) when it differs from <see cref="ArticleId"/>; null means the quoting article itself.
/// <see cref="ObservedAt"/> is when the source says the fact held, distinct from the relation's validity range.
/// </summary>
public sealed record Evidence(
    string ArticleId,
    string Quote,
    int Start,
    int End,
    EvidenceStance Stance = EvidenceStance.Asserts,
    string? Speaker = null,
    string? AttributedTo = null,
    string? Origin = null,
    PartialDate? ObservedAt = null)
{
    /// <summary>The article the statement was first published in.</summary>
    public string OriginId => Origin ?? ArticleId;

    /// <summary>Asserting or confirming evidence: the items that count as a relation's sources.</summary>
    public bool Supports => Stance is EvidenceStance.Asserts or EvidenceStance.Confirms;

    /// <summary>Denying or disputing evidence: a hop over such a relation is contested.</summary>
    public bool Contests => Stance is EvidenceStance.Denies or EvidenceStance.Disputes;
}
