namespace Throughline.Core.Neo4jModel;

/// <summary>The two case foldings the Neo4j store keeps with each entity, matching the embedded store's.</summary>
public static class NameKeys
{
    /// <summary>Search folding, as the SQLite store's: trimmed, lower-cased invariantly.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim().ToLowerInvariant();
    }

    /// <summary>Selector name matching, as the path index's: ordinal ignoring case (invariant upper case).</summary>
    public static string Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ToUpperInvariant();
    }
}
