using Throughline.Core.Index;
using Throughline.Core.Storage;

namespace Throughline.Api.Health;

/// <summary>
/// The store's counts as /health reports them, counted once per version of the graph instead of once per call:
/// with the SQLite store the store's version moves on every write (ours or another process's); a store without an
/// index (Neo4j) is recounted at most every few seconds.
/// One count runs at a time, so a burst of health checks cannot become a burst of full scans.
/// </summary>
public sealed class HealthCache : IDisposable
{
    private static readonly TimeSpan UnversionedLifetime = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _counting = new(1, 1);
    private Entry? _entry;

    /// <param name="indexed">the index that follows the store's version, when there is one (the store the API reads
    /// may be a per-request wrapper, so the version is asked of the index, not of the store).</param>
    public async Task<GraphStats> GetAsync(IGraphStore store, IndexedGraph? indexed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var version = indexed is null ? null : (long?)await indexed.GetStoreVersionAsync(ct).ConfigureAwait(false);
        if (Fresh(version) is { } cached)
        {
            return cached;
        }

        await _counting.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (Fresh(version) is { } counted)
            {
                return counted;
            }

            var stats = await store.GetStatsAsync(ct).ConfigureAwait(false);
            _entry = new Entry(version, stats, DateTime.UtcNow);
            return stats;
        }
        finally
        {
            _counting.Release();
        }
    }

    public void Dispose() => _counting.Dispose();

    private GraphStats? Fresh(long? version)
    {
        var entry = _entry;
        if (entry is null)
        {
            return null;
        }

        return version is not null
            ? version == entry.Version ? entry.Stats : null
            : entry.Version is null && DateTime.UtcNow - entry.CountedAt < UnversionedLifetime ? entry.Stats : null;
    }

    // The store's version (one row read), moved by every write of any process; null for a store without one.
    private sealed record Entry(long? Version, GraphStats Stats, DateTime CountedAt);
}
