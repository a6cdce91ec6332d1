using System.Globalization;
using Throughline.Core.Model;

namespace Throughline.Cli.Commands;

/// <summary><c>throughline entity &lt;id or name&gt;</c>: an entity, its aliases and every relation in and out, with quotes.</summary>
internal sealed class EntityCommand : ICliCommand
{
    public string Name => "entity";

    public string Summary => "show an entity (by id, name or alias), its aliases and each relation in and out with its quotes";

    public IReadOnlyList<CliArgument> Arguments { get; } = [new("id-or-name", "an entity id (org/intel), name or alias")];

    public IReadOnlyList<CliOption> Options { get; } = [CliOption.Db, CliOption.Json];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context, CancellationToken ct)
    {
        await using var store = await StoreFactory.OpenAsync(args, context, ct).ConfigureAwait(false);
        var entity = await EntityLookup.FindAsync(store, args.Argument("id-or-name")!, ct).ConfigureAwait(false);
        var report = await EntityReport.BuildAsync(store, entity, ct).ConfigureAwait(false);
        if (args.Json)
        {
            var e = report.Entity;
            await CliJson.WriteAsync(context, new
            {
                Entity = new { e.Id, e.Name, e.Kind, e.Aliases, e.Country, e.Description, e.LocatedIn },
                report.Outgoing,
                report.Incoming,
                report.Subsidiaries,
            }).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var output = context.Out;
        var facts = new[] { entity.Kind.ToString(), entity.Country }.Concat(entity.LocatedIn is null ? [] : [$"in {entity.LocatedIn}"]);
        await output.WriteLineAsync($"{entity.Name} ({entity.Id}) — {string.Join(", ", facts.OfType<string>())}").ConfigureAwait(false);
        if (entity.Aliases.Count > 0)
        {
            await output.WriteLineAsync($"  aliases: {string.Join("; ", entity.Aliases)}").ConfigureAwait(false);
        }

        if (entity.Description is { } description)
        {
            await output.WriteLineAsync($"  {description}").ConfigureAwait(false);
        }

        await WriteRelationsAsync(output, $"outgoing ({report.Outgoing.Count})", report.Outgoing, string.Empty).ConfigureAwait(false);
        await WriteRelationsAsync(output, $"incoming ({report.Incoming.Count})", report.Incoming, string.Empty).ConfigureAwait(false);
        foreach (var subsidiary in report.Subsidiaries.Where(s => s.Outgoing.Count > 0))
        {
            await WriteRelationsAsync(output, $"through {subsidiary.Name} ({subsidiary.Id})", subsidiary.Outgoing, "  ").ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }

    private static async Task WriteRelationsAsync(TextWriter output, string title, IReadOnlyList<RelationView> relations, string indent)
    {
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync(title).ConfigureAwait(false);
        foreach (var r in relations)
        {
            var arrow = r.Direction == "out" ? "→" : "←";
            var details = new List<string> { r.Status.ToString(), r.Confidence.ToString("0.##", CultureInfo.InvariantCulture) };
            if (r.ValidFrom is not null || r.ValidTo is not null)
            {
                details.Add($"{r.ValidFrom?.ToString() ?? "…"}–{r.ValidTo?.ToString() ?? "…"}");
            }

            details.AddRange(new[]
            {
                r.StakePercent is { } stake ? $"stake {stake.ToString(CultureInfo.InvariantCulture)}%" : null,
                r.Amount is { } amount ? $"{amount.Value.ToString(CultureInfo.InvariantCulture)} {amount.Currency}" : null,
                r.Product is { } product ? $"product: {product}" : null,
                r.IndependentSources == 1 ? "1 independent source" : $"{r.IndependentSources} independent sources",
            }.OfType<string>());
            await output.WriteLineAsync($"{indent}  {r.Type} {arrow} {r.OtherName} ({r.OtherId})  [{string.Join(", ", details)}]  {r.Id}").ConfigureAwait(false);
            if (r.Note is { } note)
            {
                await output.WriteLineAsync($"{indent}      note: {note}").ConfigureAwait(false);
            }

            foreach (var evidence in r.Evidence)
            {
                await output.WriteLineAsync($"{indent}      {Stance(evidence)} \"{evidence.Quote.ReplaceLineEndings(" ")}\" ({Source(evidence)})").ConfigureAwait(false);
            }
        }
    }

    /// <summary>The stance as the YAML and GraphQL spell it, and who speaks when it is not the article's own voice.</summary>
    private static string Stance(Evidence evidence)
    {
        var stance = evidence.Stance switch
        {
            EvidenceStance.NoComment => "NO_COMMENT",
            var other => other.ToString().ToUpperInvariant(),
        };
        return evidence.Speaker is { } speaker ? $"{stance} ({speaker}):" : $"{stance}:";
    }

    private static string Source(Evidence evidence)
    {
        var parts = new List<string> { evidence.ArticleId };
        if (evidence.Origin is { } origin && origin != evidence.ArticleId)
        {
            parts.Add($"first published in {origin}");
        }

        if (evidence.AttributedTo is { } attributed)
        {
            parts.Add($"according to {attributed}");
        }

        return string.Join("; ", parts);
    }
}
