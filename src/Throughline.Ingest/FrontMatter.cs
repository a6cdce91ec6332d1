namespace Throughline.Ingest;

/// <summary>Markdown or plain text, with an optional YAML front matter block whose title, published and url are kept.</summary>
internal static class FrontMatter
{
    public static ExtractedArticle Split(string input)
    {
        var text = input.Replace("\r\n", "\n", StringComparison.Ordinal);
        var end = text.StartsWith("---\n", StringComparison.Ordinal) ? text.IndexOf("\n---\n", 3, StringComparison.Ordinal) : -1;
        if (end < 0)
        {
            return new ExtractedArticle(text.Trim());
        }

        var fields = text[4..end].Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Value(g.First()[1]), StringComparer.Ordinal);
        return new ExtractedArticle(
            text[(end + 5)..].Trim(), fields.GetValueOrDefault("title"), fields.GetValueOrDefault("published"), fields.GetValueOrDefault("url"));
    }

    /// <summary>A scalar's value without a trailing comment or surrounding quotes.</summary>
    private static string? Value(string raw)
    {
        var value = raw.Trim();
        if (value.StartsWith('"') && value.LastIndexOf('"') is var close and > 0)
        {
            return value[1..close];
        }

        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        value = (comment >= 0 ? value[..comment] : value).Trim();
        return value.Length == 0 ? null : value;
    }
}
