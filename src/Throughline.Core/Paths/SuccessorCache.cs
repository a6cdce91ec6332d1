namespace Throughline.Core.Paths;

/// <summary>
/// The hops out of a high-degree entity that can still reach an end, kept for the rest of a query: a hub's row is
/// walked once per number of hops left (at most maxHops times in a query), not once for every partial path through it,
/// and the walks of later lengths reuse what the earlier ones found. Valid for one search plan (its direction, filter,
/// ends and distance bounds decide which hops are kept).
/// </summary>
internal sealed class SuccessorCache
{
    /// <summary>Rows shorter than this are walked each time: cheaper than a lookup and an array per partial path.</summary>
    public const int MinDegree = 128;

    private readonly Dictionary<long, Successors> _rows = [];

    public bool TryGet(int entity, int hopsLeft, out Successors successors) => _rows.TryGetValue(Key(entity, hopsLeft), out successors!);

    public void Add(int entity, int hopsLeft, Successors successors) => _rows[Key(entity, hopsLeft)] = successors;

    private static long Key(int entity, int hopsLeft) => ((long)entity << 8) | (uint)hopsLeft;
}

/// <summary>The kept hops of one row in ascending neighbour order, with each hop's best qualifying confidence.</summary>
internal sealed record Successors(int[] Neighbours, double[] Confidence);
