using System.Diagnostics;
using Throughline.Core.Index;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Export;

namespace Throughline.Cli.Commands;

/// <summary>
/// <c>throughline export --format F [--out FILE] [paths options [--shortest] | --neighbourhood ID --depth N]</c>: the
/// whole graph, a path query's subgraph or a neighbourhood in a format other tools read. The whole graph streams from
/// the store; the file appears only when complete (written beside it, then renamed).
/// </summary>
internal sealed class ExportCommand : ICliCommand
{
    public string Name => "export";

    public string Summary => "write the graph, a path query's result or a neighbourhood as GraphML, GEXF, Cytoscape JSON, CSV, DOT, FollowTheMoney or Neo4j CSV";

    public IReadOnlyList<CliArgument> Arguments { get; } = [];

    public IReadOnlyList<CliOption> Options { get; } =
    [
        new("format", $"one of: {ExportFormats.Names}", "F"),
        new("out", "file to write (default: standard output)", "FILE"),
        new("shortest", "with paths options: export the shortest paths (--first is their limit) instead of a page of all paths"),
        new("neighbourhood", "export the neighbourhood of this entity id instead of paths", "ID"),
        new("depth", "neighbourhood depth in hops (default 1)", "N"),
        new("max-entities", "neighbourhood size cap (default 200)", "N"),
        .. PathsArguments.Options.Where(o => o.Name != "json"),
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context, CancellationToken ct)
    {
        var problems = new List<string>();
        ExportFormatInfo? format = null;
        if (args.Option("format") is not { } name)
        {
            problems.Add($"--format is required ({ExportFormats.Names})");
        }
        else if (!ExportFormats.TryParse(name, out format))
        {
            problems.Add($"--format: unknown format '{name}' (expected one of: {ExportFormats.Names})");
        }

        var scope = Scope(args, problems, context.Error);
        if (problems.Count > 0)
        {
            throw new UsageException(string.Join("; ", problems));
        }

        var store = await StoreFactory.OpenAsync(args, context, ct).ConfigureAwait(false);
        await using var owned = store;
        var clock = Stopwatch.StartNew();
        ExportGraph graph;
        try
        {
            graph = scope is null
                ? ExportScopes.WholeGraph(store, await ProgressAsync(store, context, ct).ConfigureAwait(false), ct)
                : await scope(store, ct).ConfigureAwait(false);
        }
        catch (PathQueryException e) when (e.Code == PathQueryException.NotFound)
        {
            throw new CliFailure(e.Message);
        }
        catch (PathQueryException e)
        {
            throw new UsageException(e.Message);
        }

        var outPath = args.Option("out") is { } o ? context.Resolve(o) : null;
        if (outPath is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await Exporter.WriteAsync(format!.Format, graph, stdout, ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var partial = outPath + ".partial";
        try
        {
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await Exporter.WriteAsync(format!.Format, graph, file, ct).ConfigureAwait(false);
            }

            File.Move(partial, outPath, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }

        context.Error.WriteLine($"wrote {outPath} ({format.Name}, {new FileInfo(outPath).Length:N0} bytes) in {clock.Elapsed.TotalSeconds:F1} s");
        return ExitCodes.Ok;
    }

    /// <summary>How to find the subgraph, or null for the whole graph; notes (an end no entity is left in) go to <paramref name="notes"/>.</summary>
    private static Func<IGraphStore, CancellationToken, Task<ExportGraph>>? Scope(ParsedArgs args, List<string> problems, TextWriter notes)
    {
        var hasSelectors = PathsArguments.SelectorOptions.Any(o => args.Option(o) is not null);
        if (args.Option("neighbourhood") is { } id)
        {
            if (hasSelectors)
            {
                problems.Add("--neighbourhood cannot be combined with --from/--to options");
            }

            var query = new NeighbourhoodQuery(
                id, args.Integer("depth", 1, problems), PathsArguments.ParseOptions(args, problems), args.Integer("max-entities", 200, problems));
            return (store, ct) => WithPathsAsync(store, paths => ExportScopes.NeighbourhoodAsync(store, paths, query, ct), ct);
        }

        if (!hasSelectors)
        {
            return null;
        }

        PathsRequest parsed;
        try
        {
            parsed = PathsArguments.Parse(args);
        }
        catch (UsageException e)
        {
            problems.Add(e.Message);
            return null;
        }

        var shortest = args.Flag("shortest");
        return async (store, ct) =>
        {
            // A country that leaves an end with no entity gives an empty graph, as the API's export does.
            var (query, nothing, messages) = await parsed.ResolveAsync(store, ct).ConfigureAwait(false);
            if (nothing)
            {
                foreach (var message in messages)
                {
                    await notes.WriteLineAsync($"note: {message}").ConfigureAwait(false);
                }

                return ExportGraph.FromRecords([], [], []);
            }

            return shortest
                ? await WithPathsAsync(store, paths => ExportScopes.ShortestPathsAsync(store, paths, new ShortestPathQuery(query.From, query.To, query.Options, query.First), ct), ct).ConfigureAwait(false)
                : await WithPathsAsync(store, paths => ExportScopes.PathsAsync(store, paths, query, ct), ct).ConfigureAwait(false);
        };
    }

    /// <summary>Runs a path query on the store itself when it answers them (Neo4j), else on an index built from it.</summary>
    private static async Task<ExportGraph> WithPathsAsync(IGraphStore store, Func<IPathQueries, Task<ExportGraph>> run, CancellationToken ct)
    {
        if (store is IPathQueries paths)
        {
            return await run(paths).ConfigureAwait(false);
        }

        var snapshot = await store.ReadAllAsync(ct).ConfigureAwait(false);
        var engine = new PathEngine(GraphIndex.Build(snapshot), new PathLimits());
        return await run(engine).ConfigureAwait(false);
    }

    private static async Task<IProgress<ExportProgress>?> ProgressAsync(IGraphStore store, CliContext context, CancellationToken ct)
    {
        var stats = await store.GetStatsAsync(ct).ConfigureAwait(false);
        return stats.Relations + stats.Entities < ImportProgress.QuietBelow ? null : new ExportProgressPrinter(context.Error, stats.Entities, stats.Relations);
    }
}
