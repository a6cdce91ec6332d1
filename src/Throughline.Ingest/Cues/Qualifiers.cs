using Throughline.Core.Model;

namespace Throughline.Ingest.Cues;

/// <summary>The hedge words before a figure and what they make of it.</summary>
internal static class Qualifiers
{
    public static AmountQualifier Of(string hedge) => hedge.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) switch
    {
        [] => AmountQualifier.Exact,
        ["more", "than"] or ["over"] or ["at", "least"] or ["upwards", "of"] => AmountQualifier.AtLeast,
        ["up", "to"] or ["as", "much", "as"] or ["less", "than"] or ["under"] or ["no", "more", "than"] => AmountQualifier.AtMost,
        _ => AmountQualifier.About,
    };
}
