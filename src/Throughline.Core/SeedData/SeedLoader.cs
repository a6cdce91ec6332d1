using Throughline.Core.Storage;

namespace Throughline.Core.SeedData;

/// <summary>What reading a seed directory gave: the batch to import when <see cref="IsValid"/>, else every problem found.</summary>
public sealed record SeedLoadResult(ImportBatch Batch, IReadOnlyList<SeedProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
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

        var articles = Files(directory, "articles", "*.md")
            .Select(f => ArticleFileReader.Read(f.Path, f.Display, problems))
            .OfType<ArticleDraft>()
            .ToList();
        var entitiesFile = Path.Combine(directory, "entities.yaml");
        var entities = File.Exists(entitiesFile)
            ? EntityFileReader.Read(entitiesFile, entitiesFile, problems)
            : [];
        if (!File.Exists(entitiesFile))
        {
            problems.Add(entitiesFile, 0, "missing entities.yaml");
        }

        var relations = Files(directory, "claims", "*.yaml")
            .SelectMany(f => ClaimFileReader.Read(f.Path, f.Display, problems))
            .ToList();
        var batch = new SeedValidator(new SeedDrafts(articles, entities, relations), problems).Validate();
        var ordered = problems.Items
            .OrderBy(p => p.Location.File, StringComparer.Ordinal)
            .ThenBy(p => p.Location.Line)
            .ToList();
        return new SeedLoadResult(batch, ordered);
    }

    private static IEnumerable<(string Path, string Display)> Files(string directory, string folder, string pattern)
    {
        var path = Path.Combine(directory, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, pattern).Order(StringComparer.Ordinal).Select(f => (f, f))
            : [];
    }
}
