using System.Diagnostics;
using Throughline.Api.Configuration;
using Throughline.Core.Index;
using Throughline.Core.Paths;
using Throughline.Core.SeedData;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j;
using Throughline.Storage.Sqlite;

namespace Throughline.Api.KnowledgeBase;

/// <summary>
/// Opens (or creates) the store, imports the seed data unless the database already holds this exact seed directory
/// (<see cref="SeedImportLedger"/>), and builds the in-memory index. The import is an idempotent upsert.
/// </summary>
public static class KnowledgeBaseStartup
{
    public static async Task<(KnowledgeGraph Graph, SeedImportReport Seed)> OpenAsync(
        ApiOptions options, IConfiguration configuration, string contentRoot, ILogger logger, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(logger);
        switch (options.Store.ToLowerInvariant())
        {
            case "sqlite":
                try
                {
                    return await OpenSqliteAsync(options, contentRoot, logger, ct).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not StartupException and not OperationCanceledException)
                {
                    // The store's message says what is wrong with the file (damaged, foreign, newer, read-only...).
                    throw new StartupException(
                        $"Cannot open the database '{Path.GetFullPath(options.Database)}': {e.Message} Repair or move the file, or choose another with --db or THROUGHLINE_DB.",
                        e);
                }

            case "neo4j":
                return await OpenNeo4jAsync(options, configuration, contentRoot, logger, ct).ConfigureAwait(false);
            default:
                throw new StartupException(
                    $"THROUGHLINE_STORE='{options.Store}' is not a store the API can open (available: sqlite, neo4j).");
        }
    }

    public static PathLimits Limits(LimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new PathLimits(limits.MaxHops, limits.MaxPageSize, limits.ExpansionBudget, limits.MaxNeighbourhoodEntities);
    }

    private static async Task<(KnowledgeGraph Graph, SeedImportReport Seed)> OpenSqliteAsync(
        ApiOptions options, string contentRoot, ILogger logger, CancellationToken ct)
    {
        var store = await SqliteGraphStore.OpenAsync(options.Database, ct).ConfigureAwait(false);
        try
        {
            var seed = await ImportSeedAsync(store, options, contentRoot, new SeedImportLedger(options.Database), ct).ConfigureAwait(false);
            logger.LogInformation("Seed data: {Summary}", seed.Summary);
            var clock = Stopwatch.StartNew();
            var graph = await IndexedGraph.OpenAsync(store, Limits(options.Limits), ct).ConfigureAwait(false);
            logger.LogInformation(
                "Index built: {Entities} entities, {Relations} relations in {Elapsed} ms",
                graph.Index.EntityCount,
                graph.Index.RelationCount,
                clock.ElapsedMilliseconds);
            return (KnowledgeGraph.PerRequestViews(graph, drafts: store), seed);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE): path queries on the in-memory index built from Neo4j
    /// and kept current from its change feed (THROUGHLINE_NEO4J_PATHS=index, the default), or as Cypher in the server (cypher).
    /// </summary>
    private static async Task<(KnowledgeGraph Graph, SeedImportReport Seed)> OpenNeo4jAsync(
        ApiOptions options, IConfiguration configuration, string contentRoot, ILogger logger, CancellationToken ct)
    {
        var paths = options.Neo4jPaths.Trim().ToLowerInvariant();
        if (paths is not ("index" or "cypher"))
        {
            throw new StartupException(
                $"THROUGHLINE_NEO4J_PATHS='{options.Neo4jPaths}' is not a path-query mode (available: index, cypher).");
        }

        var store = await Neo4jGraphStore.OpenAsync(Neo4jOptions.FromEnvironment(name => configuration[name]), Limits(options.Limits), ct)
            .ConfigureAwait(false);
        try
        {
            logger.LogInformation("Neo4j {Version} at {Uri}", store.ServerVersion, store.Options.Uri);
            var seed = await ImportSeedAsync(store, options, contentRoot, new Neo4jSeedLedger(store), ct).ConfigureAwait(false);
            logger.LogInformation("Seed data: {Summary}", seed.Summary);
            if (paths == "cypher")
            {
                return (KnowledgeGraph.Of(store), seed);
            }

            var clock = Stopwatch.StartNew();
            var graph = await IndexedGraph.OpenAsync(store, Limits(options.Limits), ct).ConfigureAwait(false);
            logger.LogInformation(
                "Index built from Neo4j: {Entities} entities, {Relations} relations in {Elapsed} ms",
                graph.Index.EntityCount,
                graph.Index.RelationCount,
                clock.ElapsedMilliseconds);
            return (KnowledgeGraph.PerRequestViews(graph, store), seed);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<SeedImportReport> ImportSeedAsync(
        IGraphStore store, ApiOptions options, string contentRoot, ISeedLedger? ledger, CancellationToken ct)
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
        if (ledger is not null && await ledger.ImportedAtAsync(seedKey, fingerprint, ct).ConfigureAwait(false) is { } importedAt)
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
        ImportResult result;
        try
        {
            result = await store.ApplyAsync(loaded.Batch, ct).ConfigureAwait(false);
        }
        catch (ReadOnlyStoreException)
        {
            return new SeedImportReport(fingerprint, 0, 0, 0, clock.Elapsed,
                $"{Path.GetFileName(directory)} ({fingerprint[..12]}) was not imported: the database is read-only, so the graph it holds is served as it is");
        }

        if (ledger is not null)
        {
            await ledger.RecordAsync(seedKey, fingerprint, ct).ConfigureAwait(false);
        }
        clock.Stop();
        var summary = $"{Path.GetFileName(directory)} ({fingerprint[..12]}): {result.Inserted} inserted, {result.Updated} updated, " +
            $"{result.Unchanged} unchanged in {clock.ElapsedMilliseconds} ms (read and validated in {loadedAt} ms, stored in {clock.ElapsedMilliseconds - loadedAt} ms)";
        return new SeedImportReport(fingerprint, result.Inserted, result.Updated, result.Unchanged, clock.Elapsed, summary);
    }
}
