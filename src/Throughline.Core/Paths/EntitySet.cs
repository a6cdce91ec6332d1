using Throughline.Core.Index;

namespace Throughline.Core.Paths;

/// <summary>A set of dense entity ids: ascending members for iteration and a bitmap for O(1) membership.</summary>
internal sealed class EntitySet
{
    private readonly ulong[] _bits;

    public EntitySet(int entityCount, IEnumerable<int> members)
    {
        _bits = Bitmaps.For(entityCount);
        var sorted = members.ToArray();
        // A region read off a bitmap (and anything filtered from it) is in order already: checking costs a pass, sorting more.
        if (!IsAscending(sorted))
        {
            Array.Sort(sorted);
        }

        var distinct = new List<int>(sorted.Length);
        foreach (var e in sorted)
        {
            if (Bitmaps.Add(_bits, e))
            {
                distinct.Add(e);
            }
        }

        Members = [.. distinct];
    }

    public int[] Members { get; }

    public int Count => Members.Length;

    /// <summary>The bitmap itself, for hot loops that test membership in a struct without a call through the set.</summary>
    public ulong[] Bits => _bits;

    public bool Contains(int entity) => Bitmaps.Contains(_bits, entity);

    private static bool IsAscending(int[] values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] < values[i - 1])
            {
                return false;
            }
        }

        return true;
    }
}
