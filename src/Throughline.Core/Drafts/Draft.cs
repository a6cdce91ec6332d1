using Throughline.Core.Model;

namespace Throughline.Core.Drafts;

/// <summary>Where a reviewer has got to with one proposal: only a pending proposal may be accepted, rejected or edited.</summary>
public enum ProposalState
{
    Pending,
    Accepted,
    Rejected,
}

/// <summary>
/// Claims drafted from one article and stored for review. A draft is not part of the graph: path queries, neighbourhoods,
/// stats and exports never see it; only what a reviewer accepts is written to the graph, through the same validation as
/// an import. <see cref="Revision"/> moves with every stored change, so two reviewers cannot both act on the same state.
/// </summary>
public sealed record Draft(
    string Id,
    Article Article,
    DateTimeOffset CreatedAt,
    long Revision,
    IReadOnlyList<DraftEntity> Entities,
    IReadOnlyList<DraftRelation> Relations)
{
    public bool Equals(Draft? other) => other is not null && DraftJson.Write(this) == DraftJson.Write(other);

    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);
}

/// <summary>An existing entity a proposed name may be, with the resolver's similarity score in 0..1.</summary>
public sealed record DraftCandidate(string EntityId, string Name, double Score);

/// <summary>
/// A name the graph does not know, proposed as a new entity with a kind guess. <see cref="SameAs"/> is the candidate a
/// reviewer chose instead (accepting then writes no entity and the relations use that one).
/// </summary>
public sealed record DraftEntity(
    string Id,
    string Name,
    EntityKind Kind,
    double Confidence,
    string Signal,
    IReadOnlyList<DraftCandidate> Candidates,
    ProposalState State = ProposalState.Pending,
    string? SameAs = null);

/// <summary>A quote proposed as evidence: <c>article.Text[Start..End]</c>, with how it bears on the relation.</summary>
public sealed record DraftQuote(
    string Quote, int Start, int End, EvidenceStance Stance, string? Speaker, string? AttributedTo, string Signal);

/// <summary>A relation proposed from the article, with the rule or signal that produced it and its confidence.</summary>
public sealed record DraftRelation(
    string Id,
    RelationType Type,
    string From,
    string To,
    RelationStatus Status,
    double Confidence,
    string Signal,
    IReadOnlyList<DraftQuote> Evidence,
    PartialDate? ValidFrom = null,
    PartialDate? ValidTo = null,
    double? StakePercent = null,
    Money? Amount = null,
    string? Product = null,
    ProposalState State = ProposalState.Pending);
