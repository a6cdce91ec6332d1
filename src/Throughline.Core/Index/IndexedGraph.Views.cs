using Throughline.Core.Storage;

namespace Throughline.Core.Index;

public sealed partial class IndexedGraph
{
    /// <summary>
    /// The graph as of one version, for one request: the index at the version of a store snapshot opened now, and that
    /// snapshot for record reads. When the store has moved past the index (a write not yet polled), the index is first
    /// brought up to the snapshot's version from the snapshot's own change feed, so a write by another process that
    /// committed before the request is in it whether or not the poll has run.
    /// </summary>
    public async Task<GraphView> OpenViewAsync(CancellationToken ct = default)
    {
        if (_store is not ISnapshotStore snapshots)
        {
            var current = _state;
            return new GraphView(current.Engine, current.Version, _store, snapshot: null);
        }

        // Usually the index is at the store's version already and no lock is needed.
        var snapshot = await snapshots.OpenSnapshotAsync(ct).ConfigureAwait(false);
        try
        {
            var at = await snapshot.GetVersionAsync(ct).ConfigureAwait(false);
            var state = _state;
            if (state.Version == at)
            {
                return new GraphView(state.Engine, at, _store, snapshot, state.Records);
            }

            await snapshot.DisposeAsync().ConfigureAwait(false);
            snapshot = null;

            // Under the lock nothing else moves the index, and a snapshot opened now is at or past it (the index only
            // ever holds committed versions), so catching up to the snapshot makes the two agree.
            await _writes.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                snapshot = await snapshots.OpenSnapshotAsync(ct).ConfigureAwait(false);
                at = await snapshot.GetVersionAsync(ct).ConfigureAwait(false);
                if (_state.Version != at)
                {
                    await CatchUpAsync(snapshot, ct, pinned: true).ConfigureAwait(false);
                }

                state = _state;
                if (state.Version != at)
                {
                    throw new GraphStoreException(
                        $"{Name}: the index is at version {state.Version} but the store's snapshot at {at}; the store's version went backwards (was the file replaced?)");
                }

                return new GraphView(state.Engine, at, _store, snapshot, state.Records);
            }
            finally
            {
                _writes.Release();
            }
        }
        catch
        {
            if (snapshot is not null)
            {
                await snapshot.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }
}
