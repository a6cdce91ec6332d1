using Throughline.Core.Model;

namespace Throughline.Ingest.Drafting;

/// <summary>One quote proposed as evidence: <c>text[Start..End]</c> of the article, with how it bears on the relation.</summary>
public sealed record EvidenceProposal(
    string Quote, int Start, int End, EvidenceStance Stance, string? Speaker, string? AttributedTo, string Signal);

/// <summary>
/// A relation the drafter proposes from the article: never in the graph until a reviewer accepts it. <see cref="Signal"/>
/// names the rule and the cues that produced it, so a reviewer can see why.
/// </summary>
public sealed record RelationProposal(
    string Id,
    RelationType Type,
    string From,
    string To,
    RelationStatus Status,
    double Confidence,
    string Signal,
    IReadOnlyList<EvidenceProposal> Evidence,
    PartialDate? ValidFrom = null,
    PartialDate? ValidTo = null,
    double? StakePercent = null,
    Money? Amount = null,
    string? Product = null);

/// <summary>An existing entity that a new name may be, with a similarity score in 0..1.</summary>
public sealed record ResolutionCandidate(string EntityId, string Name, double Score);

/// <summary>
/// A name the graph does not know, proposed as a new entity with a kind guess. <see cref="Candidates"/> are existing
/// entities it may be instead, best first; the drafter never merges it into one of them by itself.
/// </summary>
public sealed record EntityProposal(
    string Id, string Name, EntityKind Kind, double Confidence, string Signal, IReadOnlyList<ResolutionCandidate> Candidates);

/// <summary>
/// A name written differently from every known name that the resolver matched to an existing entity with a score at or
/// above <see cref="EntityResolver.ResolveAt"/>; the relations using it say so in their signal for the reviewer.
/// </summary>
public sealed record ResolvedName(string Name, string EntityId, double Score);

/// <summary>Everything drafted from one article.</summary>
public sealed record ArticleDraftResult(
    string ArticleId,
    ExtractedArticle Article,
    IReadOnlyList<RelationProposal> Relations,
    IReadOnlyList<EntityProposal> Entities,
    IReadOnlyList<ResolvedName> Resolved);
