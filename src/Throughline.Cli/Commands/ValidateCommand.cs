using Throughline.Core.SeedData;

namespace Throughline.Cli.Commands;

/// <summary><c>throughline validate [dir]</c>: checks a seed-data directory and lists every problem as file:line: message.</summary>
internal sealed class ValidateCommand : ICliCommand
{
    public string Name => "validate";

    public string Summary => "check a seed-data directory (YAML, references, kinds, dates, quotes) and report every problem";

    public IReadOnlyList<CliArgument> Arguments { get; } = [SeedArguments.Directory];

    public IReadOnlyList<CliOption> Options { get; } = [CliOption.Json];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context, CancellationToken ct)
    {
        var (directory, result) = SeedArguments.Load(args, context);
        var batch = result.Batch;
        if (args.Json)
        {
            await CliJson.WriteAsync(context, new
            {
                directory,
                valid = result.IsValid,
                problems = result.Problems.Select(p => new { file = p.Location.File, line = p.Location.Line, message = p.Message }),
                articles = batch.Articles.Count,
                entities = batch.Entities.Count,
                relations = batch.Relations.Count,
                evidence = batch.EvidenceCount,
                drafts = result.Drafts.Select(p => new { file = p.Location.File, line = p.Location.Line, message = p.Message }),
            }).ConfigureAwait(false);
        }
        else if (result.IsValid)
        {
            await context.Out.WriteLineAsync(
                $"{directory}: ok — {batch.Articles.Count} articles, {batch.Entities.Count} entities, " +
                $"{batch.Relations.Count} relations, {batch.EvidenceCount} quotes found verbatim").ConfigureAwait(false);
            if (result.Drafts.Count > 0)
            {
                // Valid, but not importable yet: say where the drafts are so the reviewer can find them.
                await context.Out.WriteLineAsync(
                    $"{result.Drafts.Count} proposal(s) still marked draft: true (import refuses them until reviewed), first at {result.Drafts[0].Location}").ConfigureAwait(false);
            }
        }

        if (!result.IsValid)
        {
            await SeedArguments.ReportProblemsAsync(directory, result, context).ConfigureAwait(false);
        }

        return result.IsValid ? ExitCodes.Ok : ExitCodes.DataProblem;
    }
}
