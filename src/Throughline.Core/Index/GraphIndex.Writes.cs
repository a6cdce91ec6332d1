using Throughline.Core.Model;

namespace Throughline.Core.Index;

public sealed partial class GraphIndex
{
    /// <summary>The entity side of a delta being written: copies of the previous delta's parts, edited by one batch.</summary>
    private sealed class EntityWrites(GraphIndex index, IndexDelta? delta)
    {
        private readonly int _baseCount = index._entityIds.Length;
        private bool _kindsCopied;

        public List<string> Ids { get; } = [.. delta?.AddedIds ?? []];

        public List<EntityKind> Kinds { get; } = [.. delta?.AddedKinds ?? []];

        public List<string> Names { get; } = [.. delta?.AddedNames ?? []];

        public List<string[]?> Aliases { get; } = [.. delta?.AddedAliases ?? []];

        public List<int> Parents { get; } = [.. delta?.AddedParents ?? []];

        public Dictionary<string, int> ById { get; } = delta is null ? new(StringComparer.Ordinal) : new(delta.AddedById, StringComparer.Ordinal);

        public Dictionary<int, EntityInfo> Changed { get; } = delta is null ? [] : new(delta.Changed);

        public EntityKind[]? BaseKinds { get; private set; } = delta?.Kinds;

        public void Add(string id)
        {
            ById[id] = _baseCount + Ids.Count;
            Ids.Add(id);
            Kinds.Add(default);
            Names.Add(id);
            Aliases.Add(null);
            Parents.Add(-1);
        }

        public int Find(string id)
        {
            var e = Array.BinarySearch(index._entityIds, id, StringComparer.Ordinal);
            return e >= 0 ? e : ById.TryGetValue(id, out var added) ? added : -1;
        }

        public int Parent(int e) => e >= _baseCount
            ? Parents[e - _baseCount]
            : Changed.TryGetValue(e, out var info) ? info.Parent : index._parents[e];

        public void Set(int e, Entity entity, int parent)
        {
            string[]? aliases = entity.Aliases.Count == 0 ? null : [.. entity.Aliases];
            if (e >= _baseCount)
            {
                Kinds[e - _baseCount] = entity.Kind;
                Names[e - _baseCount] = entity.Name;
                Aliases[e - _baseCount] = aliases;
                Parents[e - _baseCount] = parent;
                return;
            }

            Changed[e] = new EntityInfo(entity.Kind, entity.Name, aliases, parent);
            var kinds = BaseKinds ?? index._kinds;
            if (kinds[e] != entity.Kind)
            {
                // A kind rarely changes; when one does, this write copies the kinds (4 bytes an entity) once.
                if (!_kindsCopied)
                {
                    BaseKinds = [.. kinds];
                    _kindsCopied = true;
                }

                BaseKinds![e] = entity.Kind;
            }
        }
    }

    /// <summary>The relation side of a delta being written: a changed relation is appended and its old index dropped.</summary>
    private sealed class RelationWrites(GraphIndex index, IndexDelta? delta)
    {
        private readonly int _baseCount = index._relationIds.Length;

        public List<string> Ids { get; } = [.. delta?.RelationIds ?? []];

        public List<int> Froms { get; } = [.. delta?.From ?? []];

        public List<int> Tos { get; } = [.. delta?.To ?? []];

        public List<RelationFacts> Facts { get; } = [.. delta?.Facts ?? []];

        public Dictionary<string, int> ById { get; } = delta is null ? new(StringComparer.Ordinal) : new(delta.RelationById, StringComparer.Ordinal);

        public int Superseded { get; private set; } = delta?.Superseded ?? 0;

        /// <summary>The current index of the relation with this id, or -1.</summary>
        public int Find(string id) => ById.TryGetValue(id, out var r) ? r : index._relationTable.Find(id);

        public int From(int r) => r < _baseCount ? index._from[r] : Froms[r - _baseCount];

        public int To(int r) => r < _baseCount ? index._to[r] : Tos[r - _baseCount];

        public int Add(RelationRow relation, int from, int to, bool supersedes)
        {
            var r = _baseCount + Ids.Count;
            Ids.Add(relation.Id);
            Froms.Add(from);
            Tos.Add(to);
            Facts.Add(relation.Facts);
            ById[relation.Id] = r;
            Superseded += supersedes ? 1 : 0;
            return r;
        }
    }
}
