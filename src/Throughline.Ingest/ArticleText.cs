using System.Text.Json;

namespace Throughline.Ingest;

/// <summary>
/// Turns an incoming article into plain text, whatever it arrives as: a JSON feed item (WordPress REST style, with
/// <c>title.rendered</c> and <c>content.rendered</c> HTML), an HTML page, Markdown with YAML front matter, or plain text.
/// </summary>
public static class ArticleText
{
    public static ExtractedArticle Extract(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var trimmed = input.TrimStart();
        if (trimmed.StartsWith('{') && TryFeedItem(trimmed) is { } item)
        {
            return item;
        }

        if (LooksLikeHtml(trimmed))
        {
            return HtmlText.Extract(trimmed);
        }

        return FrontMatter.Split(input);
    }

    /// <summary>
    /// As <see cref="Extract(string)"/> for input whose format is stated: plain text is kept as it is (a leading "---" is
    /// text, not front matter), and a feed item that is not one is an error rather than text.
    /// </summary>
    public static ExtractedArticle Extract(string input, ArticleFormat format)
    {
        ArgumentNullException.ThrowIfNull(input);
        return format switch
        {
            ArticleFormat.Markdown => FrontMatter.Split(input),
            ArticleFormat.Text => new ExtractedArticle(input.Replace("\r\n", "\n", StringComparison.Ordinal).Trim()),
            ArticleFormat.Html => HtmlText.Extract(input),
            ArticleFormat.JsonFeed => TryFeedItem(input.TrimStart()) ?? throw new FormatException(
                "not a JSON feed item: expected an object with \"content\" (HTML, or {\"rendered\": HTML})"),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    private static bool LooksLikeHtml(string text) =>
        text.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
        || (text.StartsWith('<') && text.Contains("</", StringComparison.Ordinal));

    private static ExtractedArticle? TryFeedItem(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(EscapeControlCharacters(json));
        }
        catch (JsonException)
        {
            return TruncatedFeedItem.Read(json);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Rendered(root, "content") is not { } content)
            {
                return null;
            }

            var body = HtmlText.Extract(content);
            var title = Rendered(root, "title") is { } html ? HtmlText.Extract(html).Text : null;
            var published = root.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.String && date.GetString() is { Length: >= 10 } d
                ? d[..10]
                : null;
            var url = root.TryGetProperty("link", out var link) && link.ValueKind == JsonValueKind.String ? link.GetString() : null;
            return body with { Title = title, Published = published, Url = url };
        }
    }

    /// <summary>
    /// Feed items copied out of a page or a log often carry raw line breaks inside their strings, which JSON forbids;
    /// escaping control characters that stand inside strings makes them readable without changing any value.
    /// </summary>
    private static string EscapeControlCharacters(string json)
    {
        var builder = new System.Text.StringBuilder(json.Length);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString && c == '\\' && i + 1 < json.Length)
            {
                builder.Append(c).Append(json[++i]);
                continue;
            }

            if (c == '"')
            {
                inString = !inString;
            }

            if (inString && c < ' ')
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A feed field that is either HTML text or an object holding it under "rendered".</summary>
    private static string? Rendered(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var field) ? null
        : field.ValueKind == JsonValueKind.String ? field.GetString()
        : field.ValueKind == JsonValueKind.Object && field.TryGetProperty("rendered", out var rendered) && rendered.ValueKind == JsonValueKind.String
            ? rendered.GetString()
            : null;
}
