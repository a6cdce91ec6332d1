using Throughline.Core.Storage;
using Throughline.Storage.Neo4j;
using Throughline.Storage.Sqlite;

namespace Throughline.Cli;

/// <summary>
/// Opens the configured store: THROUGHLINE_STORE picks the kind (sqlite by default); for SQLite the file is
/// <c>--db</c>, else THROUGHLINE_DB, else data/throughline.db, relative to the working directory. For Neo4j
/// (THROUGHLINE_STORE=neo4j) the NEO4J_* variables say where; its errors are GraphStoreExceptions like SQLite's.
/// </summary>
internal static class StoreFactory
{
    public const string DefaultDatabase = "data/throughline.db";

    public static async Task<IGraphStore> OpenAsync(ParsedArgs args, CliContext context, CancellationToken ct)
    {
        var kind = NonEmpty(context.Environment("THROUGHLINE_STORE")) ?? "sqlite";
        switch (kind.ToLowerInvariant())
        {
            case "sqlite":
                var path = args.Option("db") ?? NonEmpty(context.Environment("THROUGHLINE_DB")) ?? DefaultDatabase;
                return await SqliteGraphStore.OpenAsync(context.Resolve(path), ct).ConfigureAwait(false);
            case "neo4j":
                // NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; path queries then run as Cypher in Neo4j.
                return await Neo4jGraphStore.OpenAsync(Neo4jOptions.FromEnvironment(context.Environment), ct: ct).ConfigureAwait(false);
            default:
                throw new UsageException($"THROUGHLINE_STORE='{kind}' is not a store this build can open (available: sqlite, neo4j)");
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
