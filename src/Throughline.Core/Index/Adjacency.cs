namespace Throughline.Core.Index;

/// <summary>
/// Compressed sparse rows: the relations of entity e occupy [Offsets[e], Offsets[e + 1]) of <see cref="Neighbours"/>
/// (the entity at the other end) and <see cref="Relations"/> (the relation's dense index). Each row is sorted by
/// neighbour, so parallel relations sit together and a hop is one contiguous run.
/// </summary>
internal sealed class Adjacency
{
    private static readonly Dictionary<int, Row> NoRows = [];
    private readonly Dictionary<int, Row> _rows;
    private readonly int _baseCount;

    private Adjacency(int[] offsets, int[] neighbours, int[] relations, Dictionary<int, Row>? rows = null)
    {
        Offsets = offsets;
        Neighbours = neighbours;
        Relations = relations;
        _baseCount = offsets.Length - 1;
        _rows = rows ?? NoRows;
    }

    public int[] Offsets { get; }

    public int[] Neighbours { get; }

    public int[] Relations { get; }

    /// <summary>Rows that replace the compressed ones (or add rows past them): written since the arrays were built.</summary>
    internal IReadOnlyDictionary<int, Row> Replaced => _rows;

    public long Bytes => ((Offsets.LongLength + Neighbours.LongLength + Relations.LongLength) * sizeof(int))
        + _rows.Values.Sum(r => (r.Neighbours.LongLength * 2 * sizeof(int)) + 48);

    public int Degree(int entity) => _rows.Count != 0 && _rows.TryGetValue(entity, out var row)
        ? row.Neighbours.Length
        : entity < _baseCount ? Offsets[entity + 1] - Offsets[entity] : 0;

    public ReadOnlySpan<int> NeighboursOf(int entity)
    {
        RowOf(entity, out var neighbours, out _);
        return neighbours;
    }

    public ReadOnlySpan<int> RelationsOf(int entity)
    {
        RowOf(entity, out _, out var relations);
        return relations;
    }

    /// <summary>Both halves of a row with one lookup.</summary>
    public void RowOf(int entity, out ReadOnlySpan<int> neighbours, out ReadOnlySpan<int> relations)
    {
        if (_rows.Count != 0 && _rows.TryGetValue(entity, out var row))
        {
            neighbours = row.Neighbours;
            relations = row.Relations;
        }
        else if (entity < _baseCount)
        {
            var start = Offsets[entity];
            neighbours = Neighbours.AsSpan(start, Offsets[entity + 1] - start);
            relations = Relations.AsSpan(start, Offsets[entity + 1] - start);
        }
        else
        {
            neighbours = [];
            relations = [];
        }
    }

    public Dictionary<int, Row> CopyRows() => new(_rows);

    /// <summary>The same compressed arrays with <paramref name="rows"/> in place of theirs (the arrays are shared, not copied).</summary>
    public Adjacency WithRows(Dictionary<int, Row> rows) => new(Offsets, Neighbours, Relations, rows);

    /// <summary>
    /// Entity <paramref name="entity"/>'s row without the entries of <paramref name="removed"/> relations and with
    /// <paramref name="added"/> (neighbour, relation) entries, still sorted by neighbour: one merge, no sort of the old row.
    /// </summary>
    /// <param name="byNeighbour">Match <paramref name="removed"/> against neighbours instead (the gazetteer's rows hold no relations).</param>
    public Row Rewrite(int entity, IReadOnlySet<int>? removed, List<(int Neighbour, int Relation)>? added, bool byNeighbour = false)
    {
        RowOf(entity, out var neighbours, out var relations);
        if (byNeighbour)
        {
            relations = neighbours;
        }

        added?.RemoveAll(a => removed is not null && removed.Contains(byNeighbour ? a.Neighbour : a.Relation));
        added?.Sort((a, b) => a.Neighbour != b.Neighbour ? a.Neighbour.CompareTo(b.Neighbour) : a.Relation.CompareTo(b.Relation));
        var count = neighbours.Length + (added?.Count ?? 0);
        var outNeighbours = new int[count];
        var outRelations = new int[count];
        int i = 0, j = 0, k = 0;
        while (i < neighbours.Length || (added is not null && j < added.Count))
        {
            if (added is null || j == added.Count || (i < neighbours.Length && neighbours[i] <= added[j].Neighbour))
            {
                if (removed is null || !removed.Contains(relations[i]))
                {
                    outNeighbours[k] = neighbours[i];
                    outRelations[k++] = relations[i];
                }

                i++;
            }
            else
            {
                outNeighbours[k] = added[j].Neighbour;
                outRelations[k++] = added[j++].Relation;
            }
        }

        return new Row(outNeighbours[..k], outRelations[..k]);
    }

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

    /// <summary>
    /// The rows <see cref="BuildBoth"/> would give, from their relations in row order as an index image stores them
    /// (<see cref="Relations"/>): offsets by counting <paramref name="keys"/>, neighbours from <paramref name="neighbourOf"/>.
    /// Null unless <paramref name="relations"/> lists every relation once, each in its key's row, rows sorted by neighbour.
    /// </summary>
    public static Adjacency? FromRowOrder(int entityCount, int[] keys, int[] neighbourOf, int[] relations)
    {
        if (relations.Length != keys.Length)
        {
            return null;
        }

        var offsets = new int[entityCount + 1];
        foreach (var key in keys)
        {
            offsets[key + 1]++; // keys were checked against entityCount by the caller
        }

        for (var e = 0; e < entityCount; e++)
        {
            offsets[e + 1] += offsets[e];
        }

        var seen = Bitmaps.For(keys.Length);
        var neighbours = new int[relations.Length];
        for (var e = 0; e < entityCount; e++)
        {
            for (var i = offsets[e]; i < offsets[e + 1]; i++)
            {
                var r = relations[i];
                if ((uint)r >= (uint)keys.Length || keys[r] != e || !Bitmaps.Add(seen, r))
                {
                    return null;
                }

                neighbours[i] = neighbourOf[r];
                if (i > offsets[e] && neighbours[i - 1] > neighbours[i])
                {
                    return null;
                }
            }
        }

        return new Adjacency(offsets, neighbours, relations);
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

/// <summary>One entity's row held outside the compressed arrays.</summary>
internal sealed record Row(int[] Neighbours, int[] Relations);
