namespace Throughline.Storage.Sqlite;

/// <summary>
/// A batch's records in ordinal id order, so each table's primary-key b-tree is appended to rather than split at random
/// pages. Stable (a repeated id keeps batch order, so its last version wins, as row by row), and free when already sorted.
/// </summary>
internal static class IdOrder
{
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

        // A plain ordinal key sort (no comparison delegate with a tie-break per compare); ties (a repeated
        // id) are rare, so batch order is restored within each run of equal ids afterwards.
        Array.Sort(keys, order, StringComparer.Ordinal);
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
}
