using System.Text;

namespace Throughline.Core.SeedData;

/// <summary>
/// Finds a quote in an article's text after normalising whitespace on both sides (any run of whitespace is one space),
/// and maps the match back to offsets in the original text. Everything else — typographic quotes, dashes, case — must match exactly.
/// </summary>
public sealed class QuoteLocator
{
    private readonly string _normalised;
    private readonly int[] _originalIndex;

    public QuoteLocator(string text)
    {
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var inSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (!inSpace)
                {
                    builder.Append(' ');
                    map.Add(i);
                }

                inSpace = true;
            }
            else
            {
                builder.Append(text[i]);
                map.Add(i);
                inSpace = false;
            }
        }

        _normalised = builder.ToString();
        _originalIndex = [.. map];
    }

    public static string Normalise(string text) =>
        IsNormal(text) ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Whether the text is already normal — single spaces between words — as nearly every quote is: no copy needed.</summary>
    private static bool IsNormal(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i + 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>[Start, End) of the first occurrence of <paramref name="quote"/> in the original text, or null when absent.</summary>
    public (int Start, int End)? Find(string quote)
    {
        var needle = Normalise(quote);
        if (needle.Length == 0)
        {
            return null;
        }

        var at = _normalised.IndexOf(needle, StringComparison.Ordinal);
        return at < 0 ? null : (_originalIndex[at], _originalIndex[at + needle.Length - 1] + 1);
    }
}
