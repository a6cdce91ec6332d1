using Throughline.Core.Storage;

namespace Throughline.Core.SeedData;

/// <summary>What reading a seed directory gave: the batch to import when <see cref="IsValid"/>, else every problem found.</summary>
public sealed record SeedLoadResult(ImportBatch Batch, IReadOnlyList<SeedProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    /// <summary>
    /// Entities and relations still marked <c>draft: true</c> (proposed by <c>throughline draft</c>, not yet reviewed),
    /// one per proposal with its file and line. They validate like any other data; import refuses a directory holding any.
    /// </summary>
    public IReadOnlyList<SeedProblem> Drafts { get; init; } = [];
}

/// <summary>
/// Reads and validates a seed-data directory (<c>articles/*.md</c>, <c>entities.yaml</c>, <c>claims/*.yaml</c>; see
/// seed-data/README.md) in one pass, reporting all problems with their file and line.
/// </summary>
public static class SeedLoader
{
    public static SeedLoadResult Load(string directory)
    {
        var problems = new ProblemList();
        if (!Directory.Exists(directory))
        {
            problems.Add(directory, 0, "no such seed-data directory");
            return new SeedLoadResult(new ImportBatch([], [], []), problems.Items);
        }

        var articles = Files(directory, "articles", "*.md", problems)
            .Select(f => ArticleFileReader.Read(f.Path, f.Display, problems))
            .OfType<ArticleDraft>()
            .ToList();
        var entitiesFile = Path.Combine(directory, "entities.yaml");
        var entities = File.Exists(entitiesFile)
            ? EntityFileReader.Read(entitiesFile, entitiesFile, problems)
            : [];
        if (!File.Exists(entitiesFile))
        {
            problems.Add(entitiesFile, 1, "missing entities.yaml");
        }

        // entities/<article-id>.yaml: the entities a drafted article adds (an entities patch), kept apart from the
        // curated list so that a reviewer sees and can drop them as one file.
        entities = [.. entities, .. Files(directory, "entities", "*.yaml", problems).SelectMany(f => EntityFileReader.Read(f.Path, f.Display, problems))];

        var validator = new SeedValidator(problems);
        validator.AddArticlesAndEntities(articles, entities);
        foreach (var (path, display) in Files(directory, "claims", "*.yaml", problems))
        {
            validator.AddRelations(ClaimFileReader.Read(path, display, problems));
        }

        validator.CheckStatuses();

        var batch = validator.Batch;
        var ordered = problems.Items
            .OrderBy(p => p.Location.File, StringComparer.Ordinal)
            .ThenBy(p => p.Location.Line)
            .ToList();
        return new SeedLoadResult(batch, ordered) { Drafts = problems.Drafts };
    }

    /// <summary>The folder's files matching <paramref name="pattern"/>; any other file there is reported (a misnamed claims file would be skipped).</summary>
    private static IEnumerable<(string Path, string Display)> Files(string directory, string folder, string pattern, ProblemList problems)
    {
        var path = Path.Combine(directory, folder);
        if (!Directory.Exists(path))
        {
            return [];
        }

        var all = Directory.EnumerateFiles(path).Order(StringComparer.Ordinal).ToList();
        var matching = Directory.EnumerateFiles(path, pattern).ToHashSet(StringComparer.Ordinal);
        foreach (var stray in all.Where(f => !matching.Contains(f) && !Path.GetFileName(f).StartsWith('.')))
        {
            problems.Add(stray, 1, $"unexpected file in {folder}/: expected {pattern} files only");
        }

        return all.Where(matching.Contains).Select(f => (f, f));
    }
}
