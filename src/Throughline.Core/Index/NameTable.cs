namespace Throughline.Core.Index;

/// <summary>
/// Every entity name and alias, sorted case-insensitively, for exact-name lookup by binary search.
/// Two parallel arrays cost far less than a dictionary of lists at a million entities.
/// </summary>
internal sealed class NameTable
{
    private static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;
    private readonly string[] _names;
    private readonly int[] _entities;

    private NameTable(string[] names, int[] entities)
    {
        _names = names;
        _entities = entities;
    }

    public long Bytes => (_names.LongLength * IntPtr.Size) + (_entities.LongLength * sizeof(int));

    /// <summary>The entity of each key, in the table's order (an index image stores it to skip the sort).</summary>
    public ReadOnlySpan<int> Entities => _entities;

    /// <summary>The key at <paramref name="position"/> of the table's order.</summary>
    public string Key(int position) => _names[position];

    /// <summary>
    /// The table of keys already in order, or null when they are not: the case-insensitive order of an image written by
    /// another runtime (other Unicode case tables) is checked, not trusted, so a lookup's binary search stays right.
    /// </summary>
    public static NameTable? FromSorted(string[] keys, int[] entities)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            if (Comparer.Compare(keys[i - 1], keys[i]) > 0)
            {
                return null;
            }
        }

        return new NameTable(keys, entities);
    }

    public static NameTable Build(string[] names, string[]?[] aliases)
    {
        var count = names.Length + aliases.Sum(a => a?.Length ?? 0);
        var keys = new string[count];
        var values = new int[count];
        var next = 0;
        for (var e = 0; e < names.Length; e++)
        {
            keys[next] = names[e];
            values[next++] = e;
            foreach (var alias in aliases[e] ?? [])
            {
                keys[next] = alias;
                values[next++] = e;
            }
        }

        Array.Sort(keys, values, Comparer);
        return new NameTable(keys, values);
    }

    /// <summary>Entities whose name or an alias equals <paramref name="name"/> ignoring case, ascending and distinct.</summary>
    public int[] Find(string name)
    {
        var low = 0;
        var high = _names.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (Comparer.Compare(_names[mid], name) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        var found = new SortedSet<int>();
        for (var i = low; i < _names.Length && Comparer.Equals(_names[i], name); i++)
        {
            found.Add(_entities[i]);
        }

        return [.. found];
    }
}
