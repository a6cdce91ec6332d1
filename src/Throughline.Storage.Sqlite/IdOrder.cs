namespace Throughline.Storage.Sqlite;

/// <summary>
/// A batch's records in ordinal id order, so each table's primary-key b-tree is appended to rather than split at random
/// pages. Stable (a repeated id keeps batch order, so its last version wins, as row by row), and free when already sorted.
/// </summary>
internal static class IdOrder
{
    /// <summary>Below this many records one thread sorts; above it the two halves are sorted side by side and merged.</summary>
    private const int ParallelFrom = 100_000;

    public static IReadOnlyList<T> Sort<T>(IReadOnlyList<T> records, Func<T, string> id)
    {
        var sorted = true;
        for (var i = 1; i < records.Count && sorted; i++)
        {
            sorted = string.CompareOrdinal(id(records[i - 1]), id(records[i])) <= 0;
        }

        if (sorted)
        {
            return records;
        }

        var keys = new string[records.Count];
        var order = new int[records.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = id(records[i]);
            order[i] = i;
        }

        // A plain ordinal key sort (no comparison delegate with a tie-break per compare). Sorting 5M ids is seconds of
        // CPU on the importing thread, so a large batch sorts its halves on both cores and merges them.
        if (keys.Length < ParallelFrom)
        {
            Array.Sort(keys, order, StringComparer.Ordinal);
        }
        else
        {
            var half = keys.Length / 2;
            Parallel.Invoke(
                () => Array.Sort(keys, order, 0, half, StringComparer.Ordinal),
                () => Array.Sort(keys, order, half, keys.Length - half, StringComparer.Ordinal));
            (keys, order) = Merge(keys, order, half);
        }

        // Ties (a repeated id) are rare, so batch order is restored within each run of equal ids afterwards.
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && string.Equals(keys[end], keys[start], StringComparison.Ordinal))
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(order, start, end - start);
            }

            start = end;
        }

        var result = new T[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            result[i] = records[order[i]];
        }

        return result;
    }

    /// <summary>The sorted runs [0, half) and [half, end) of <paramref name="keys"/> (with their orders) merged into one.</summary>
    private static (string[] Keys, int[] Order) Merge(string[] keys, int[] order, int half)
    {
        var mergedKeys = new string[keys.Length];
        var mergedOrder = new int[keys.Length];
        int left = 0, right = half, next = 0;
        while (left < half && right < keys.Length)
        {
            var fromLeft = string.CompareOrdinal(keys[left], keys[right]) <= 0;
            var take = fromLeft ? left++ : right++;
            mergedKeys[next] = keys[take];
            mergedOrder[next++] = order[take];
        }

        Array.Copy(keys, left, mergedKeys, next, half - left);
        Array.Copy(order, left, mergedOrder, next, half - left);
        next += half - left;
        Array.Copy(keys, right, mergedKeys, next, keys.Length - right);
        Array.Copy(order, right, mergedOrder, next, keys.Length - right);
        return (mergedKeys, mergedOrder);
    }
}
