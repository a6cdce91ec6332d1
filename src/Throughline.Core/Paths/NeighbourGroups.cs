using Throughline.Core.Index;

namespace Throughline.Core.Paths;

/// <summary>
/// Walks the hops out of one entity in a traversal direction: one step per neighbour that has at least one qualifying
/// relation, in ascending neighbour order. For ANY the outgoing and incoming rows (both sorted by neighbour) are merged,
/// so a hop carries the relations of both directions. Each examined adjacency entry is charged to the budget.
/// </summary>
internal ref struct NeighbourGroups<TSkip>
    where TSkip : struct, INeighbourSkip
{
    private readonly ReadOnlySpan<RelationFacts> _facts;
    private readonly ReadOnlySpan<RelationFacts> _deltaFacts;
    private readonly int _baseRelations;
    private readonly RelationFilter _filter;
    private readonly SearchBudget? _budget;
    private readonly TSkip _skip;
    private readonly ReadOnlySpan<int> _aNeighbours;
    private readonly ReadOnlySpan<int> _aRelations;
    private readonly ReadOnlySpan<int> _bNeighbours;
    private readonly ReadOnlySpan<int> _bRelations;
    private int _a;
    private int _b;

    /// <param name="skip">
    /// Neighbours to pass over without reading their relations: checked first, because the relation facts are the one
    /// large array a hop touches at random, while a distance bound or visited mark is small and cached.
    /// </param>
    public NeighbourGroups(
        GraphIndex index, int entity, Direction direction, in RelationFilter filter, SearchBudget? budget, TSkip skip = default)
    {
        _facts = index.Facts;
        _deltaFacts = index.DeltaFacts;
        _baseRelations = index.BaseRelationCount;
        _skip = skip;
        _filter = filter;
        _budget = budget;
        var first = direction == Direction.Incoming ? index.Incoming : index.Outgoing;
        first.RowOf(entity, out _aNeighbours, out _aRelations);
        if (direction == Direction.Any)
        {
            index.Incoming.RowOf(entity, out _bNeighbours, out _bRelations);
        }
    }

    /// <summary>Adjacency entries in the row (both rows for ANY).</summary>
    public readonly int RowLength => _aNeighbours.Length + _bNeighbours.Length;

    public int Neighbour { get; private set; }

    /// <summary>The best qualifying relation's confidence.</summary>
    public double Confidence { get; private set; }

    /// <summary>No qualifying relation of the hop is Reported or Confirmed.</summary>
    public bool Disputed { get; private set; }

    /// <summary>False when the hops are exhausted or the budget ran out (see <see cref="SearchBudget.Exhausted"/>).</summary>
    public bool MoveNext()
    {
        while (_a < _aNeighbours.Length || _b < _bNeighbours.Length)
        {
            var v = _b >= _bNeighbours.Length || (_a < _aNeighbours.Length && _aNeighbours[_a] <= _bNeighbours[_b])
                ? _aNeighbours[_a]
                : _bNeighbours[_b];
            var best = double.NegativeInfinity;
            var solid = false;
            var start = _a + _b;
            var wanted = !_skip.Skip(v);
            for (; _a < _aNeighbours.Length && _aNeighbours[_a] == v; _a++)
            {
                if (wanted)
                {
                    Take(_aRelations[_a], ref best, ref solid);
                }
            }

            for (; _b < _bNeighbours.Length && _bNeighbours[_b] == v; _b++)
            {
                if (wanted)
                {
                    Take(_bRelations[_b], ref best, ref solid);
                }
            }

            if (_budget is not null && !_budget.Spend(_a + _b - start))
            {
                return false;
            }

            if (best > double.NegativeInfinity)
            {
                Neighbour = v;
                Confidence = best;
                Disputed = !solid;
                return true;
            }
        }

        return false;
    }

    private readonly void Take(int relation, ref double best, ref bool solid)
    {
        ref readonly var facts = ref relation < _baseRelations ? ref _facts[relation] : ref _deltaFacts[relation - _baseRelations];
        if (_filter.Qualifies(facts))
        {
            best = Math.Max(best, facts.Confidence);
            solid |= facts.IsSolid;
        }
    }
}

/// <summary>
/// Which neighbours <see cref="NeighbourGroups{TSkip}"/> passes over unread. A struct type argument, so the JIT
/// specialises the walk for each and inlines the check: a hub's row costs a compare per entry, not a delegate call.
/// </summary>
internal interface INeighbourSkip
{
    bool Skip(int entity);
}

/// <summary>Skips nothing.</summary>
internal readonly struct NoSkip : INeighbourSkip
{
    public bool Skip(int entity) => false;
}
