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
            }).ConfigureAwait(false);
        }
        else if (result.IsValid)
        {
            await context.Out.WriteLineAsync(
                $"{directory}: ok — {batch.Articles.Count} articles, {batch.Entities.Count} entities, " +
                $"{batch.Relations.Count} relations, {batch.EvidenceCount} quotes found verbatim").ConfigureAwait(false);
        }

        if (!result.IsValid)
        {
            await SeedArguments.ReportProblemsAsync(directory, result, context).ConfigureAwait(false);
        }

        return result.IsValid ? ExitCodes.Ok : ExitCodes.DataProblem;
    }
}
