using System.Buffers;
using Throughline.Core.Index;

namespace Throughline.Core.Paths;

/// <summary>
/// A neighbourhood's entities in the order they were kept, each with its depth, and bitmaps over the dense ids: kept,
/// kept and nearer than the depth (inner: its rows are listed), and seen by a level. A row walk asks these once per
/// adjacency entry, which a bitmap answers without hashing. The bitmaps are pooled and cleared only where bits were set:
/// at 1M entities each is 128 KB, and allocating and zeroing three per query cost about as much as a small query itself.
/// </summary>
internal sealed class NeighbourhoodKept
{
    // A pool of its own: arrays are returned only after every word this instance set is zeroed again, which arrays
    // returned to the shared pool by other code are not guaranteed to be.
    private static readonly ArrayPool<ulong> Pool = ArrayPool<ulong>.Create(maxArrayLength: 1 << 24, maxArraysPerBucket: 8);

    private readonly ulong[] _kept;
    private readonly ulong[] _inner;
    private readonly ulong[] _seen;
    private readonly List<List<int>> _levels = [];
    private bool _released;

    /// <param name="depth">The neighbourhood's depth: the centre is inner unless it is 0.</param>
    public NeighbourhoodKept(int entityCount, int centre, int depth)
    {
        var words = (entityCount + 63) >> 6;
        _kept = Pool.Rent(words);
        _inner = Pool.Rent(words);
        _seen = Pool.Rent(words);
        Add(centre, 0, inner: depth > 0);
        Bitmaps.Set(_seen, centre);
    }

    public List<int> Entities { get; } = [];

    public List<int> Depths { get; } = [];

    public bool Contains(int entity) => Bitmaps.Contains(_kept, entity);

    public bool IsInner(int entity) => Bitmaps.Contains(_inner, entity);

    /// <summary>Kept, or seen by a level (a level that overflows ends the expansion, so a seen entity is kept or final).</summary>
    public bool Known(int entity) => Bitmaps.Contains(_seen, entity);

    /// <summary>A list for the next level's entities, which <see cref="See"/> appends to.</summary>
    public List<int> NewLevel()
    {
        var level = new List<int>();
        _levels.Add(level);
        return level;
    }

    /// <summary>Marks a neighbour seen and appends it to the current level once.</summary>
    public void See(int entity)
    {
        if (Bitmaps.Add(_seen, entity))
        {
            _levels[^1].Add(entity);
        }
    }

    public void Add(int entity, int depth, bool inner)
    {
        Bitmaps.Set(_kept, entity);
        if (inner)
        {
            Bitmaps.Set(_inner, entity);
        }

        Entities.Add(entity);
        Depths.Add(depth);
    }

    /// <summary>Zeroes the words set and returns the bitmaps to the pool; the instance is not to be asked again.</summary>
    public void Release()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        foreach (var e in Entities)
        {
            Clear(e);
        }

        foreach (var level in _levels)
        {
            foreach (var e in level)
            {
                Clear(e);
            }
        }

        Pool.Return(_kept);
        Pool.Return(_inner);
        Pool.Return(_seen);

        void Clear(int e)
        {
            _kept[e >> 6] = 0;
            _inner[e >> 6] = 0;
            _seen[e >> 6] = 0;
        }
    }
}
