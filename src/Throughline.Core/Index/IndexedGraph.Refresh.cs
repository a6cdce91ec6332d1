using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Core.Index;

public sealed partial class IndexedGraph
{
    /// <summary>How many times a full read is retried when writes keep outrunning the change feed meanwhile.</summary>
    private const int LoadAttempts = 5;

    /// <summary>Why the last poll failed (null when it succeeded), for health reports; the poller keeps trying.</summary>
    public string? LastRefreshError { get; private set; }

    /// <summary>When the index last knew itself current: its last successful poll or catch-up (UTC), for health's lag.</summary>
    public DateTime LastCurrentAt { get; private set; } = DateTime.UtcNow;

    /// <summary>
    /// The store version last read (null before the first poll): while the store does not answer, health reports how far
    /// behind the index was when it last could tell, instead of nothing.
    /// </summary>
    public long? LastKnownStoreVersion { get; private set; }

    /// <summary>
    /// How many times the index was read again in full after it opened, because the change feed did not reach back to
    /// its version (trimmed, a bulk import that logged nothing, a gap too large to read by id).
    /// </summary>
    public int FullReloads { get; private set; }

    /// <summary>The store's current version (<see cref="Version"/> for a store that keeps none): how far behind the index is.</summary>
    public async Task<long> GetStoreVersionAsync(CancellationToken ct = default)
    {
        var version = _versioned is null ? Version : await _versioned.GetVersionAsync(ct).ConfigureAwait(false);
        LastKnownStoreVersion = version;
        return version;
    }

