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

        var keys = new (string Id, int Index)[records.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (id(records[i]), i);
        }

        Array.Sort(keys, static (a, b) =>
        {
            var byId = string.CompareOrdinal(a.Id, b.Id);
            return byId != 0 ? byId : a.Index.CompareTo(b.Index);
        });
        var result = new T[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            result[i] = records[keys[i].Index];
        }

        return result;
    }
}
