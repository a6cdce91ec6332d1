using Throughline.Core.Drafts;
using Throughline.Core.Model;
using Throughline.Core.SeedData;
using Throughline.Core.Storage;
using Throughline.Ingest;
using Throughline.Ingest.Drafting;
using static Throughline.Api.Schema.Arguments;

namespace Throughline.Api.Schema.Drafts;

/// <summary>
/// draftClaims: the article extracted as its stated format, drafted against the graph as the request reads it, and
/// stored as a draft. Every input problem is a BAD_USER_INPUT naming its argument.
/// </summary>
internal static class DraftClaims
{
    /// <summary>Longer than any news article; bounds the drafter's work for one request.</summary>
    public const int MaxTextLength = 200_000;

    public static async Task<Draft> RunAsync(IReadOnlyDictionary<string, object?> input, IGraphStore graph, IDraftStore drafts, CancellationToken ct)
    {
        var text = Value<string>(input, "text") ?? string.Empty;
        if (text.Length > MaxTextLength)
        {
            throw Errors.BadInput($"Argument \"input.text\" is {text.Length} characters long; at most {MaxTextLength} are drafted in one request.");
        }

        var format = input.GetValueOrDefault("format") is ArticleFormat f ? f : ArticleFormat.Markdown;
        ExtractedArticle extracted;
        try
        {
            extracted = ArticleText.Extract(text, format);
        }
        catch (FormatException e)
        {
            throw Errors.BadInput($"Argument \"input.text\" is {e.Message}.");
        }

        if (extracted.Text.Length == 0)
        {
            throw Errors.BadInput($"Argument \"input.text\": no article text found in it (format {Enums.WireName(format)}).");
        }

        var title = Value<string>(input, "title") ?? extracted.Title;
        if (string.IsNullOrWhiteSpace(title))
        {
            throw Errors.BadInput("Argument \"input.title\" is required: the text gives no title.");
        }

        var published = input.GetValueOrDefault("published") is PartialDate given ? given
            : PartialDate.TryParse(extracted.Published, out var date, out _) ? date : (PartialDate?)null;
        var id = Value<string>(input, "articleId") ?? DefaultId(title, published);
        if (!SeedIds.IsSlug(id))
        {
            throw Errors.BadInput($"Argument \"input.articleId\" must be a slug (lowercase letters, digits and dashes): '{id}'.");
        }

        var article = new Article(id, title.Trim(), Value<string>(input, "outlet"), [], Value<string>(input, "url") ?? extracted.Url,
            published, null, [], extracted.Text);
        if ((await graph.GetArticlesAsync([id], ct).ConfigureAwait(false)).FirstOrDefault() is { } stored && stored.Text != article.Text)
        {
            throw Errors.BadInput($"Argument \"input.articleId\": the graph holds an article '{id}' with a different text; give another articleId.");
        }

        if (await drafts.GetDraftAsync(id, ct).ConfigureAwait(false) is not null)
        {
            throw Errors.BadInput($"Argument \"input.articleId\": a draft '{id}' is already stored; review it, or give another articleId.");
        }

        // The drafter resolves names against the whole graph; the request's view keeps it one version.
        var snapshot = await graph.ReadAllAsync(ct).ConfigureAwait(false);
        var drafter = new Drafter(snapshot.Entities, snapshot.Relations.Select(r => r.Id));
        var result = drafter.Draft(extracted with { Published = published?.ToString(), Title = article.Title }, id);
        try
        {
            return await drafts.AddDraftAsync(DraftMapping.ToDraft(result, article, DateTimeOffset.UtcNow), ct).ConfigureAwait(false);
        }
        catch (DraftConflictException e)
        {
            throw Errors.BadInput($"Argument \"input.articleId\": {e.Message}.");
        }
    }

    private static string DefaultId(string title, PartialDate? published)
    {
        var slug = Slug.Of(published is { } p ? $"{title} {p.Year}" : title);
        return slug.Length <= 60 ? slug : slug[..60].TrimEnd('-');
    }
}
