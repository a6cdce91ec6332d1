using System.Diagnostics;
using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Cli.Commands;

/// <summary><c>throughline import [dir]</c>: validates, then writes the whole directory to the store in one transaction.</summary>
internal sealed class ImportCommand : ICliCommand
{
    public string Name => "import";

    public string Summary => "validate a seed-data directory, then write it to the store in one transaction (all or nothing)";

    public IReadOnlyList<CliArgument> Arguments { get; } = [SeedArguments.Directory];

    public IReadOnlyList<CliOption> Options { get; } = [CliOption.Db, CliOption.Json];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await context.Error.WriteLineAsync($"reading and validating {args.Argument("dir")} ...").ConfigureAwait(false);
        var (directory, result) = SeedArguments.Load(args, context);
        if (!result.IsValid)
        {
            await SeedArguments.ReportProblemsAsync(directory, result, context).ConfigureAwait(false);
            await context.Error.WriteLineAsync("nothing was imported").ConfigureAwait(false);
            return ExitCodes.DataProblem;
        }

        if (result.Drafts.Count > 0)
        {
            await SeedArguments.ReportDraftsAsync(directory, result, context).ConfigureAwait(false);
            await context.Error.WriteLineAsync("nothing was imported").ConfigureAwait(false);
            return ExitCodes.DataProblem;
        }

        var batch = result.Batch;
        var records = batch.Articles.Count + batch.Entities.Count + batch.Relations.Count;
        await context.Error.WriteLineAsync($"validated in {clock.Elapsed.TotalSeconds:F1} s; writing {records} records in one transaction ...").ConfigureAwait(false);
        var write = Stopwatch.StartNew();
        await using var store = await StoreFactory.OpenAsync(args, context, ct).ConfigureAwait(false);
        var written = await store.ApplyAsync(batch, new ImportProgress(context.Error, records), ct).ConfigureAwait(false);
        await context.Error.WriteLineAsync($"written in {write.Elapsed.TotalSeconds:F1} s").ConfigureAwait(false);

        var articles = batch.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var bySources = batch.Relations
            .GroupBy(r => Provenance.IndependentSources(r, articles))
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.Count());
        if (args.Json)
        {
            await CliJson.WriteAsync(context, new
            {
                directory,
                store = store.Name,
                articles = batch.Articles.Count,
                entities = batch.Entities.Count,
                relations = batch.Relations.Count,
                evidence = batch.EvidenceCount,
                inserted = written.Inserted,
                updated = written.Updated,
                unchanged = written.Unchanged,
                relationsByIndependentSources = bySources.ToDictionary(p => p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p => p.Value),
            }).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        await context.Out.WriteLineAsync(
            $"imported {directory}: {batch.Articles.Count} articles, {batch.Entities.Count} entities, " +
            $"{batch.Relations.Count} relations, {batch.EvidenceCount} evidence quotes").ConfigureAwait(false);
        await context.Out.WriteLineAsync(
            $"records: {written.Inserted} inserted, {written.Updated} updated, {written.Unchanged} unchanged").ConfigureAwait(false);
        await context.Out.WriteLineAsync("relations by independent sources:").ConfigureAwait(false);
        foreach (var (sources, count) in bySources)
        {
            await context.Out.WriteLineAsync($"  {sources} source{(sources == 1 ? string.Empty : "s")}: {count}").ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
