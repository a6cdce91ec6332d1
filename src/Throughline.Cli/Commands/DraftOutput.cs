using Throughline.Core.Model;
using Throughline.Core.SeedData;
using Throughline.Ingest.Drafting;

namespace Throughline.Cli.Commands;

/// <summary>
/// Writes a draft into a seed directory: <c>articles/&lt;id&gt;.md</c> (unless the article is already there with the same
/// text), <c>claims/&lt;id&gt;.yaml</c> and <c>entities/&lt;id&gt;.yaml</c>. It never overwrites claims: an existing
/// claims file for the id is the curated record or a draft under review.
/// </summary>
internal sealed class DraftOutput(string directory, string asWritten)
{
    public IReadOnlyList<string> Write(ArticleDraftResult draft, Article? existing, string source, string? outlet)
    {
        var id = draft.ArticleId;
        var claims = Path.Combine(directory, "claims", id + ".yaml");
        if (File.Exists(claims))
        {
            throw new CliFailure($"{Display("claims", id + ".yaml")} already exists: pass another --article-id, or remove the file to draft again");
        }

        var written = new List<string>();
        var articleFile = Path.Combine(directory, "articles", id + ".md");
        if (existing is not null && QuoteLocator.Normalise(existing.Text ?? string.Empty) != QuoteLocator.Normalise(draft.Article.Text))
        {
            throw new CliFailure($"article '{id}' is already in the graph with different text: pass another --article-id");
        }

        if (existing is null && File.Exists(articleFile))
        {
            throw new CliFailure($"{Display("articles", id + ".md")} already exists: pass another --article-id");
        }

        if (existing is null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(articleFile)!);
            File.WriteAllText(articleFile, DraftYaml.Article(draft, outlet));
            written.Add(Display("articles", id + ".md"));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(claims)!);
        File.WriteAllText(claims, DraftYaml.Claims(draft, Path.GetFileName(source)));
        written.Add(Display("claims", id + ".yaml"));
        if (draft.Entities.Count > 0)
        {
            var entities = Path.Combine(directory, "entities", id + ".yaml");
            Directory.CreateDirectory(Path.GetDirectoryName(entities)!);
            File.WriteAllText(entities, DraftYaml.Entities(draft));
            written.Add(Display("entities", id + ".yaml"));
        }

        return written;
    }

    private string Display(string folder, string name) => Path.Join(asWritten, folder, name);
}
