using System.Globalization;
using System.Text;

namespace Throughline.Ingest;

/// <summary>
/// A feed item that is not whole JSON (cut off mid-content, as items saved from a page or a log often are): its
/// fields are read as JSON strings where they start, and a string that never closes runs to the end of the input.
/// </summary>
internal static class TruncatedFeedItem
{
    public static ExtractedArticle? Read(string json)
    {
        if (StringAfter(json, "\"content\":{\"rendered\":\"") is not { } content)
        {
            return null;
        }

        var title = StringAfter(json, "\"title\":{\"rendered\":\"") is { } html ? HtmlText.Extract(html).Text : null;
        var published = StringAfter(json, "\"date\":\"") is { Length: >= 10 } date ? date[..10] : null;
        return HtmlText.Extract(content) with { Title = title, Published = published, Url = StringAfter(json, "\"link\":\"") };
    }

    /// <summary>The JSON string that starts right after <paramref name="prefix"/>, unescaped.</summary>
    private static string? StringAfter(string json, string prefix)
    {
        var start = json.IndexOf(prefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var value = new StringBuilder();
        for (var i = start + prefix.Length; i < json.Length; i++)
        {
            var c = json[i];
            if (c == '"')
            {
                break;
            }

            if (c != '\\' || i + 1 >= json.Length)
            {
                value.Append(c);
                continue;
            }

            var escaped = json[++i];
            if (escaped == 'u' && i + 4 < json.Length
                && int.TryParse(json.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                value.Append((char)code);
                i += 4;
                continue;
            }

            value.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => escaped });
        }

        return value.ToString();
    }
}
