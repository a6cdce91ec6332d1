namespace Throughline.Cli.Commands;

/// <summary>
/// <c>throughline review DRAFT</c>: walks a drafted claims file and its entities patch in the terminal. Each proposed
/// entity is accepted, taken as one of its candidates (its relations then point there), given another kind, or
/// rejected; each proposed relation is accepted, given another type or ends, or rejected. Answers come from stdin, one per
/// line; at the end of input the rest stays draft. The files are rewritten with the decisions.
/// </summary>
internal sealed class ReviewCommand : ICliCommand
{
    public string Name => "review";

    public string Summary => "review a drafted claims file: accept, edit type or ends, or reject each proposal (answers on stdin)";

    public IReadOnlyList<CliArgument> Arguments { get; } = [new("draft", "the drafted claims file (claims/<article-id>.yaml)")];

    public IReadOnlyList<CliOption> Options { get; } =
    [
        new("entities", "its entities patch (default: entities/<article-id>.yaml next to claims/)", "FILE"),
    ];

    public async Task<int> RunAsync(ParsedArgs args, CliContext context, CancellationToken ct)
    {
        var draft = args.Argument("draft")!;
        var claimsPath = context.Resolve(draft);
        if (!File.Exists(claimsPath))
        {
            throw new UsageException($"no such file: {draft}");
        }

        var entitiesPath = args.Option("entities") is { } e
            ? context.Resolve(e)
            : Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(claimsPath)!)!, "entities", Path.GetFileName(claimsPath));
        var session = ReviewSession.Open(claimsPath, draft, File.Exists(entitiesPath) ? entitiesPath : null, context);
        var outcome = await session.RunAsync(ct).ConfigureAwait(false);
        session.Save();
        await context.Out.WriteLineAsync(
            $"reviewed {draft}: {outcome.Accepted} accepted, {outcome.Edited} edited, {outcome.Rejected} rejected, {outcome.Left} still draft").ConfigureAwait(false);
        if (outcome.Left == 0)
        {
            await context.Out.WriteLineAsync("no drafts left: check with throughline validate, then throughline import").ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
