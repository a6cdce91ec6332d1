namespace Throughline.Core.SeedData;

/// <summary>Where something was written: a file (as the caller named its directory) and a 1-based line.</summary>
public sealed record SeedLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>One thing wrong with the seed data, printed as <c>file:line: message</c>.</summary>
public sealed record SeedProblem(SeedLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}

/// <summary>Collects problems so that one pass reports all of them.</summary>
internal sealed class ProblemList
{
    private readonly List<SeedProblem> _items = [];

    private readonly List<SeedProblem> _drafts = [];

    public IReadOnlyList<SeedProblem> Items => _items;

    /// <summary>Proposals still marked <c>draft: true</c>: valid data that import refuses until a reviewer clears them.</summary>
    public IReadOnlyList<SeedProblem> Drafts => _drafts;

    public void AddDraft(SeedLocation location, string message) => _drafts.Add(new SeedProblem(location, message));

    public void Add(SeedLocation location, string message) => _items.Add(new SeedProblem(location, message));

    public void Add(string file, int line, string message) => Add(new SeedLocation(file, line), message);
}
