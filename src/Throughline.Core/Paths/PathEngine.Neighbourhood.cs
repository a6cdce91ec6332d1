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
        var kept = new Kept(Index.EntityCount, centre);
        var truncated = ExpandLevels(query, centre, filter, budget, kept);
        var relations = new HashSet<int>();
        for (var i = 0; i < kept.Entities.Count; i++)
        {
            if (kept.Depths[i] < query.Depth)
            {
                CollectRelations(kept.Entities[i], query.Options.Direction, filter, budget, kept, relations);
            }
        }

        var entities = kept.Entities.ToArray();
        if (Index.HasAddedEntities)
        {
            Array.Sort(entities, Index.EntityOrder);
        }
        else
        {
            Array.Sort(entities);
        }

        var relationIds = relations.Select(Index.RelationId).ToArray();
        OrdinalSort.Sort(relationIds);
        return Task.FromResult(new Subgraph([.. entities.Select(Index.EntityId)], relationIds, truncated || budget.Exhausted));
    }

    /// <summary>Breadth-first, one level at a time; returns true when the entity cap left some entity in reach out.</summary>
    private bool ExpandLevels(NeighbourhoodQuery query, int centre, RelationFilter filter, SearchBudget budget, Kept kept)
    {
        List<int> frontier = [centre];
        var inLevel = Bitmaps.For(Index.EntityCount);
        for (var depth = 1; depth <= query.Depth && frontier.Count > 0; depth++)
        {
            var room = query.MaxEntities - kept.Entities.Count;
            var level = new List<int>();
            foreach (var entity in frontier)
            {
                var groups = new NeighbourGroups<NoSkip>(Index, entity, query.Options.Direction, filter, budget);
                while (groups.MoveNext())
                {
                    // One entity's hops come in ascending id order, so from a single entity the first room + 1 new
                    // neighbours are the ones to keep (plus one to know the level overflows): a hub's row is not walked to the end.
                    // Entities added since the arrays were built sit at the rows' ends out of id order, so then the row is walked.
                    var v = groups.Neighbour;
                    if (!kept.Contains(v) && Bitmaps.Add(inLevel, v))
                    {
                        level.Add(v);
                        if (frontier.Count == 1 && level.Count > room && !Index.HasAddedEntities)
                        {
                            break;
                        }
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

            foreach (var entity in sorted.AsSpan(0, Math.Min(room, sorted.Length)))
            {
                kept.Add(entity, depth);
            }

            if (sorted.Length > room)
            {
                return true;
            }

            frontier = [.. sorted];
        }

        return false;
    }

    private void CollectRelations(
        int entity, Direction direction, RelationFilter filter, SearchBudget budget, Kept kept, HashSet<int> relations)
    {
        if (direction != Direction.Incoming)
        {
            Collect(Index.Outgoing);
        }

        if (direction != Direction.Outgoing)
        {
            Collect(Index.Incoming);
        }

        void Collect(Index.Adjacency adjacency)
        {
            var neighbours = adjacency.NeighboursOf(entity);
            var rows = adjacency.RelationsOf(entity);
            if (neighbours.Length > 8 * kept.Entities.Count)
            {
                // A hub among few kept entities: look each kept entity up in the sorted row instead of walking it.
                foreach (var other in kept.Entities)
                {
                    budget.Spend(1);
                    for (var i = PathMaterializer.LowerBound(neighbours, other); i < neighbours.Length && neighbours[i] == other; i++)
                    {
                        Add(rows[i]);
                    }
                }

                return;
            }

            budget.Spend(neighbours.Length);
            for (var i = 0; i < neighbours.Length; i++)
            {
                if (kept.Contains(neighbours[i]))
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

    /// <summary>
    /// The neighbourhood's entities in the order they were kept, each with its depth, and a bitmap of them: a row walk
    /// asks "kept?" once per adjacency entry, which a bitmap answers without hashing.
    /// </summary>
    private sealed class Kept
    {
        private readonly ulong[] _bits;

        public Kept(int entityCount, int centre)
        {
            _bits = Bitmaps.For(entityCount);
            Add(centre, 0);
        }

        public List<int> Entities { get; } = [];

        public List<int> Depths { get; } = [];

        public bool Contains(int entity) => Bitmaps.Contains(_bits, entity);

        public void Add(int entity, int depth)
        {
            Bitmaps.Set(_bits, entity);
            Entities.Add(entity);
            Depths.Add(depth);
        }
    }
}
