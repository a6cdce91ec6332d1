namespace Throughline.Ingest;

/// <summary>
/// Splits news text into sentences with their offsets. A sentence ends at '.', '!' or '?' (with any closing quotes or
/// brackets after it) followed by white space and then a capital, a digit or an opening quote, and always at a paragraph
/// break, except after the abbreviations and initials that news copy is full of ("Co.", "Calif.", "U.S.", "J. Smith").
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Co", "Corp", "Inc", "Ltd", "Bros", "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "St", "Jr", "Sr",
        "No", "Nos", "vs", "etc", "approx", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Calif", "Mass", "Wash",
        "Ariz", "Colo", "Conn", "Fla", "Ill", "Md", "Mich", "Minn", "Nev", "Ore", "Pa", "Tenn", "Tex", "Va", "Wis", "Mt", "Ft", "Ave",
    };

    private const string Closers = "\"'”’)]";
    private const string Openers = "\"'“‘([";

    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var start = SkipSpace(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                Add(sentences, text, start, i);
                start = SkipSpace(text, i);
                i = start - 1;
                continue;
            }

            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && Closers.Contains(text[end], StringComparison.Ordinal))
            {
                end++;
            }

            var next = SkipSpace(text, end);
            if (next == end && end < text.Length)
            {
                continue; // "U.S.-based", "3.5", "example.com": no space, no end
            }

            if (next < text.Length && !StartsSentence(text[next]))
            {
                continue;
            }

            if (text[i] == '.' && IsAbbreviation(text, i))
            {
                continue;
            }

            Add(sentences, text, start, end);
            start = next;
            i = next - 1;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || Openers.Contains(c, StringComparison.Ordinal);

    /// <summary>The word before the period: a known abbreviation, a single letter (an initial) or dotted letters ("U.S").</summary>
    private static bool IsAbbreviation(string text, int period)
    {
        var wordStart = period;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..period];
        return word.Length == 1 && char.IsUpper(word[0])
            || Abbreviations.Contains(word)
            || (word.Contains('.', StringComparison.Ordinal) && word.Split('.').All(part => part.Length == 1));
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(start, end, text[start..end]));
        }
    }
}