    /// <summary>
    /// Brings the index up to the store's current version now, without waiting for the poll: applies the change feed,
    /// or reads everything again when the feed does not cover the gap. Returns the version the index then reflects.
    /// </summary>
    public async Task<long> RefreshAsync(CancellationToken ct = default)
    {
        if (_versioned is null || await GetStoreVersionAsync(ct).ConfigureAwait(false) == _state.Version)
        {
            LastCurrentAt = DateTime.UtcNow;
            return _state.Version;
        }

        await _writes.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var started = DateTime.UtcNow;
            // The new state replaces the old only once the whole feed (or full read) has been read, so a store that goes
            // away mid-read leaves the index at its last consistent version, serving; the next poll starts again.
            await CatchUpAsync(_versioned, ct).ConfigureAwait(false);
            LastCurrentAt = started;
            return _state.Version;
        }
        finally
        {
            _writes.Release();
        }
    }

    private async Task PollAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                try
                {
                    await RefreshAsync(_stop.Token).ConfigureAwait(false);
                    LastRefreshError = null;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A busy or briefly unreadable store must not stop the poller: the next tick tries again.
                    LastRefreshError = e.Message;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // disposed
        }
    }

    /// <summary>
    /// Under the write lock: moves the index to <paramref name="source"/>'s version (a snapshot's, or the store's
    /// current one) from its change feed, or from a full read when the feed does not reach back to the index's version.
    /// </summary>
    private async Task CatchUpAsync(IVersionedStore source, CancellationToken ct, bool pinned = false)
    {
        var state = _state;
        var changes = await ReadFeedAsync(source, state.Version, ct).ConfigureAwait(false);
        if (changes is null)
        {
            var loaded = pinned
                ? await ReadPinnedAsync(source, _limits, ct).ConfigureAwait(false)
                : await LoadAsync(source, _limits, ct).ConfigureAwait(false);
            // Every change of _state happens under the write lock, so a full read is never older than the index by a
            // race; an older version means the store itself went back (a file restored from a copy): follow it.
            _state = loaded;
            FullReloads++;
            return;
        }

        if (changes.Version > state.Version)
        {
            _state = state with
            {
                Engine = new PathEngine(changes.ApplyTo(state.Engine.Index), _limits),
                Version = changes.Version,
                Records = state.Records.Next(changes.Version, changes.Entities, changes.Relations, changes.Articles),
            };
        }
    }

    /// <summary>
    /// The feed after <paramref name="since"/> as the index applies it: only its index part when the store can read that
    /// alone (<see cref="IIndexFeedStore"/>: Neo4j reads no evidence then), else its records. Null as the feed is null.
    /// </summary>
    private static async Task<FeedStep?> ReadFeedAsync(IVersionedStore store, long since, CancellationToken ct)
    {
        if (store is IIndexFeedStore rows)
        {
            return await rows.GetIndexChangesSinceAsync(since, ct).ConfigureAwait(false) is { } part
                ? new FeedStep(
                    part.Version, part.IsEmpty ? null : index => index.With(part),
                    Ids(part.Entities.Select(e => e.Id)), Ids(part.Relations.Select(r => r.Id)), Ids(part.ArticleIds))
                : null;
        }

        return await store.GetChangesSinceAsync(since, ct).ConfigureAwait(false) is { } changes
            ? new FeedStep(
                changes.Version, changes.IsEmpty ? null : index => index.With(changes.Changed),
                Ids(changes.Changed.Entities.Select(e => e.Id)), Ids(changes.Changed.Relations.Select(r => r.Id)),
                Ids(changes.Changed.Articles.Select(a => a.Id)))
            : null;

        static HashSet<string> Ids(IEnumerable<string> ids) => ids.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The whole graph at one version. A snapshot store reads it inside one snapshot; otherwise the settled version is
    /// read first (every write up to it visible) and the feed since then applied after the full read (records are upserts, so re-applying a change the read
    /// already saw is harmless, and the result is exactly the feed's version).
    /// </summary>
    private static async Task<GraphState> LoadAsync(IVersionedStore store, PathLimits limits, CancellationToken ct)
    {
        if (store is ISnapshotStore snapshots)
        {
            GraphState loaded;
            bool fromImage;
            await using (var snapshot = await snapshots.OpenSnapshotAsync(ct).ConfigureAwait(false))
            {
                (loaded, fromImage) = await ReadPinnedOrImageAsync(snapshot, limits, ct).ConfigureAwait(false);
            }

            if (!fromImage && store is IIndexImageStore { CanSaveIndexImage: true } images && !loaded.Engine.Index.HasDelta)
            {
                // Once built from the rows, the next open of this version can skip them. Saved after the snapshot has
                // ended (the save writes), and only if the store is still at the snapshot's version.
                await images.SaveIndexImageAsync(loaded.Engine.Index.ToImage(loaded.Version), ct).ConfigureAwait(false);
            }

            return loaded;
        }

        for (var attempt = 1; ; attempt++)
        {
            var before = await store.GetSettledVersionAsync(ct).ConfigureAwait(false);
            var all = await store.ReadAllAsync(ct).ConfigureAwait(false);
            var since = await ReadFeedAsync(store, before, ct).ConfigureAwait(false);
            if (since is not null)
            {
                return new GraphState(new PathEngine(since.ApplyTo(GraphIndex.Build(all)), limits), since.Version);
            }

            if (attempt >= LoadAttempts)
            {
                throw new GraphStoreException(
                    $"{store.Name}: could not read the graph at one version: writes outran the change feed {LoadAttempts} times in a row");
            }
        }
    }

    /// <summary>
    /// The snapshot's index from the image saved for its version when there is an intact one, else from its rows; and
    /// whether it came from the image.
    /// </summary>
    private static async Task<(GraphState State, bool FromImage)> ReadPinnedOrImageAsync(IVersionedStore snapshot, PathLimits limits, CancellationToken ct)
    {
        if (snapshot is IIndexImageStore images
            && await images.ReadIndexImageAsync(ct).ConfigureAwait(false) is { } image
            && image.Open() is { } index)
        {
            return (new GraphState(new PathEngine(index, limits), await snapshot.GetVersionAsync(ct).ConfigureAwait(false), FromImage: true), true);
        }

        return (await ReadPinnedAsync(snapshot, limits, ct).ConfigureAwait(false), false);
    }

    /// <summary>Everything a snapshot holds, at the snapshot's version.</summary>
    private static async Task<GraphState> ReadPinnedAsync(IVersionedStore snapshot, PathLimits limits, CancellationToken ct)
    {
        var version = await snapshot.GetVersionAsync(ct).ConfigureAwait(false);
        // A store that can hand over index rows skips building every Entity and Relation record (and parsing every
        // relation's evidence) only to keep a few fields of each.
        var index = snapshot is IIndexRowsStore rows
            ? (await rows.ReadIndexRowsAsync(ct).ConfigureAwait(false)).Build()
            : GraphIndex.Build(await snapshot.ReadAllAsync(ct).ConfigureAwait(false));
        return new GraphState(new PathEngine(index, limits), version);
    }

    /// <summary>
    /// A feed read: the version it reaches, how it changes an index (null: it changes nothing) and the ids of the records
    /// it names (what the next version's record cache must not take over).
    /// </summary>
    private sealed record FeedStep(
        long Version, Func<GraphIndex, GraphIndex>? Apply, HashSet<string> Entities, HashSet<string> Relations, HashSet<string> Articles)
    {
        public GraphIndex ApplyTo(GraphIndex index) => Apply is null ? index : Apply(index);
    }
}
