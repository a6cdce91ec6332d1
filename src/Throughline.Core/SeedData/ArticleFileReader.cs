using Throughline.Core.Model;

namespace Throughline.Core.SeedData;

/// <summary>Reads <c>articles/&lt;id&gt;.md</c>: YAML front matter between <c>---</c> lines, then the verbatim text.</summary>
internal static class ArticleFileReader
{
    private static readonly string[] Keys = ["title", "outlet", "authors", "url", "published", "republishes", "cites"];

    public static ArticleDraft? Read(string path, string displayPath, ProblemList problems)
    {
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            problems.Add(displayPath, 1, "an article file must start with front matter: a line '---', YAML fields, a line '---', then the text");
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (close < 0)
        {
            problems.Add(displayPath, 1, "the front matter is not closed by a line '---'");
            return null;
        }

        var id = Path.GetFileNameWithoutExtension(path);
        if (!SeedIds.IsSlug(id))
        {
            problems.Add(displayPath, 1, $"article id '{id}' (the file name) must be a lowercase slug: [a-z0-9][a-z0-9-]*");
        }

        // A leading newline keeps YAML line numbers equal to file line numbers (the front matter starts on line 2).
        var frontMatter = "\n" + string.Join('\n', lines[1..close]);
        var root = Yaml.Load(frontMatter, displayPath, problems);
        var body = string.Join('\n', lines[(close + 1)..]).Trim();
        var text = body.Length == 0 ? null : body;
        if (root is null)
        {
            return new ArticleDraft(new Article(id, string.Empty, null, [], null, null, null, [], text), new(displayPath, 1), null, null);
        }

        if (root is not SeedMapping mapping)
        {
            problems.Add(Yaml.Location(displayPath, root), "the front matter must be a mapping of fields (title: ..., outlet: ...)");
            return null;
        }

        var map = new YamlMap(mapping, displayPath, problems, Keys, "article front matter");
        var republishes = map.Text("republishes");
        var cites = map.TextList("cites");
        foreach (var reference in cites.Append(republishes).OfType<string>().Where(r => !SeedIds.IsSlug(r)))
        {
            problems.Add(map.LineOf(republishes == reference ? "republishes" : "cites"), $"'{reference}' is not an article id ([a-z0-9][a-z0-9-]*)");
        }

        var article = new Article(
            id,
            map.Text("title") ?? string.Empty,
            map.Text("outlet"),
            map.TextList("authors"),
            map.Text("url"),
            map.Date("published"),
            republishes,
            cites,
            text);
        return new ArticleDraft(
            article,
            new(displayPath, 1),
            map.Has("republishes") ? map.LineOf("republishes") : null,
            map.Has("cites") ? map.LineOf("cites") : null);
    }
}
