using Throughline.Core.Model;

namespace Throughline.Cli.Commands;

/// <summary><c>throughline stats</c>: what the store holds, by kind, type and status.</summary>
internal sealed class StatsCommand : ICliCommand
{
    public string Name => "stats";

    public string Summary => "count the store's entities, relations, articles and evidence, by kind, type and status";

    public IReadOnlyList<CliArgument> Arguments { get; } = [];

    public IReadOnlyList<CliOption> Options { get; } = [CliOption.Db, CliOption.Json];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context, CancellationToken ct)
    {
        await using var store = await StoreFactory.OpenAsync(args, context, ct).ConfigureAwait(false);
        var stats = await store.GetStatsAsync(ct).ConfigureAwait(false);
        if (args.Json)
        {
            // Relation types by their wire names (SUPPLIES), as everywhere else on the outside.
            await CliJson.WriteAsync(context, new
            {
                stats.Entities,
                stats.Relations,
                stats.Articles,
                stats.Evidence,
                stats.EntitiesByKind,
                RelationsByType = stats.RelationsByType.ToDictionary(p => p.Key.WireName(), p => p.Value),
                stats.RelationsByStatus,
            }).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var output = context.Out;
        await output.WriteLineAsync($"entities:  {stats.Entities}").ConfigureAwait(false);
        await output.WriteLineAsync($"relations: {stats.Relations}").ConfigureAwait(false);
        await output.WriteLineAsync($"articles:  {stats.Articles}").ConfigureAwait(false);
        await output.WriteLineAsync($"evidence:  {stats.Evidence}").ConfigureAwait(false);
        await WriteGroupAsync(output, "entities by kind", stats.EntitiesByKind.Select(p => (p.Key.ToString(), p.Value))).ConfigureAwait(false);
        await WriteGroupAsync(output, "relations by type", stats.RelationsByType.Select(p => (p.Key.WireName(), p.Value))).ConfigureAwait(false);
        await WriteGroupAsync(output, "relations by status", stats.RelationsByStatus.Select(p => (p.Key.ToString(), p.Value))).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static async Task WriteGroupAsync(TextWriter output, string title, IEnumerable<(string Name, int Count)> groups)
    {
        await output.WriteLineAsync($"{title}:").ConfigureAwait(false);
        foreach (var (name, count) in groups.OrderBy(g => g.Name, StringComparer.Ordinal))
        {
            await output.WriteLineAsync($"  {name,-24} {count}").ConfigureAwait(false);
        }
    }
}
