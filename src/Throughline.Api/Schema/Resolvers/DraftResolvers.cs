using Throughline.Api.KnowledgeBase;
using Throughline.Api.Schema.Drafts;
using Throughline.Core.Drafts;

namespace Throughline.Api.Schema.Resolvers;

/// <summary>
/// Drafts for review: read with drafts/draft, written by draftClaims and reviewed per proposal. They live in the store
/// beside the graph (<see cref="IDraftStore"/>); an accept writes its records there directly, in the draft's
/// transaction, so the index is brought up to the store's version before the mutation answers.
/// </summary>
internal static class DraftResolvers
{
    public static void Bind(ResolverBinder binder, KnowledgeGraph graph)
    {
        IDraftStore Drafts() => graph.Drafts ?? throw Errors.BadInput($"The {graph.Store.Name} store in use keeps no drafts.");
        var review = new Lazy<DraftReview>(() => new DraftReview(graph.Store, Drafts()));
        binder
            .Field("Query", "drafts", async c => await Drafts().ListDraftsAsync(c.CancellationToken).ConfigureAwait(false))
            .Field("Query", "draft", async c => await Drafts().GetDraftAsync(c.GetArgument<string>("id")!, c.CancellationToken).ConfigureAwait(false))
            .Field("Draft", "createdAt", c => ((Draft)c.Source!).CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture))
            .Field("Draft", "pending", c => DraftMapping.Pending((Draft)c.Source!))
            .Field("DraftArticle", "text", c => ((Core.Model.Article)c.Source!).Text ?? string.Empty)
            .Field("Mutation", "draftClaims", async c =>
                await DraftClaims.RunAsync(Arguments.Object(c, "input")!, graph.Store, Drafts(), c.CancellationToken).ConfigureAwait(false))
            .Field("Mutation", "acceptDraft", async c =>
            {
                var draft = await review.Value.AcceptAsync(c.GetArgument<string>("id")!, c.GetArgument<string>("proposal")!, c.CancellationToken)
                    .ConfigureAwait(false);
                if (graph.Indexed is { } indexed)
                {
                    await indexed.RefreshAsync(c.CancellationToken).ConfigureAwait(false);
                }

                return draft;
            })
            .Field("Mutation", "rejectDraft", async c =>
                await review.Value.RejectAsync(c.GetArgument<string>("id")!, c.GetArgument<string>("proposal")!, c.CancellationToken).ConfigureAwait(false))
            .Field("Mutation", "editDraft", async c =>
                await review.Value.EditAsync(c.GetArgument<string>("id")!, c.GetArgument<string>("proposal")!, Arguments.Object(c, "edit")!, c.CancellationToken)
                    .ConfigureAwait(false));
    }
}
