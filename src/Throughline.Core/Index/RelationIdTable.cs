namespace Throughline.Core.Index;

/// <summary>
/// Finds a relation's dense index by its id without a dictionary of strings: an open-addressing table of ints (about
/// 7 bytes per relation) that probes by the id's hash and confirms against the id array. Lets a write find the
/// relation it supersedes in O(1) instead of scanning 5M ids.
/// </summary>
internal sealed class RelationIdTable
{
    private readonly int[] _slots; // dense index + 1; 0 = empty
    private readonly int _mask;
    private readonly string[] _ids;

    public RelationIdTable(string[] ids)
    {
        _ids = ids;
        var capacity = 16;
        while (capacity < ids.Length + (ids.Length >> 1) + 1)
        {
            capacity <<= 1;
        }

        _slots = new int[capacity];
        _mask = capacity - 1;
        // Hashing the strings is the cost; it runs in parallel, the inserts (cheap int probes) in order.
        var hashes = new int[ids.Length];
        Parallel.For(0, (ids.Length + Chunk - 1) / Chunk, chunk =>
        {
            var end = Math.Min(ids.Length, (chunk + 1) * Chunk);
            for (var r = chunk * Chunk; r < end; r++)
            {
                hashes[r] = Hash(ids[r]);
            }
        });
        for (var r = 0; r < ids.Length; r++)
        {
            var slot = hashes[r] & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = r + 1;
        }
    }

    private const int Chunk = 65_536;

    public long Bytes => _slots.LongLength * sizeof(int);

    /// <summary>The dense index of the relation with this id, or -1.</summary>
    public int Find(string id)
    {
        var slot = Hash(id) & _mask;
        while (_slots[slot] is var entry and not 0)
        {
            if (string.Equals(_ids[entry - 1], id, StringComparison.Ordinal))
            {
                return entry - 1;
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }

    private static int Hash(string id) => string.GetHashCode(id, StringComparison.Ordinal) & int.MaxValue;
}
