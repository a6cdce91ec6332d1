using System.Buffers;
using Throughline.Core.Index;

namespace Throughline.Core.Paths;

/// <summary>
/// Lower bounds on how many hops each entity is from the nearest seed, from a breadth-first search out of the seeds
/// over qualifying relations. Searching backwards from the targets gives the bounds a forward depth-first search prunes
/// with (an entity that cannot reach a target within the hops left is skipped); searching forwards from the sources gives
/// the bounds for a search run backwards from the targets. The breadth-first search stops before a level whose adjacency
/// exceeds its work cap (a hub's rows); entities beyond the levels it completed are then known only to be further than
/// those levels, which is still a valid bound. Under a filter that passes nearly every relation the search reads only the
/// adjacency rows, not the relation facts (a random 24-byte read per entry, most of a hop's cost): counting a relation
/// that fails the filter can only make a distance shorter, so the bounds stay lower bounds, slightly weaker.
/// </summary>
internal sealed class DistanceBounds : IDisposable
{
    private const int Unreachable = 1 << 20;
    private readonly byte[] _distancePlusOne;
    private readonly int _completedDepth;

    private DistanceBounds(byte[] distancePlusOne, int completedDepth, long work, bool reachedStop = false)
    {
        _distancePlusOne = distancePlusOne;
        _completedDepth = completedDepth;
        Work = work;
        ReachedStop = reachedStop;
    }

    /// <summary>The search stopped after the first level that reached an entity of its <c>stopAt</c> set.</summary>
    public bool ReachedStop { get; }

    /// <summary>Adjacency entries the breadth-first search read (the rows of every level it completed).</summary>
    public long Work { get; }

    /// <summary>How many levels the breadth-first search finished (large when it ran out of entities to reach).</summary>
    public int CompletedDepth => _completedDepth;

    public int LowerBound(int entity) =>
        _distancePlusOne[entity] is var d and > 0 ? d - 1 : _completedDepth + 1;

    /// <summary>Skips neighbours that cannot reach a seed within <paramref name="hopsLeft"/> hops, unless they are in <paramref name="ends"/>.</summary>
    public OutOfReach Beyond(EntitySet ends, int hopsLeft) => new(_distancePlusOne, Math.Min(_completedDepth, 250) + 1, ends.Bits, hopsLeft);

    /// <summary>The check <see cref="PathSearch"/> prunes each neighbour with, as a struct the row walk inlines.</summary>
    internal readonly struct OutOfReach(byte[] distancePlusOne, int beyond, ulong[] ends, int hopsLeft) : INeighbourSkip
    {
        public bool Skip(int entity)
        {
            var d = distancePlusOne[entity];
            return (d == 0 ? beyond : d - 1) > hopsLeft && !Bitmaps.Contains(ends, entity);
        }
    }

    private readonly struct Visited(byte[] distancePlusOne) : INeighbourSkip
    {
        public bool Skip(int entity) => distancePlusOne[entity] != 0;
    }

    public static Direction Reverse(Direction direction) => direction switch
    {
        Direction.Outgoing => Direction.Incoming,
        Direction.Incoming => Direction.Outgoing,
        _ => Direction.Any,
    };

    /// <summary>Breadth-first from <paramref name="seeds"/>, following relations as <paramref name="walk"/> says.</summary>
    /// <param name="firstLevel">
    /// The seeds' neighbours walking the same way, when the search has tabulated them anyway (see <see cref="LastHops"/>):
    /// when the bounds follow every relation (the table holds every neighbour, qualifying or not), the first level is read
    /// from the table instead of walking the seeds' rows a second time.
    /// </param>
    /// <param name="readFacts">
    /// Null follows only qualifying relations unless <paramref name="filter"/> passes nearly all (then every relation is
    /// followed, without reading facts); tests force each way.
    /// </param>
    /// <param name="stopAt">
    /// Stop after the first level that reaches one of these (shortest paths: the starts). A search for paths of that
    /// level's length L, or L + 1, is still pruned exactly at every hop; longer ones only lose pruning near the starts.
    /// </param>
    public static DistanceBounds Compute(
        GraphIndex index, EntitySet seeds, Direction walk, in RelationFilter filter, int maxDepth, long workCap, LastHops? firstLevel = null,
        bool? readFacts = null, EntitySet? stopAt = null)
    {
        var facts = readFacts ?? !filter.PassesNearlyAll;
        var distance = ArrayPool<byte>.Shared.Rent(index.EntityCount);
        Array.Clear(distance, 0, index.EntityCount);
        var frontier = new List<int>(seeds.Members);
        foreach (var t in frontier)
        {
            distance[t] = 1;
        }

        long work = 0;
        var visited = new Visited(distance);
        for (var depth = 1; depth <= maxDepth; depth++)
        {
            if (frontier.Count == 0)
            {
                return new DistanceBounds(distance, Unreachable, work);
            }

            var levelWork = frontier.Sum(e => (long)index.Degree(e, walk));
            if (work + levelWork > workCap)
            {
                return new DistanceBounds(distance, depth - 1, work);
            }

            work += levelWork;

            var next = new List<int>();
            if (depth == 1 && !facts && firstLevel is { Available: true })
            {
                // Sorted by entity, so an entity next to several seeds is one run.
                for (var i = 0; i < firstLevel.Count; i++)
                {
                    var v = firstLevel.EntityAt(i);
                    if (distance[v] == 0)
                    {
                        distance[v] = 2;
                        next.Add(v);
                    }
                }
            }
            else if (facts)
            {
                foreach (var e in frontier)
                {
                    var groups = new NeighbourGroups<Visited>(index, e, walk, filter, budget: null, visited);
                    while (groups.MoveNext())
                    {
                        if (distance[groups.Neighbour] == 0)
                        {
                            distance[groups.Neighbour] = (byte)(depth + 1);
                            next.Add(groups.Neighbour);
                        }
                    }
                }
            }
            else
            {
                foreach (var e in frontier)
                {
                    if (walk != Direction.Incoming)
                    {
                        Mark(index.Outgoing.NeighboursOf(e), distance, (byte)(depth + 1), next);
                    }

                    if (walk != Direction.Outgoing)
                    {
                        Mark(index.Incoming.NeighboursOf(e), distance, (byte)(depth + 1), next);
                    }
                }
            }

            frontier = next;
            if (stopAt is not null && Reached(stopAt, distance))
            {
                return new DistanceBounds(distance, depth, work, reachedStop: true);
            }
        }

        return new DistanceBounds(distance, frontier.Count == 0 ? Unreachable : maxDepth, work);
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_distancePlusOne);

    private static void Mark(ReadOnlySpan<int> row, byte[] distance, byte value, List<int> next)
    {
        foreach (var v in row)
        {
            if (distance[v] == 0)
            {
                distance[v] = value;
                next.Add(v);
            }
        }
    }

    /// <summary>A stop entity reached from a seed; one that is itself a seed does not count (its paths need a hop to another).</summary>
    private static bool Reached(EntitySet stopAt, byte[] distance)
    {
        foreach (var e in stopAt.Members)
        {
            if (distance[e] > 1)
            {
                return true;
            }
        }

        return false;
    }
}
