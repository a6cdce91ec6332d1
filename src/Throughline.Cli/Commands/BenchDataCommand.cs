using System.Diagnostics;
using System.Globalization;
using Throughline.Core.Synthetic;

namespace Throughline.Cli.Commands;

/// <summary>
/// <c>throughline bench-data --entities N --relations M --shape power-law|uniform --seed S --out DIR</c>: writes a
/// deterministic synthetic graph in the seed-data format, so <c>validate</c> and <c>import</c> can be timed on it.
/// </summary>
internal sealed class BenchDataCommand : ICliCommand
{
    public string Name => "bench-data";

    public string Summary => "write a synthetic seed-data directory (power-law or uniform graph) for timing the importer";

    public IReadOnlyList<CliArgument> Arguments { get; } = [];

    public IReadOnlyList<CliOption> Options { get; } =
    [
        new("entities", "number of entities (at least 200; default 10000)", "N"),
        new("relations", "number of relations (default 50000)", "M"),
        new("shape", "power-law (default: preferential attachment, hubs) or uniform", "SHAPE"),
        new("seed", "random seed; the same options always give the same files (default 1)", "S"),
        new("per-article", "relations stated per generated article (default 50)", "N"),
        new("out", "directory to write (must not exist or be empty)", "DIR"),
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context, CancellationToken ct)
    {
        var problems = new List<string>();
        var options = new SyntheticGraphOptions(
            args.Integer("entities", 10_000, problems),
            args.Integer("relations", 50_000, problems),
            Shape(args.Option("shape"), problems),
            args.Integer("seed", 1, problems),
            WithArticles: true,
            RelationsPerArticle: args.Integer("per-article", 50, problems));
        var output = args.Option("out");
        if (output is null)
        {
            problems.Add("--out DIR is required");
        }

        if (problems.Count > 0)
        {
            throw new UsageException(string.Join("; ", problems));
        }

        var directory = context.Resolve(output!);
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new CliFailure($"{directory} is not empty; give a new or empty directory");
        }

        var clock = Stopwatch.StartNew();
        Core.Storage.GraphSnapshot graph;
        try
        {
            graph = SyntheticGraph.Generate(options);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        ct.ThrowIfCancellationRequested();
        SeedDataWriter.Write(graph, directory);
        await context.Out.WriteLineAsync(
            $"wrote {graph.Entities.Count} entities, {graph.Relations.Count} relations, {graph.Articles.Count} articles to {directory} " +
            $"in {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static GraphShape Shape(string? text, List<string> problems)
    {
        switch (text)
        {
            case null or "power-law":
                return GraphShape.PowerLaw;
            case "uniform":
                return GraphShape.Uniform;
            default:
                problems.Add($"--shape: '{text}' is not power-law or uniform");
                return GraphShape.PowerLaw;
        }
    }
}
