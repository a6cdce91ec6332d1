namespace Throughline.Core.Index;

/// <summary>
/// Compressed sparse rows: the relations of entity e occupy [Offsets[e], Offsets[e + 1]) of <see cref="Neighbours"/>
/// (the entity at the other end) and <see cref="Relations"/> (the relation's dense index). Each row is sorted by
/// neighbour, so parallel relations sit together and a hop is one contiguous run.
/// </summary>
internal sealed class Adjacency
{
    private Adjacency(int[] offsets, int[] neighbours, int[] relations)
    {
        Offsets = offsets;
        Neighbours = neighbours;
        Relations = relations;
    }

    public int[] Offsets { get; }

    public int[] Neighbours { get; }

    public int[] Relations { get; }

    public long Bytes => (Offsets.LongLength + Neighbours.LongLength + Relations.LongLength) * sizeof(int);

    public int Degree(int entity) => Offsets[entity + 1] - Offsets[entity];

    public ReadOnlySpan<int> NeighboursOf(int entity) => Neighbours.AsSpan(Offsets[entity], Degree(entity));

    public ReadOnlySpan<int> RelationsOf(int entity) => Relations.AsSpan(Offsets[entity], Degree(entity));

    /// <summary>
    /// Both adjacencies of the relations from[r] → to[r], each row sorted by neighbour, with three counting-sort passes
    /// and no comparison sort: grouping by target, then scattering in target order into source rows (which leaves the
    /// outgoing rows sorted), then scattering those in source order into target rows (which sorts the incoming rows).
    /// </summary>
    public static (Adjacency Outgoing, Adjacency Incoming) BuildBoth(int entityCount, int[] from, int[] to)
    {
        var byTarget = Scatter(entityCount, to, Enumerable.Range(0, to.Length).ToArray(), from.Length);
        var outgoing = Scatter(entityCount, from, byTarget.Relations, from.Length, to);
        var incoming = Scatter(entityCount, to, outgoing.Relations, from.Length, from);
        return (outgoing, incoming);
    }

    /// <summary>Rows keyed by <paramref name="keys"/>[r] holding <paramref name="values"/>[r], for r over all entries.</summary>
    public static Adjacency Build(int entityCount, int[] keys, int[] values)
    {
        var rows = Scatter(entityCount, keys, Enumerable.Range(0, keys.Length).ToArray(), keys.Length, values);
        for (var e = 0; e < entityCount; e++)
        {
            var start = rows.Offsets[e];
            var length = rows.Offsets[e + 1] - start;
            if (length > 1 && !IsSorted(rows.Neighbours.AsSpan(start, length)))
            {
                Array.Sort(rows.Neighbours, rows.Relations, start, length);
            }
        }

        return rows;
    }

    /// <summary>
    /// A stable counting sort: visits relations in the order <paramref name="order"/> lists them and appends each to the
    /// row of its key, with <paramref name="neighbourOf"/>[r] (or the key itself) as the neighbour.
    /// </summary>
    private static Adjacency Scatter(int entityCount, int[] keys, int[] order, int count, int[]? neighbourOf = null)
    {
        var offsets = new int[entityCount + 1];
        foreach (var key in keys)
        {
            offsets[key + 1]++;
        }

        for (var e = 0; e < entityCount; e++)
        {
            offsets[e + 1] += offsets[e];
        }

        var next = offsets.AsSpan(0, entityCount).ToArray();
        var neighbours = new int[count];
        var relations = new int[count];
        foreach (var r in order)
        {
            var slot = next[keys[r]]++;
            neighbours[slot] = neighbourOf is null ? keys[r] : neighbourOf[r];
            relations[slot] = r;
        }

        return new Adjacency(offsets, neighbours, relations);
    }

    private static bool IsSorted(ReadOnlySpan<int> row)
    {
        for (var i = 1; i < row.Length; i++)
        {
            if (row[i - 1] > row[i])
            {
                return false;
            }
        }

        return true;
    }
}
