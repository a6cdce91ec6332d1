using Throughline.Core.SeedData;

namespace Throughline.Cli.Commands;

/// <summary>The seed-directory argument shared by validate and import, and how their problems are printed.</summary>
internal static class SeedArguments
{
    public static CliArgument Directory { get; } = new("dir", "seed-data directory", Required: false, Default: "seed-data");

    /// <summary>Reads the directory; file names in problems keep the directory as the user wrote it.</summary>
    public static (string Directory, SeedLoadResult Result) Load(ParsedArgs args, CliContext context)
    {
        var directory = args.Argument("dir")!;
        var full = context.Resolve(directory);
        if (!System.IO.Directory.Exists(full))
        {
            throw new UsageException($"no such directory: {directory}");
        }

        return (directory, Relabel(SeedLoader.Load(full), full, directory));
    }

    public static async Task ReportProblemsAsync(string directory, SeedLoadResult result, CliContext context)
    {
        foreach (var problem in result.Problems)
        {
            await context.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }

        await context.Error.WriteLineAsync($"{directory}: {result.Problems.Count} problem(s)").ConfigureAwait(false);
    }

    /// <summary>Import refuses unreviewed drafts: each is named with its file and line, then how to clear it.</summary>
    public static async Task ReportDraftsAsync(string directory, SeedLoadResult result, CliContext context)
    {
        foreach (var draft in result.Drafts)
        {
            await context.Error.WriteLineAsync($"{draft}: review it first (throughline review <claims file>, or delete its 'draft: true' line once checked)").ConfigureAwait(false);
        }

        await context.Error.WriteLineAsync($"{directory}: {result.Drafts.Count} unreviewed draft proposal(s)").ConfigureAwait(false);
    }

    private static SeedLoadResult Relabel(SeedLoadResult result, string fullPath, string asWritten) => result with
    {
        Problems = result.Problems.Select(p => Relabel(p, fullPath, asWritten)).ToList(),
        Drafts = result.Drafts.Select(p => Relabel(p, fullPath, asWritten)).ToList(),
    };

    private static SeedProblem Relabel(SeedProblem problem, string fullPath, string asWritten) =>
        problem with { Location = problem.Location with { File = Path.Join(asWritten, Path.GetRelativePath(fullPath, problem.Location.File)) } };
}
