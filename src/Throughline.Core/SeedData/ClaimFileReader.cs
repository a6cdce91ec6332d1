namespace Throughline.Core.SeedData;

/// <summary>Reads <c>claims/&lt;article-id&gt;.yaml</c>: a default article and the relations it states.</summary>
internal static class ClaimFileReader
{
    private static readonly string[] Keys = ["article", "relations"];

    public static IReadOnlyList<RelationDraft> Read(string path, string displayPath, ProblemList problems)
    {
        var root = Yaml.Load(File.ReadAllText(path), displayPath, problems);
        if (root is null)
        {
            return [];
        }

        if (root is not SeedMapping mapping)
        {
            problems.Add(Yaml.Location(displayPath, root), "a claims file must be a mapping with 'article' and 'relations'");
            return [];
        }

        var map = new YamlMap(mapping, displayPath, problems, Keys, "claims file");
        var article = map.Text("article");
        if (article is not null && !SeedIds.IsSlug(article))
        {
            problems.Add(map.LineOf("article"), $"'{article}' is not an article id ([a-z0-9][a-z0-9-]*)");
        }
        else if (article is not null && article != Path.GetFileNameWithoutExtension(path))
        {
            problems.Add(map.LineOf("article"), $"'article: {article}' does not match the file name: claims for it belong in claims/{article}.yaml");
        }

        switch (map.Node("relations"))
        {
            case null when map.Has("relations"):
                return []; // "relations:" with nothing under it reads as an empty list
            case null:
                problems.Add(map.At, "missing 'relations' (write 'relations: []' when the article only repeats relations defined elsewhere)");
                return [];
            case SeedSequence sequence:
                var reader = new RelationReader(displayPath, article, problems);
                return sequence.Items.Select(reader.Read).OfType<RelationDraft>().ToList();
            default:
                problems.Add(map.LineOf("relations"), "'relations' must be a list of relations (- id: ...)");
                return [];
        }
    }
}
