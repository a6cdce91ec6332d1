namespace Throughline.Ingest;

/// <summary>
/// Names as matching keys: words lowercased, punctuation dropped, a possessive "'s" dropped, and trailing corporate
/// suffixes dropped, so "Hangzhou Hikvision Digital Technology Co. Ltd." and "Hangzhou Hikvision Digital Technology"
/// share a key and "Intel's" is Intel.
/// </summary>
internal static class NameKey
{
    private static readonly HashSet<string> CorporateSuffixes = new(StringComparer.Ordinal)
    {
        "co", "ltd", "inc", "corp", "corporation", "plc", "llc", "lp", "llp", "limited", "company", "ag", "sa", "gmbh", "nv", "bv",
    };

    /// <summary>The words of a text with their offsets; a word's end excludes a possessive "'s".</summary>
    public static List<(int Start, int End, string Word)> Words(string text)
    {
        var words = new List<(int, int, string)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var end = i;
            if (end - start > 2 && IsApostrophe(text[end - 2]) && (text[end - 1] is 's' or 'S'))
            {
                end -= 2;
            }

            words.Add((start, end, text[start..end].ToLowerInvariant()));
        }

        return words;
    }

    /// <summary>The key of a name: its words without corporate suffixes at the end (never all of them).</summary>
    public static string[] Of(string name)
    {
        var words = Words(name).Select(w => w.Word).ToList();
        while (words.Count > 1 && CorporateSuffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return [.. words];
    }

    public static bool IsCorporateSuffix(string word) => CorporateSuffixes.Contains(word);

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
