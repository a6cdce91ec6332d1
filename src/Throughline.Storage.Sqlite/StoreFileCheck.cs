using System.Globalization;
using Microsoft.Data.Sqlite;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

/// <summary>
/// Looks at an existing database file through a read-only connection before the store changes anything in it: a file
/// that is not SQLite, not a Throughline store, or damaged is refused with its name and what to do, and left exactly as
/// it was (no journal-mode switch, no page-size pragma, no migration). Also tells whether the file can only be read.
/// </summary>
internal static class StoreFileCheck
{
    /// <summary>What the check found in a file that may be opened.</summary>
    /// <param name="ReadOnly">the file has no write permission for anyone: it is served read-only, never migrated.</param>
    /// <param name="SchemaVersion">the recorded schema version (0 for an empty database).</param>
    public sealed record Result(bool ReadOnly, int SchemaVersion);

    public static Result Inspect(string fullPath, string displayPath)
    {
        var info = new FileInfo(fullPath);
        if (!info.Exists || info.Length == 0)
        {
            return new Result(ReadOnly: false, SchemaVersion: 0);
        }

        // Root ignores permission bits, so "read-only" is read from the bits themselves, not from a failed write.
        var readOnly = !OperatingSystem.IsWindows()
            && (info.UnixFileMode & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString();
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            var version = SchemaVersion(connection, displayPath);
            var problems = QuickCheck(connection);
            if (problems.Count > 0)
            {
                throw new GraphStoreException(
                    $"{displayPath}: the database file is damaged (SQLite's quick_check reports: {string.Join("; ", problems.Take(3))}" +
                    $"{(problems.Count > 3 ? $"; and {problems.Count - 3} more findings" : string.Empty)}); nothing was read from or written to " +
                    "it. Restore it from a backup, or import the data again into a new file (--db or THROUGHLINE_DB)");
            }

            return new Result(readOnly, version);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 or 11)
        {
            throw new GraphStoreException(
                $"{displayPath}: not a readable SQLite database (damaged, or another kind of file): {e.Message}; the file was " +
                "left untouched. Restore it from a backup, or name another file with --db or THROUGHLINE_DB", e);
        }
    }

    /// <summary>0 for an empty database; the recorded version of a Throughline store; an error for any other database.</summary>
    internal static int SchemaVersion(SqliteConnection connection, string displayPath)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master";
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
        if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            throw new GraphStoreException(
                $"{displayPath}: this SQLite database is not a Throughline store (it has no schema_version table); the file " +
                "was left untouched. Name another file with --db or THROUGHLINE_DB");
        }

        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// quick_check's findings ("ok" means none): it verifies every b-tree page and record format, skipping only the
    /// index-content comparison that integrity_check adds, so it stays linear in the file size.
    /// </summary>
    private static List<string> QuickCheck(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(100)";
        var findings = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // One row may hold several findings, one a line, under a "*** in database main ***" heading.
            findings.AddRange(reader.GetString(0).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(line => line != "ok" && !line.StartsWith("***", StringComparison.Ordinal)));
        }

        return findings;
    }
}
