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
        var depthOf = new Dictionary<int, int> { [centre] = 0 };
        var truncated = ExpandLevels(query, centre, filter, budget, depthOf);
        var relations = new HashSet<int>();
        foreach (var (entity, depth) in depthOf)
        {
            if (depth < query.Depth)
            {
                CollectRelations(entity, query.Options.Direction, filter, budget, depthOf, relations);
            }
        }

        var entityIds = depthOf.Keys.Order(Index.EntityOrder).Select(Index.EntityId).ToList();
        var relationIds = relations.Select(Index.RelationId).Order(StringComparer.Ordinal).ToList();
        return Task.FromResult(new Subgraph(entityIds, relationIds, truncated || budget.Exhausted));
    }

    /// <summary>Breadth-first, one level at a time; returns true when the entity cap left some entity in reach out.</summary>
    private bool ExpandLevels(NeighbourhoodQuery query, int centre, RelationFilter filter, SearchBudget budget, Dictionary<int, int> depthOf)
    {
        List<int> frontier = [centre];
        for (var depth = 1; depth <= query.Depth && frontier.Count > 0; depth++)
        {
            var room = query.MaxEntities - depthOf.Count;
            var level = new HashSet<int>();
            foreach (var entity in frontier)
            {
                var groups = new NeighbourGroups<NoSkip>(Index, entity, query.Options.Direction, filter, budget);
                while (groups.MoveNext())
                {
                    // One entity's hops come in ascending id order, so from a single entity the first room + 1 new
                    // neighbours are the ones to keep (plus one to know the level overflows): a hub's row is not walked to the end.
                    // Entities added since the arrays were built sit at the rows' ends out of id order, so then the row is walked.
                    if (!depthOf.ContainsKey(groups.Neighbour) && level.Add(groups.Neighbour) && frontier.Count == 1 && level.Count > room
                        && !Index.HasAddedEntities)
                    {
                        break;
                    }
                }
            }

            var sorted = level.Order(Index.EntityOrder).ToList();
            foreach (var entity in sorted.Take(room))
            {
                depthOf[entity] = depth;
            }

            if (sorted.Count > room)
            {
                return true;
            }

            frontier = sorted;
        }

        return false;
    }

    private void CollectRelations(
        int entity, Direction direction, RelationFilter filter, SearchBudget budget, Dictionary<int, int> depthOf, HashSet<int> relations)
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
            if (neighbours.Length > 8 * depthOf.Count)
            {
                // A hub among few kept entities: look each kept entity up in the sorted row instead of walking it.
                foreach (var kept in depthOf.Keys)
                {
                    budget.Spend(1);
                    for (var i = PathMaterializer.LowerBound(neighbours, kept); i < neighbours.Length && neighbours[i] == kept; i++)
                    {
                        Add(rows[i]);
                    }
                }

                return;
            }

            budget.Spend(neighbours.Length);
            for (var i = 0; i < neighbours.Length; i++)
            {
                if (depthOf.ContainsKey(neighbours[i]))
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
}
