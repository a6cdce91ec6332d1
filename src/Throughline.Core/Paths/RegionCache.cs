using System.Runtime.CompilerServices;
using Throughline.Core.Index;

namespace Throughline.Core.Paths;

/// <summary>
/// The entities inside a set of places, as <see cref="SelectorResolver"/> resolved them, kept with the index they were
/// read from: a region's placement rows cost a random read of relation facts per entry (most of a "projects in Xinjiang"
/// query's resolution), and the answer only changes when the graph does. A <see cref="GraphIndex"/> never changes (a
/// write derives a new instance), so an entry cannot go stale, and the table is dropped with its index. Bounded: the
/// regions kept for one index hold at most <see cref="MaxMembersPerIndex"/>(index) members in all (each region also
/// counted as <see cref="EntryOverhead"/> members for its key and entry), the oldest dropped first; a region larger
/// than that is resolved every time. Members only, ascending: a bitmap per region would cost an eighth of a byte per
/// entity of the graph however small the region.
/// </summary>
internal sealed class RegionCache
{
    private static readonly ConditionalWeakTable<GraphIndex, RegionCache> PerIndex = [];

    private readonly Lock _lock = new();
    /// <summary>What a kept region costs besides its members, counted in members (4 bytes each): key, entry, array header.</summary>
    public const int EntryOverhead = 32;

    private readonly Dictionary<string, int[]> _regions = new(StringComparer.Ordinal);
    private readonly Queue<string> _oldestFirst = new();
    private readonly long _maxMembers;
    private long _members;

    /// <param name="maxMembers">The bound, in members (see <see cref="MaxMembersPerIndex"/>); tests set a small one.</param>
    internal RegionCache(long maxMembers) => _maxMembers = maxMembers;

    /// <summary>One int per entity of the index: 4 bytes an entity (under 1 byte a relation on the bench graph).</summary>
    public static long MaxMembersPerIndex(GraphIndex index) => Math.Max(index.EntityCount, 1024);

    /// <summary>The cache that belongs to <paramref name="index"/> (made on first use).</summary>
    public static RegionCache For(GraphIndex index) => PerIndex.GetValue(index, i => new RegionCache(MaxMembersPerIndex(i)));

    /// <summary>Regions kept now (for tests).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _regions.Count;
            }
        }
    }

    /// <summary>
    /// The region of <paramref name="places"/> (dense ids, any order, repeats allowed) as ascending distinct members: the
    /// kept one, or <paramref name="resolve"/>'s, kept when it fits. Callers must not write to the array (it is shared).
    /// Concurrent first queries for one region may both resolve it; they get equal arrays.
    /// </summary>
    public int[] GetOrAdd(IEnumerable<int> places, Func<int[]> resolve)
    {
        var key = string.Join(',', places.Distinct().Order());
        lock (_lock)
        {
            if (_regions.TryGetValue(key, out var kept))
            {
                return kept;
            }
        }

        var region = resolve();
        var cost = Cost(region);
        if (cost > _maxMembers)
        {
            return region;
        }

        lock (_lock)
        {
            if (_regions.TryGetValue(key, out var kept))
            {
                return kept;
            }

            while (_members + cost > _maxMembers && _oldestFirst.TryDequeue(out var oldest))
            {
                _members -= Cost(_regions[oldest]);
                _regions.Remove(oldest);
            }

            _regions.Add(key, region);
            _oldestFirst.Enqueue(key);
            _members += cost;
            return region;
        }
    }

    private static long Cost(int[] region) => region.LongLength + EntryOverhead;
}
