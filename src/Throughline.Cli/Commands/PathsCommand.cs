using System.Globalization;
using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Cli.Commands;

/// <summary>
/// <c>throughline paths --from Intel --to-kind Project --to-located-in Xinjiang</c>: every route between two selections,
/// best first, each hop with its relations and their quotes — or the page as JSON.
/// </summary>
internal sealed class PathsCommand : ICliCommand
{
    public string Name => "paths";

    public string Summary => "every route between two selections (e.g. --from Intel --to-kind Project --to-located-in Xinjiang), with quotes";

    public IReadOnlyList<CliArgument> Arguments { get; } = [];

    public IReadOnlyList<CliOption> Options => PathsArguments.Options;

    public async Task<int> RunAsync(ParsedArgs args, CliContext context, CancellationToken ct)
    {
        var request = PathsArguments.Parse(args);
        var store = await StoreFactory.OpenAsync(args, context, ct).ConfigureAwait(false);
        var (query, nothing, messages) = await request.ResolveAsync(store, ct).ConfigureAwait(false);
        // A store that answers path queries itself (Neo4j, in Cypher) is used as is; others get the in-memory index.
        await using var graph = store is IPathQueries ? store : await IndexedGraph.OpenAsync(store, ct: ct).ConfigureAwait(false);
        PathPage page;
        try
        {
            page = nothing
                ? new PathPage([], false, null, 0, false, messages, TotalCountIsExact: true)
                : await ((IPathQueries)graph).FindPathsAsync(query, ct).ConfigureAwait(false);
        }
        catch (PathQueryException e) when (e.Code == PathQueryException.NotFound)
        {
            throw new CliFailure(e.Message);
        }
        catch (PathQueryException e)
        {
            throw new UsageException(e.Message);
        }

        var paths = page.Edges.Select(e => e.Path).ToList();
        var entities = (await graph.GetEntitiesAsync(paths.SelectMany(p => p.EntityIds).ToHashSet(), ct).ConfigureAwait(false))
            .ToDictionary(e => e.Id, StringComparer.Ordinal);
        var relations = (await graph.GetRelationsAsync(paths.SelectMany(p => p.Hops.SelectMany(h => h.RelationIds)).ToHashSet(), ct)
            .ConfigureAwait(false)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        if (args.Json)
        {
            await CliJson.WriteAsync(context, PathsJson.Page(page, entities, relations)).ConfigureAwait(false);
        }
        else
        {
            await WriteTextAsync(context.Out, page, entities, relations).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }

    private static async Task WriteTextAsync(
        TextWriter output, PathPage page, Dictionary<string, Entity> entities, Dictionary<string, Relation> relations)
    {
        foreach (var message in page.Messages)
        {
            await output.WriteLineAsync($"note: {message}").ConfigureAwait(false);
        }

        var total = page.TotalCountIsExact ? $"{page.TotalCount}" : $"at least {page.TotalCount}";
        var shown = page.TotalCountIsExact && page.Edges.Count == page.TotalCount ? total : $"{page.Edges.Count} of {total}";
        await output.WriteLineAsync($"{shown} route{(page.TotalCount == 1 ? "" : "s")}{(page.Truncated ? " (search stopped at its work budget: more may exist)" : "")}")
            .ConfigureAwait(false);
        var number = 0;
        foreach (var path in page.Edges.Select(e => e.Path))
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            var facts = $"confidence {path.Confidence.ToString("0.###", CultureInfo.InvariantCulture)}, weakest hop {path.WeakestHop + 1}"
                + (path.Disputed ? ", disputed" : "");
            await output.WriteLineAsync($"{++number}. {PathsText.Route(path, entities, relations)}  ({facts})").ConfigureAwait(false);
            foreach (var relation in path.Hops.SelectMany(h => h.RelationIds).Select(id => relations[id]))
            {
                var status = relation.Status is RelationStatus.Reported ? "" : $" [{relation.Status}]";
                await output.WriteLineAsync($"     {relation.Type.WireName()} {relation.From} → {relation.To}{status}  {relation.Id}").ConfigureAwait(false);
                foreach (var evidence in relation.Evidence)
                {
                    await output.WriteLineAsync($"       \"{evidence.Quote.ReplaceLineEndings(" ")}\" ({evidence.ArticleId})").ConfigureAwait(false);
                }
            }
        }

        if (page.HasNextPage)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync($"more: --after {page.EndCursor}").ConfigureAwait(false);
        }
    }
}
