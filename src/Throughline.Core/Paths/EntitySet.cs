using System.Collections;

namespace Throughline.Core.Paths;

/// <summary>A set of dense entity ids: ascending members for iteration and a bitmap for O(1) membership.</summary>
internal sealed class EntitySet
{
    private readonly BitArray _bits;

    public EntitySet(int entityCount, IEnumerable<int> members)
    {
        _bits = new BitArray(entityCount);
        var sorted = members.ToArray();
        Array.Sort(sorted);
        var distinct = new List<int>(sorted.Length);
        foreach (var e in sorted)
        {
            if (!_bits[e])
            {
                _bits[e] = true;
                distinct.Add(e);
            }
        }

        Members = [.. distinct];
    }

    public int[] Members { get; }

    public int Count => Members.Length;

    public bool Contains(int entity) => _bits[entity];
}
