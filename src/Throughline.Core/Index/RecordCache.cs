using System.Collections.Concurrent;
using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Core.Index;

/// <summary>
/// Records (entities, relations, articles) as the store holds them at one version, shared by every request that reads
/// that version: a page of paths or a neighbourhood reads hundreds to thousands of records, and reading them from the
/// store costs microseconds each (a b-tree descent per row), far more than finding them in the index. Only records read
/// from a snapshot at exactly <see cref="Version"/> are added, so a hit is what the store would answer at that version.
/// Bounded: records go into a current generation of at most the capacity; a full generation becomes the previous one
/// (hits there move back to the current), and the one before that is dropped, so at most two generations are held
/// (an approximation of least-recently-used at the cost of one dictionary lookup). The cache of the next version starts
/// with this one's generations for every record the change between them did not touch (<see cref="Next"/>).
/// </summary>
public sealed class RecordCache
{
    /// <summary>Records per generation unless the caller says otherwise; two generations (and a parent's) are held at most.</summary>
    public const int DefaultCapacity = 50_000;

    private readonly int _capacity;
    private readonly Lock _rotation = new();
    private volatile Generation _current = new();
    private volatile Generation? _previous;

    /// <summary>The generations of the version before, and what changed since: read only until the first rotation.</summary>
    private volatile Inherited? _inherited;

    public RecordCache(long version, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Version = version;
        _capacity = capacity;
    }

    /// <summary>The store version every cached record was read at.</summary>
    public long Version { get; }

    /// <summary>Records currently held in this version's own generations (not counting what it may still take over from its parent).</summary>
    public int Count => _current.Count + (_previous?.Count ?? 0);

    /// <summary>
    /// The cache of <paramref name="version"/>, which <paramref name="changed"/> (every record written between the two
    /// versions) leads to from this one: records the change did not touch are the same at both versions and are taken
    /// over as they are asked for. Null <paramref name="changed"/> (not known, e.g. after a full reload) takes nothing over.
    /// </summary>
    public RecordCache Next(long version, ImportBatch? changed) => changed is null
        ? new RecordCache(version, _capacity)
        : Next(
            version,
            changed.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal),
            changed.Relations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal),
            changed.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// As <see cref="Next(long, ImportBatch?)"/> from the ids of the records written between the two versions (a feed
    /// that reads only the index's part of each change, <see cref="IIndexFeedStore"/>, still names every id).
    /// </summary>
    public RecordCache Next(long version, HashSet<string> entityIds, HashSet<string> relationIds, HashSet<string> articleIds)
    {
        var next = new RecordCache(version, _capacity);
        if (version > Version)
        {
            next._inherited = new Inherited(_current, _previous, entityIds, relationIds, articleIds);
        }

        return next;
    }

    internal bool TryGet(string id, out Entity entity) => TryGet(Kind.Entity, id, out entity);

    internal bool TryGet(string id, out Relation relation) => TryGet(Kind.Relation, id, out relation);

    internal bool TryGet(string id, out Article article) => TryGet(Kind.Article, id, out article);

    /// <summary>Adds records read from a snapshot at <see cref="Version"/> (the caller's promise).</summary>
    internal void Add(IEnumerable<Entity> entities)
    {
        foreach (var entity in entities)
        {
            Put(Kind.Entity, entity.Id, entity);
        }
    }

    internal void Add(IEnumerable<Relation> relations)
    {
        foreach (var relation in relations)
        {
            Put(Kind.Relation, relation.Id, relation);
        }
    }

    internal void Add(IEnumerable<Article> articles)
    {
        foreach (var article in articles)
        {
            Put(Kind.Article, article.Id, article);
        }
    }

    private bool TryGet<T>(Kind kind, string id, out T record)
        where T : class
    {
        var current = _current;
        if (current.Map(kind).TryGetValue(id, out var found))
        {
            record = (T)found;
            return true;
        }

        if (_previous is { } previous && previous.Map(kind).TryGetValue(id, out found))
        {
            record = (T)found;
            Put(kind, id, found);
            return true;
        }

        if (_inherited is { } inherited && inherited.TryGet(kind, id, out found))
        {
            record = (T)found;
            Put(kind, id, found);
            return true;
        }

        record = null!;
        return false;
    }

    private void Put(Kind kind, string id, object record)
    {
        var current = _current;
        if (current.Map(kind).TryAdd(id, record) && Interlocked.Increment(ref current.Added) >= _capacity)
        {
            lock (_rotation)
            {
                // Another thread may have rotated already; only the generation that filled up is moved back.
                if (ReferenceEquals(_current, current))
                {
                    _previous = current;
                    _current = new Generation();
                    _inherited = null;
                }
            }
        }
    }

    private enum Kind
    {
        Entity,
        Relation,
        Article,
    }

    private sealed class Generation
    {
        public int Added;

        private readonly ConcurrentDictionary<string, object> _entities = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, object> _relations = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, object> _articles = new(StringComparer.Ordinal);

        public int Count => Volatile.Read(ref Added);

        public ConcurrentDictionary<string, object> Map(Kind kind) => kind switch
        {
            Kind.Entity => _entities,
            Kind.Relation => _relations,
            _ => _articles,
        };
    }

    private sealed record Inherited(
        Generation Current,
        Generation? Previous,
        HashSet<string> ChangedEntities,
        HashSet<string> ChangedRelations,
        HashSet<string> ChangedArticles)
    {
        public bool TryGet(Kind kind, string id, out object record)
        {
            var changed = kind switch
            {
                Kind.Entity => ChangedEntities,
                Kind.Relation => ChangedRelations,
                _ => ChangedArticles,
            };
            record = null!;
            return !changed.Contains(id)
                && (Current.Map(kind).TryGetValue(id, out record!) || (Previous is not null && Previous.Map(kind).TryGetValue(id, out record!)));
        }
    }
}
