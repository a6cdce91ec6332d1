using System.Text.RegularExpressions;

namespace Throughline.Ingest.Cues;

/// <summary>
/// The thing supplied or made, as the words that follow the supply verb ("supplies hard drives to", "sold chips for",
/// "uses Intel's processors"): a short lowercase noun phrase, so entity names and clauses are not taken for products.
/// </summary>
public static partial class ProductCue
{
    private static readonly HashSet<string> NotProducts = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "them", "its", "their", "this", "that", "these", "those", "which", "some", "more", "services", "support", "help",
        "information", "access", "details", "evidence", "comment", "the", "a", "an", "and", "or", "to", "for", "with",
    };

    /// <summary>The product phrase in <paramref name="gap"/> (the text between two mentions, or after the supplier), or null.</summary>
    public static string? Find(string gap)
    {
        foreach (Match m in Phrase().Matches(gap))
        {
            var words = m.Groups["product"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .SkipWhile(w => NotProducts.Contains(w) || w is "its" or "their" or "his" or "her")
                .ToList();
            while (words.Count > 0 && NotProducts.Contains(words[^1]))
            {
                words.RemoveAt(words.Count - 1);
            }

            if (words.Count is > 0 and <= 5 && !words.All(NotProducts.Contains))
            {
                return string.Join(' ', words);
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:\b(?:suppl(?:y|ies|ied|ying)|sells?|sold|selling|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|mak(?:e|es|ing)|made|manufactur(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|uses?|used|using|buys?|bought|purchas(?:e|es|ed)|sources?|sourced)|['’]s)\s+(?<product>(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*)(?=\s+(?:to|for|that|which|used|in|from|at)\b|\s*[,.;]|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();
}
