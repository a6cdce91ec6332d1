using Throughline.Core.Drafts;
using Throughline.Core.Model;
using Throughline.Ingest.Drafting;

namespace Throughline.Api.Schema.Drafts;

/// <summary>The drafter's result as the stored draft: the same proposals, each pending.</summary>
internal static class DraftMapping
{
    public static Draft ToDraft(ArticleDraftResult result, Article article, DateTimeOffset createdAt) => new(
        article.Id,
        article,
        createdAt,
        0,
        [.. result.Entities.Select(e => new DraftEntity(
            e.Id, e.Name, e.Kind, e.Confidence, e.Signal, [.. e.Candidates.Select(c => new DraftCandidate(c.EntityId, c.Name, c.Score))]))],
        [.. result.Relations.Select(r => new DraftRelation(
            r.Id, r.Type, r.From, r.To, r.Status, r.Confidence, r.Signal,
            [.. r.Evidence.Select(q => new DraftQuote(q.Quote, q.Start, q.End, q.Stance, q.Speaker, q.AttributedTo, q.Signal))],
            r.ValidFrom, r.ValidTo, r.StakePercent, r.Amount, r.Product))]);

    /// <summary>Proposals not yet accepted or rejected.</summary>
    public static int Pending(Draft draft) =>
        draft.Entities.Count(e => e.State == ProposalState.Pending) + draft.Relations.Count(r => r.State == ProposalState.Pending);
}
