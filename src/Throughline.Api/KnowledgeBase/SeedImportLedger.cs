using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Throughline.Api.KnowledgeBase;

/// <summary>
/// Remembers, inside the SQLite file, the fingerprint of the seed directory last imported into it, so a restart with
/// unchanged seed files skips the import. That keeps start-up fast and, more importantly, keeps changes that
/// mutations made to seed records: an unconditional re-import would overwrite them. The table is the API's own; the
/// store's migrations ignore tables they do not know. Recorded after the import commits, so a crash in between only
/// causes a harmless (idempotent) re-import.
/// </summary>
public sealed class SeedImportLedger(string databasePath) : ISeedLedger
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS api_seed_import (
          seed TEXT NOT NULL PRIMARY KEY,
          fingerprint TEXT NOT NULL,
          imported_at TEXT NOT NULL)
        """;

    private readonly string _path = Path.GetFullPath(databasePath);

    /// <summary>
    /// When <paramref name="fingerprint"/> was imported for <paramref name="seed"/>, or null if it was not. Only reads:
    /// a file nobody may write must come out of a start exactly as it went in (a read-write connection's close would
    /// checkpoint the write-ahead log into it).
    /// </summary>
    public async Task<string?> ImportedAtAsync(string seed, string fingerprint, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(ConnectionString(SqliteOpenMode.ReadOnly));
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'api_seed_import'";
        if (await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is null)
        {
            return null;
        }

        command.CommandText = "SELECT imported_at FROM api_seed_import WHERE seed = $seed AND fingerprint = $fingerprint";
        command.Parameters.AddWithValue("$seed", seed);
        command.Parameters.AddWithValue("$fingerprint", fingerprint);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
    }

    public async Task RecordAsync(string seed, string fingerprint, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO api_seed_import (seed, fingerprint, imported_at) VALUES ($seed, $fingerprint, $at)
            ON CONFLICT (seed) DO UPDATE SET fingerprint = excluded.fingerprint, imported_at = excluded.imported_at
            """;
        command.Parameters.AddWithValue("$seed", seed);
        command.Parameters.AddWithValue("$fingerprint", fingerprint);
        command.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("u", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private string ConnectionString(SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = _path, Mode = mode, Pooling = false, DefaultTimeout = 30 }.ToString();

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(ConnectionString(SqliteOpenMode.ReadWrite));
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var create = connection.CreateCommand();
        create.CommandText = CreateTable;
        await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return connection;
    }
}
