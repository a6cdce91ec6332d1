using Throughline.Core.Index;
using Throughline.Core.Storage;

namespace Throughline.Api.Health;

/// <summary>
/// The store's counts as /health reports them, counted once per version of the graph instead of once per call:
/// with the SQLite store the in-memory index is replaced on every write (ours or, once noticed, another process's),
/// so the index instance is the version; a store without one (Neo4j) is recounted at most every few seconds.
/// One count runs at a time, so a burst of health checks cannot become a burst of full scans.
/// </summary>
public sealed class HealthCache : IDisposable
{
    private static readonly TimeSpan UnversionedLifetime = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _counting = new(1, 1);
    private Entry? _entry;

    public async Task<GraphStats> GetAsync(IGraphStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (Fresh(store) is { } cached)
        {
            return cached;
        }

        await _counting.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (Fresh(store) is { } counted)
            {
                return counted;
            }

            var version = VersionOf(store);
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

    private GraphStats? Fresh(IGraphStore store)
    {
        var entry = _entry;
        if (entry is null)
        {
            return null;
        }

        var version = VersionOf(store);
        return version is not null
            ? ReferenceEquals(version, entry.Version) ? entry.Stats : null
            : entry.Version is null && DateTime.UtcNow - entry.CountedAt < UnversionedLifetime ? entry.Stats : null;
    }

    private static GraphIndex? VersionOf(IGraphStore store) => store is IndexedGraph indexed ? indexed.Index : null;

    private sealed record Entry(GraphIndex? Version, GraphStats Stats, DateTime CountedAt);
}
