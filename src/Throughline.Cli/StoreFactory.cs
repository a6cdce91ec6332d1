using Throughline.Core.Storage;
using Throughline.Storage.Sqlite;

namespace Throughline.Cli;

/// <summary>
/// Opens the configured store: THROUGHLINE_STORE picks the kind (sqlite by default); for SQLite the file is
/// <c>--db</c>, else THROUGHLINE_DB, else data/throughline.db, relative to the working directory.
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
            default:
                throw new UsageException($"THROUGHLINE_STORE='{kind}' is not a store this build can open (available: sqlite)");
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
