using System.Diagnostics;
using Throughline.Api.Configuration;
using Throughline.Core.Index;
using Throughline.Core.Paths;
using Throughline.Core.SeedData;
using Throughline.Core.Storage;
using Throughline.Storage.Sqlite;

namespace Throughline.Api.KnowledgeBase;

/// <summary>
/// Opens (or creates) the store, imports the seed data unless the database already holds this exact seed directory
/// (<see cref="SeedImportLedger"/>), and builds the in-memory index. The import is an idempotent upsert.
/// </summary>
public static class KnowledgeBaseStartup
{
    public static async Task<(IndexedGraph Graph, SeedImportReport Seed)> OpenAsync(
        ApiOptions options, string contentRoot, ILogger logger, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var store = await OpenStoreAsync(options, ct).ConfigureAwait(false);
        try
        {
            var seed = await ImportSeedAsync(store, options, contentRoot, ct).ConfigureAwait(false);
            logger.LogInformation("Seed data: {Summary}", seed.Summary);
            var clock = Stopwatch.StartNew();
            var graph = await IndexedGraph.OpenAsync(store, Limits(options.Limits), ct).ConfigureAwait(false);
            logger.LogInformation(
                "Index built: {Entities} entities, {Relations} relations in {Elapsed} ms",
                graph.Index.EntityCount,
                graph.Index.RelationCount,
                clock.ElapsedMilliseconds);
            return (graph, seed);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public static PathLimits Limits(LimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new PathLimits(limits.MaxHops, limits.MaxPageSize, limits.ExpansionBudget, limits.MaxNeighbourhoodEntities);
    }

    private static async Task<IGraphStore> OpenStoreAsync(ApiOptions options, CancellationToken ct)
    {
        if (!options.Store.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new StartupException(
                $"THROUGHLINE_STORE='{options.Store}' is not supported by the API yet: only 'sqlite' (the embedded store) is wired in.");
        }

        return await SqliteGraphStore.OpenAsync(options.Database, ct).ConfigureAwait(false);
    }

    private static async Task<SeedImportReport> ImportSeedAsync(IGraphStore store, ApiOptions options, string contentRoot, CancellationToken ct)
    {
        if (!options.ImportSeedData)
        {
            return new SeedImportReport(null, 0, 0, 0, TimeSpan.Zero, "import disabled (Throughline:ImportSeedData = false)");
        }

        var directory = SeedDirectory.Find(options.SeedData, contentRoot)
            ?? throw new StartupException(
                $"Seed-data directory '{options.SeedData}' was not found from the working directory or its parents. " +
                "Run from the repository, set THROUGHLINE_SEED_DATA, or set Throughline:ImportSeedData to false.");
        var clock = Stopwatch.StartNew();
        var fingerprint = SeedDirectory.Fingerprint(directory);
        var seedKey = Path.GetFullPath(directory);
        var ledger = new SeedImportLedger(options.Database);
        if (await ledger.ImportedAtAsync(seedKey, fingerprint, ct).ConfigureAwait(false) is { } importedAt)
        {
            return new SeedImportReport(fingerprint, 0, 0, 0, clock.Elapsed,
                $"{Path.GetFileName(directory)} ({fingerprint[..12]}) is unchanged since its import at {importedAt}: import skipped ({clock.ElapsedMilliseconds} ms)");
        }

        var loaded = SeedLoader.Load(directory);
        if (!loaded.IsValid)
        {
            throw new StartupException(
                $"Seed data in '{options.SeedData}' is invalid ({loaded.Problems.Count} problems):{Environment.NewLine}"
                + string.Join(Environment.NewLine, loaded.Problems.Select(p => "  " + p)));
        }

        var loadedAt = clock.ElapsedMilliseconds;
        var result = await store.ApplyAsync(loaded.Batch, ct).ConfigureAwait(false);
        await ledger.RecordAsync(seedKey, fingerprint, ct).ConfigureAwait(false);
        clock.Stop();
        var summary = $"{Path.GetFileName(directory)} ({fingerprint[..12]}): {result.Inserted} inserted, {result.Updated} updated, " +
            $"{result.Unchanged} unchanged in {clock.ElapsedMilliseconds} ms (read and validated in {loadedAt} ms, stored in {clock.ElapsedMilliseconds - loadedAt} ms)";
        return new SeedImportReport(fingerprint, result.Inserted, result.Updated, result.Unchanged, clock.Elapsed, summary);
    }
}
