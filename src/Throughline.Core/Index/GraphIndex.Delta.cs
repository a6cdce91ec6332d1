using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Core.Index;

public sealed partial class GraphIndex
{
    /// <summary>
    /// A new index with <paramref name="batch"/> upserted (by id, as the store applies it); this one stays valid and
    /// unchanged for queries still running on it. The write is layered over the same compressed arrays: its cost is the
    /// batch, the rows of the entities it touches and a copy of the delta so far — not the graph. When the delta
    /// outgrows its threshold a merge into new arrays starts in the background; the first write after it finishes
    /// continues from the merged arrays (see GraphIndex.Compaction.cs). A relation naming an entity that is neither
    /// indexed nor in the batch is an error naming both, and leaves nothing changed.
    /// </summary>
    public GraphIndex With(ImportBatch batch) => With(IndexBatch.Of(batch), CompactionThreshold, background: true);

    /// <summary>
    /// As <see cref="With(ImportBatch)"/>, from a change feed's index part (<see cref="IIndexFeedStore"/>): the same
    /// index as the records those rows were read from would give.
    /// </summary>
    public GraphIndex With(IndexChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return With(new IndexBatch(changes.Entities, changes.Relations), CompactionThreshold, background: true);
    }

    internal GraphIndex With(ImportBatch batch, long compactAt, bool background) => With(IndexBatch.Of(batch), compactAt, background);

    private GraphIndex With(IndexBatch batch, long compactAt, bool background)
    {
        if (_delta?.Compaction is { Merged.IsCompletedSuccessfully: true } done)
        {
            return done.Merged.Result.ApplyDelta(IndexBatch.Concat([.. _delta.Batches[done.BatchCount..], batch])).Compacting(compactAt, background);
        }

        return ApplyDelta(batch).Compacting(compactAt, background);
    }

    private GraphIndex ApplyDelta(IndexBatch batch)
    {
        var d = _delta;
        var entities = new EntityWrites(this, d);
        foreach (var id in batch.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Where(id => Find(id) < 0).Order(StringComparer.Ordinal))
        {
            entities.Add(id);
        }

        var children = new RowWrites();
        // The last record of an id wins, as in the store; one pass per entity keeps the gazetteer edits simple.
        var upserts = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in batch.Entities)
        {
            upserts[entity.Id] = entity;
        }

        foreach (var entity in upserts.Values)
        {
            var e = entities.Find(entity.Id);
            var parent = entity.LocatedIn is { } p ? entities.Find(p) : -1;
            var oldParent = entities.Parent(e);
            entities.Set(e, entity, parent);
            if (oldParent != parent)
            {
                children.Remove(oldParent, e);
                children.Add(parent, e, e);
            }
        }

        var relations = new RelationWrites(this, d);
        var outgoing = new RowWrites();
        var incoming = new RowWrites();
        foreach (var relation in batch.Relations)
        {
            var from = Resolve(relation, relation.From);
            var to = Resolve(relation, relation.To);
            var old = relations.Find(relation.Id);
            if (old >= 0)
            {
                outgoing.Remove(relations.From(old), old);
                incoming.Remove(relations.To(old), old);
            }

            var r = relations.Add(relation, from, to, old >= 0);
            outgoing.Add(from, to, r);
            incoming.Add(to, from, r);
        }

        var delta = new IndexDelta
        {
            AddedIds = [.. entities.Ids],
            AddedKinds = [.. entities.Kinds],
            AddedNames = [.. entities.Names],
            AddedAliases = [.. entities.Aliases],
            AddedParents = [.. entities.Parents],
            AddedById = entities.ById,
            Changed = entities.Changed,
            Kinds = entities.BaseKinds,
            RelationIds = [.. relations.Ids],
            From = [.. relations.Froms],
            To = [.. relations.Tos],
            Facts = [.. relations.Facts],
            RelationById = relations.ById,
            Superseded = relations.Superseded,
            Batches = [.. d?.Batches ?? [], batch],
            Compaction = d?.Compaction,
        };
        return new GraphIndex(
            this, delta, outgoing.ApplyTo(Outgoing), incoming.ApplyTo(Incoming), children.ApplyTo(Children, byNeighbour: true));

        int Resolve(RelationRow relation, string entityId) => entities.Find(entityId) is var e and >= 0
            ? e
            : throw new InvalidOperationException($"Relation '{relation.Id}' refers to entity '{entityId}', which is not in the graph.");
    }

    /// <summary>Row edits of one adjacency collected over a batch, then applied entity by entity with one merge each.</summary>
    private sealed class RowWrites
    {
        private readonly Dictionary<int, HashSet<int>> _removed = [];
        private readonly Dictionary<int, List<(int Neighbour, int Relation)>> _added = [];

        public void Remove(int entity, int relation)
        {
            if (entity >= 0)
            {
                (_removed.TryGetValue(entity, out var set) ? set : _removed[entity] = []).Add(relation);
            }
        }

        public void Add(int entity, int neighbour, int relation)
        {
            if (entity >= 0)
            {
                (_added.TryGetValue(entity, out var list) ? list : _added[entity] = []).Add((neighbour, relation));
            }
        }

        public Adjacency ApplyTo(Adjacency adjacency, bool byNeighbour = false)
        {
            if (_removed.Count == 0 && _added.Count == 0)
            {
                return adjacency;
            }

            var rows = adjacency.CopyRows();
            foreach (var entity in _removed.Keys.Union(_added.Keys))
            {
                rows[entity] = adjacency.Rewrite(entity, _removed.GetValueOrDefault(entity), _added.GetValueOrDefault(entity), byNeighbour);
            }

            return adjacency.WithRows(rows);
        }
    }
}
