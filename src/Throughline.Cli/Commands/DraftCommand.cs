using Throughline.Core.SeedData;
using Throughline.Ingest;
using Throughline.Ingest.Drafting;

namespace Throughline.Cli.Commands;

/// <summary>
/// <c>throughline draft FILE</c>: drafts claims from a new article (Markdown with front matter, plain text, HTML or a JSON
/// feed item) against the graph in a seed directory, and writes the article, a claims file and an entities patch there
/// (or under <c>--out</c>), every proposal marked <c>draft: true</c>. Nothing enters the graph until a reviewer accepts it.
/// </summary>
internal sealed class DraftCommand : ICliCommand
{
    public string Name => "draft";

    public string Summary => "draft claims from a new article (text, Markdown, HTML or feed item) for review: draft: true proposals with quotes";

    public IReadOnlyList<CliArgument> Arguments { get; } = [new("file", "the article: .md with front matter, .txt, .html or a JSON feed item")];

    public IReadOnlyList<CliOption> Options { get; } =
    [
        new("seed", "seed-data directory whose entities the article is resolved against (default: seed-data)", "DIR"),
        new("article-id", "id for the new article (default: from the file name, or the title)", "ID"),
        new("out", "seed directory to write articles/, claims/ and entities/ into (default: the --seed directory)", "DIR"),
        new("outlet", "the publication, written to the article's front matter", "NAME"),
        CliOption.Json,
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context, CancellationToken ct)
    {
        var file = args.Argument("file")!;
        var path = context.Resolve(file);
        if (!File.Exists(path))
        {
            throw new UsageException($"no such file: {file}");
        }

        var seed = args.Option("seed") ?? "seed-data";
        var seedPath = context.Resolve(seed);
        if (!Directory.Exists(seedPath))
        {
            throw new UsageException($"no such seed directory: {seed}");
        }

        var graph = SeedLoader.Load(seedPath);
        if (!graph.IsValid)
        {
            foreach (var problem in graph.Problems.Take(20))
            {
                await context.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            throw new CliFailure($"the graph in {seed} has {graph.Problems.Count} problem(s); fix them before drafting against it");
        }

        var article = ArticleText.Extract(await File.ReadAllTextAsync(path, ct).ConfigureAwait(false));
        if (article.Text.Length == 0)
        {
            throw new CliFailure($"{file}: no article text found");
        }

        var articleId = args.Option("article-id") ?? DefaultId(path, article);
        if (!SeedIds.IsSlug(articleId))
        {
            throw new UsageException($"--article-id '{articleId}' must be a lowercase slug: [a-z0-9][a-z0-9-]*");
        }

        var drafter = new Drafter(graph.Batch.Entities, graph.Batch.Relations.Select(r => r.Id));
        var draft = drafter.Draft(article, articleId);
        var output = new DraftOutput(context.Resolve(args.Option("out") ?? seed), args.Option("out") ?? seed);
        var written = output.Write(draft, graph.Batch.Articles.FirstOrDefault(a => a.Id == articleId), file, args.Option("outlet"));

        if (args.Json)
        {
            await CliJson.WriteAsync(context, new
            {
                article = articleId,
                files = written,
                relations = draft.Relations.Count,
                quotes = draft.Relations.Sum(r => r.Evidence.Count),
                newEntities = draft.Entities.Count,
                resolved = draft.Resolved.Select(r => new { name = r.Name, entity = r.EntityId, score = r.Score }),
            }).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        await context.Out.WriteLineAsync(
            $"drafted {articleId}: {draft.Relations.Count} relations ({draft.Relations.Sum(r => r.Evidence.Count)} quotes), " +
            $"{draft.Entities.Count} new entities, {draft.Resolved.Count} names resolved by similarity").ConfigureAwait(false);
        foreach (var name in written)
        {
            await context.Out.WriteLineAsync($"  wrote {name}").ConfigureAwait(false);
        }

        await context.Out.WriteLineAsync($"next: throughline review {written.First(w => w.Contains("claims", StringComparison.Ordinal))}").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>A seed article keeps its file name; any other file is named after its title, else its file name.</summary>
    private static string DefaultId(string path, ExtractedArticle article)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        if (SeedIds.IsSlug(stem) || article.Title is not { Length: > 0 } title)
        {
            return Trim(Slug.Of(stem));
        }

        return Trim(Slug.Of(article.Published is { Length: >= 4 } p ? $"{title} {p}" : title));

        static string Trim(string slug) => slug.Length <= 60 ? slug : slug[..60].TrimEnd('-');
    }
}
