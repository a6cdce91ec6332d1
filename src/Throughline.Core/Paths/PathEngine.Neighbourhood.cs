using Throughline.Core.Index;

namespace Throughline.Core.Paths;

public sealed partial class PathEngine
{
    /// <summary>
    /// The entities within <see cref="NeighbourhoodQuery.Depth"/> hops of an entity over qualifying relations in the
    /// traversal direction, and the qualifying relations traversable from a kept entity nearer than that depth to another
    /// kept entity. When more entities are in reach than <see cref="NeighbourhoodQuery.MaxEntities"/>, the kept ones are
    /// the first in breadth-first order — by depth, then by id — and the result is truncated.
    /// </summary>
    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ct.ThrowIfCancellationRequested();
        PathQueryValidation.Neighbourhood(query, Limits);
        var centre = Index.Find(query.EntityId);
        if (centre < 0)
        {
            throw new PathQueryException(PathQueryException.NotFound, $"entityId: no entity has the id '{query.EntityId}'.");
        }

        var filter = new RelationFilter(query.Options);
        var budget = new SearchBudget(Limits.ExpansionBudget, ct, query.Allowance);
        var kept = new NeighbourhoodKept(Index.EntityCount, centre, query.Depth);
        var truncated = ExpandLevels(query, centre, filter, budget, kept);
        var ascending = kept.Entities.ToArray();
        Array.Sort(ascending);
        var relations = new List<int>();
        for (var i = 0; i < kept.Entities.Count; i++)
        {
            if (kept.Depths[i] < query.Depth)
            {
                CollectRelations(kept.Entities[i], query.Options.Direction, filter, budget, kept, ascending, relations);
            }
        }

        kept.Release();
        var entities = ascending;
        if (Index.HasAddedEntities)
        {
            entities = [.. ascending];
            Array.Sort(entities, Index.EntityOrder);
        }

        var relationIds = new string[relations.Count];
        for (var i = 0; i < relationIds.Length; i++)
        {
            relationIds[i] = Index.RelationId(relations[i]);
        }

        OrdinalSort.Sort(relationIds);
        return Task.FromResult(new Subgraph([.. entities.Select(Index.EntityId)], relationIds, truncated || budget.Exhausted));
    }

    /// <summary>Breadth-first, one level at a time; returns true when the entity cap left some entity in reach out.</summary>
    private bool ExpandLevels(NeighbourhoodQuery query, int centre, RelationFilter filter, SearchBudget budget, NeighbourhoodKept kept)
    {
        List<int> frontier = [centre];
        for (var depth = 1; depth <= query.Depth && frontier.Count > 0; depth++)
        {
            var room = query.MaxEntities - kept.Entities.Count;
            var level = kept.NewLevel();
            foreach (var entity in frontier)
            {
                // Kept and already-seen neighbours are passed over before their relations' facts are read.
                var groups = new NeighbourGroups<Known>(Index, entity, query.Options.Direction, filter, budget, new Known(kept));
                while (groups.MoveNext())
                {
                    // One entity's hops come in ascending id order, so from a single entity the first room + 1 new
                    // neighbours are the ones to keep (plus one to know the level overflows): a hub's row is not walked to the end.
                    // Entities added since the arrays were built sit at the rows' ends out of id order, so then the row is walked.
                    kept.See(groups.Neighbour);
                    if (frontier.Count == 1 && level.Count > room && !Index.HasAddedEntities)
                    {
                        break;
                    }
                }
            }

            var sorted = level.ToArray();
            if (Index.HasAddedEntities)
            {
                Array.Sort(sorted, Index.EntityOrder);
            }
            else
            {
                Array.Sort(sorted);
            }

            var fits = Math.Min(room, sorted.Length);
            foreach (var entity in sorted.AsSpan(0, fits))
            {
                kept.Add(entity, depth, inner: depth < query.Depth);
            }

            if (sorted.Length > room)
            {
                return true;
            }

            frontier = [.. sorted];
        }

        return false;
    }

    /// <param name="ascending">The kept entities by ascending dense id, the order of an adjacency row.</param>
    private void CollectRelations(
        int entity, Direction direction, RelationFilter filter, SearchBudget budget, NeighbourhoodKept kept, int[] ascending, List<int> relations)
    {
        if (direction != Direction.Incoming)
        {
            Collect(Index.Outgoing, false);
        }

        if (direction != Direction.Outgoing)
        {
            // For ANY a relation between two inner entities is in one's outgoing row and the other's incoming row:
            // it is taken from the outgoing one only, so each relation is listed once without a set.
            Collect(Index.Incoming, direction == Direction.Any);
        }

        void Collect(Index.Adjacency adjacency, bool skipInner)
        {
            var neighbours = adjacency.NeighboursOf(entity);
            var rows = adjacency.RelationsOf(entity);
            if (neighbours.Length > 8 * ascending.Length)
            {
                // A hub among few kept entities: find the kept entities in the sorted row, each search starting where
                // the last one ended, instead of walking the row.
                var at = 0;
                foreach (var other in ascending)
                {
                    if (skipInner && kept.IsInner(other))
                    {
                        continue;
                    }

                    budget.Spend(1);
                    at = SortedRows.Gallop(neighbours, at, other);
                    for (; at < neighbours.Length && neighbours[at] == other; at++)
                    {
                        Add(rows[at]);
                    }
                }

                return;
            }

            budget.Spend(neighbours.Length);
            for (var i = 0; i < neighbours.Length; i++)
            {
                var other = neighbours[i];
                if (kept.Contains(other) && !(skipInner && kept.IsInner(other)))
                {
                    Add(rows[i]);
                }
            }

            void Add(int relation)
            {
                if (filter.Qualifies(Index.FactsOf(relation)))
                {
                    relations.Add(relation);
                }
            }
        }
    }

    /// <summary>Neighbours a level need not read again: kept ones and ones this level has already seen.</summary>
    private readonly struct Known(NeighbourhoodKept kept) : INeighbourSkip
    {
        public bool Skip(int entity) => kept.Known(entity);
    }
}
