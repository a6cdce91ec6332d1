using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Core.Index;

/// <summary>
/// A snapshot's reads with its records by id answered from the cache of the snapshot's version where it holds them: only
/// the ids it lacks are read from the snapshot (one batch, as before), and what that read returns is added. Every other
/// read goes to the snapshot unchanged. Does not own the snapshot (the view disposes it).
/// </summary>
internal sealed class CachedRecordStore(IVersionedStore snapshot, RecordCache records) : IGraphStore
{
    public string Name => snapshot.Name;

    public Task<ImportResult> ApplyAsync(ImportBatch batch, CancellationToken ct = default) => snapshot.ApplyAsync(batch, ct);

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => ReadAsync(
        ids, static (cache, id, out record) => cache.TryGet(id, out record), snapshot.GetEntitiesAsync, records.Add, ct);

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => ReadAsync(
        ids, static (cache, id, out record) => cache.TryGet(id, out record), snapshot.GetRelationsAsync, records.Add, ct);

    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => ReadAsync(
        ids, static (cache, id, out record) => cache.TryGet(id, out record), snapshot.GetArticlesAsync, records.Add, ct);

    public Task<EntityPage> SearchEntitiesAsync(EntitySearch search, CancellationToken ct = default) => snapshot.SearchEntitiesAsync(search, ct);

    public bool SearchUsesIndex(string text) => snapshot.SearchUsesIndex(text);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsOfManyAsync(
        IReadOnlyCollection<string> entityIds, Direction direction, IReadOnlyCollection<RelationType>? types, int limitPerEntity,
        CancellationToken ct = default) =>
        snapshot.GetRelationsOfManyAsync(entityIds, direction, types, limitPerEntity, ct);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsCitingManyAsync(
        IReadOnlyCollection<string> articleIds, CancellationToken ct = default) =>
        snapshot.GetRelationsCitingManyAsync(articleIds, ct);

    public Task<ArticlePage> ListArticlesAsync(int first, string? afterId, CancellationToken ct = default) =>
        snapshot.ListArticlesAsync(first, afterId, ct);

    public Task<GraphStats> GetStatsAsync(CancellationToken ct = default) => snapshot.GetStatsAsync(ct);

    public Task<GraphSnapshot> ReadAllAsync(CancellationToken ct = default) => snapshot.ReadAllAsync(ct);

    public IAsyncEnumerable<GraphRecord> StreamAllAsync(CancellationToken ct = default) => snapshot.StreamAllAsync(ct);

    /// <summary>The view disposes the snapshot; this wrapper holds nothing of its own.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private delegate bool Lookup<T>(RecordCache cache, string id, out T record);

    /// <summary>The cached records among <paramref name="ids"/>, and the rest read from the snapshot in one batch and added.</summary>
    private async Task<IReadOnlyList<T>> ReadAsync<T>(
        IReadOnlyCollection<string> ids, Lookup<T> lookup, Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<T>>> read,
        Action<IEnumerable<T>> add, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var (found, missing) = Split(ids, lookup);
        if (missing.Count > 0)
        {
            var fromSnapshot = await read(missing, ct).ConfigureAwait(false);
            add(fromSnapshot);
            found.AddRange(fromSnapshot);
        }

        return found;
    }

    /// <summary>The cached records among <paramref name="ids"/> (each id once) and the ids left to read.</summary>
    private (List<T> Found, List<string> Missing) Split<T>(IReadOnlyCollection<string> ids, Lookup<T> lookup)
    {
        var found = new List<T>(ids.Count);
        var missing = new List<string>();
        // As the store's own read: an id asked for twice is answered once.
        var seen = ids.Count > 1 ? new HashSet<string>(ids.Count, StringComparer.Ordinal) : null;
        foreach (var id in ids)
        {
            if (seen is not null && !seen.Add(id))
            {
                continue;
            }

            if (lookup(records, id, out var record))
            {
                found.Add(record);
            }
            else
            {
                missing.Add(id);
            }
        }

        return (found, missing);
    }
}
