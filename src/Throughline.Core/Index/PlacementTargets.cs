using Throughline.Core.Model;

namespace Throughline.Core.Index;

/// <summary>
/// Which entities of a compressed base some LOCATED_IN or OPERATES_IN relation points to, as a bitmap computed on first
/// use (one sequential pass over the base's relations) and shared by every index layered over that base. A
/// "locatedIn" selector walks everything inside a region and must read the incoming rows of entities things can be
/// placed in; this lets it skip the rows of everything else (an organisation operating in the region may have 100k
/// incoming relations, none of them a placement). A set bit is only a hint to read the row, so a placement superseded
/// since does no harm.
/// </summary>
internal sealed class PlacementTargets(int[] to, RelationFacts[] facts, int entityCount)
{
    private ulong[]? _bits;

    public bool Contains(int entity)
    {
        // Queries run concurrently: two may compute it, either result is the same, and the publish is a release.
        var bits = Volatile.Read(ref _bits);
        if (bits is null)
        {
            bits = Compute();
            Volatile.Write(ref _bits, bits);
        }

        return entity < entityCount && Bitmaps.Contains(bits, entity);
    }

    private ulong[] Compute()
    {
        var bits = Bitmaps.For(entityCount);
        for (var r = 0; r < to.Length; r++)
        {
            if (facts[r].Type is RelationType.LocatedIn or RelationType.OperatesIn)
            {
                Bitmaps.Set(bits, to[r]);
            }
        }

        return bits;
    }
}
