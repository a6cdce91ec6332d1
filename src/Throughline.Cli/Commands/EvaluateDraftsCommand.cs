using System.Globalization;
using Throughline.Core.Model;
using Throughline.Ingest.Evaluation;

namespace Throughline.Cli.Commands;

/// <summary>
/// <c>throughline evaluate-drafts [dir]</c>: leave-one-article-out over a seed directory's claim files (see
/// <see cref="LeaveOneOut"/>): precision and recall of drafted relations per type, of endpoints and of new entities.
/// </summary>
internal sealed class EvaluateDraftsCommand : ICliCommand
{
    public string Name => "evaluate-drafts";

    public string Summary => "leave-one-article-out: draft each claims file's article without its claims; precision/recall per type";

    public IReadOnlyList<CliArgument> Arguments { get; } = [SeedArguments.Directory];

    public IReadOnlyList<CliOption> Options { get; } = [CliOption.Json];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context, CancellationToken ct)
    {
        var (directory, seed) = SeedArguments.Load(args, context);
        if (!seed.IsValid)
        {
            await SeedArguments.ReportProblemsAsync(directory, seed, context).ConfigureAwait(false);
            return ExitCodes.DataProblem;
        }

        var claimsDir = Path.Combine(context.Resolve(directory), "claims");
        var ids = Directory.EnumerateFiles(claimsDir, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Where(id => seed.Batch.Articles.Any(a => a.Id == id && a.Text is { Length: > 0 }))
            .Order(StringComparer.Ordinal).ToList();
        var results = LeaveOneOut.Run(seed.Batch, ids);
        var byType = results.SelectMany(r => r.Relations)
            .GroupBy(p => p.Key)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.Aggregate(Score.Zero, (s, p) => s + p.Value));
        var relations = byType.Values.Aggregate(Score.Zero, (a, b) => a + b);
        var endpoints = results.Aggregate(Score.Zero, (s, r) => s + r.Endpoints);
        var entities = results.Aggregate(Score.Zero, (s, r) => s + r.NewEntities);
        if (args.Json)
        {
            await CliJson.WriteAsync(context, new
            {
                articles = results.Select(r => new { article = r.ArticleId, words = r.Words, draftMs = r.DraftTime.TotalMilliseconds, relations = Json(r.Relations.Values.Aggregate(Score.Zero, (a, b) => a + b)), endpoints = Json(r.Endpoints), newEntities = Json(r.NewEntities) }),
                relationsByType = byType.ToDictionary(p => RelationCatalogue.Get(p.Key).Name, p => Json(p.Value)),
                relations = Json(relations),
                endpoints = Json(endpoints),
                newEntities = Json(entities),
            }).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var o = context.Out;
        await o.WriteLineAsync("leave-one-article-out: each article drafted against the graph without its claims").ConfigureAwait(false);
        await o.WriteLineAsync($"{"article",-56} {"words",6} {"ms",6}  relations P / R      endpoints P / R").ConfigureAwait(false);
        foreach (var r in results)
        {
            var total = r.Relations.Values.Aggregate(Score.Zero, (a, b) => a + b);
            await o.WriteLineAsync($"{r.ArticleId,-56} {r.Words,6} {r.DraftTime.TotalMilliseconds,6:F0}  {Pr(total),-20} {Pr(r.Endpoints)}").ConfigureAwait(false);
        }

        await o.WriteLineAsync($"\n{"type",-24} {"TP",4} {"FP",4} {"FN",4}  precision  recall").ConfigureAwait(false);
        foreach (var (type, score) in byType)
        {
            await o.WriteLineAsync(Row(RelationCatalogue.Get(type).Name, score)).ConfigureAwait(false);
        }

        await o.WriteLineAsync(Row("all relations", relations)).ConfigureAwait(false);
        await o.WriteLineAsync(Row("endpoints (entities)", endpoints)).ConfigureAwait(false);
        await o.WriteLineAsync(Row("new entities", entities)).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static object Json(Score s) => new { tp = s.TruePositives, fp = s.FalsePositives, fn = s.FalseNegatives, precision = s.Precision, recall = s.Recall };

    private static string Row(string name, Score s) =>
        $"{name,-24} {s.TruePositives,4} {s.FalsePositives,4} {s.FalseNegatives,4}  {Percent(s.Precision),9}  {Percent(s.Recall),6}";

    private static string Pr(Score s) => $"{Percent(s.Precision)} / {Percent(s.Recall)} ({s.TruePositives} of {s.TruePositives + s.FalsePositives}, {s.TruePositives + s.FalseNegatives})";

    private static string Percent(double? value) => value is { } v ? v.ToString("P0", CultureInfo.InvariantCulture) : "-";
}
