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

    /// <summary>Rows keyed by <paramref name="keys"/>[r] holding <paramref name="values"/>[r], for r over all relations.</summary>
    public static Adjacency Build(int entityCount, int[] keys, int[] values)
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
        var neighbours = new int[keys.Length];
        var relations = new int[keys.Length];
        for (var r = 0; r < keys.Length; r++)
        {
            var slot = next[keys[r]]++;
            neighbours[slot] = values[r];
            relations[slot] = r;
        }

        for (var e = 0; e < entityCount; e++)
        {
            var start = offsets[e];
            var length = offsets[e + 1] - start;
            if (length > 1 && !IsSorted(neighbours.AsSpan(start, length)))
            {
                Array.Sort(neighbours, relations, start, length);
            }
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
