namespace Throughline.Core.Paths;

/// <summary>
/// Sorts ids in ordinal order faster than a comparison sort of the strings: each id's first four characters after the
/// prefix all of them share are packed into a 64-bit key, the keys are sorted as integers (carrying the ids along), and
/// only runs of equal keys are compared as strings. A neighbourhood lists about a thousand relation ids scattered over
/// the heap; comparing them directly cost a third of the query, most of it cache misses on the strings' characters.
/// </summary>
internal static class OrdinalSort
{
    /// <summary>Below this many ids the plain comparison sort (an insertion sort) is cheaper than making keys.</summary>
    private const int KeyedFrom = 32;

    private const int KeyChars = 4;

    public static void Sort(string[] ids)
    {
        if (ids.Length < KeyedFrom)
        {
            Array.Sort(ids, StringComparer.Ordinal);
            return;
        }

        var common = CommonPrefix(ids);
        var keys = new ulong[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            keys[i] = Key(ids[i], common);
        }

        Array.Sort(keys, ids);
        // A key orders ids only by those four characters (a shorter id counts as padded with '\0', which sorts it first
        // among ids it is a prefix of); where keys tie, the ids themselves decide.
        for (var start = 0; start < ids.Length;)
        {
            var end = start + 1;
            while (end < ids.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(ids, start, end - start, StringComparer.Ordinal);
            }

            start = end;
        }
    }

    private static ulong Key(string id, int from)
    {
        ulong key = 0;
        for (var j = from; j < from + KeyChars; j++)
        {
            key = (key << 16) | (j < id.Length ? id[j] : 0u);
        }

        return key;
    }

    private static int CommonPrefix(string[] ids)
    {
        var length = ids[0].Length;
        for (var i = 1; i < ids.Length && length > 0; i++)
        {
            length = Math.Min(length, ids[i].Length);
            for (var j = 0; j < length; j++)
            {
                if (ids[i][j] != ids[0][j])
                {
                    length = j;
                    break;
                }
            }
        }

        return length;
    }
}
