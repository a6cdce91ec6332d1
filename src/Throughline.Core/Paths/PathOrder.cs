using System.Globalization;
using System.Text;

namespace Throughline.Core.Paths;

/// <summary>
/// The contract order of paths — fewer hops, then higher confidence, then the entity-id sequence (ordinal) — and the
/// opaque cursor that encodes a path's position in it. Every store uses this one definition so pages agree.
/// Confidence is compared rounded to 9 decimals, because a product computed in another engine (Cypher) may differ in the last bits.
/// </summary>
public static class PathOrder
{
    public static int Compare(GraphPath a, GraphPath b) => CompareKeys(Key.Of(a), Key.Of(b));

    public static string Cursor(GraphPath path)
    {
        var key = Key.Of(path);
        var text = string.Create(CultureInfo.InvariantCulture, $"v1|{key.Hops}|{key.Confidence:R}|{string.Join('\u001f', key.Ids)}");
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>True when <paramref name="path"/> comes strictly after the position <paramref name="cursor"/> encodes.</summary>
    public static bool IsAfter(GraphPath path, string cursor) => CompareKeys(Key.Of(path), Decode(cursor)) > 0;

    public static Key Decode(string cursor)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64)).Split('|', 4);
            if (parts is ["v1", var hops, var confidence, var ids])
            {
                return new Key(
                    int.Parse(hops, CultureInfo.InvariantCulture),
                    double.Parse(confidence, CultureInfo.InvariantCulture),
                    ids.Split('\u001f'));
            }
        }
        catch (FormatException)
        {
            // reported below with the argument's name
        }

        throw new PathQueryException(PathQueryException.BadUserInput, $"'after' is not a cursor returned by this API: '{cursor}'");
    }

    private static int CompareKeys(Key a, Key b)
    {
        var byHops = a.Hops.CompareTo(b.Hops);
        if (byHops != 0)
        {
            return byHops;
        }

        var byConfidence = Math.Round(b.Confidence, 9).CompareTo(Math.Round(a.Confidence, 9));
        if (byConfidence != 0)
        {
            return byConfidence;
        }

        for (var i = 0; i < Math.Min(a.Ids.Count, b.Ids.Count); i++)
        {
            var byId = string.CompareOrdinal(a.Ids[i], b.Ids[i]);
            if (byId != 0)
            {
                return byId;
            }
        }

        return a.Ids.Count.CompareTo(b.Ids.Count);
    }

    public readonly record struct Key(int Hops, double Confidence, IReadOnlyList<string> Ids)
    {
        public static Key Of(GraphPath path) => new(path.Length, path.Confidence, path.EntityIds);
    }
}
