using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

/// <summary>
/// Brings a database file up to the newest schema by running the embedded <c>Migrations/NNNN_*.sql</c> scripts it has
/// not yet run, each in its own transaction with its row in <c>schema_version</c>. Never touches a file it does not recognise.
/// </summary>
internal static class Migrator
{
    public static IReadOnlyList<(int Version, string Name)> Migrations { get; } = typeof(Migrator).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith("Migrations/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => (int.Parse(n["Migrations/".Length..n.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture), n))
        .OrderBy(m => m.Item1)
        .ToList();

    public static int LatestVersion => Migrations[^1].Version;

    public static void Migrate(SqliteConnection connection, string displayPath)
    {
        var current = CurrentVersion(connection, displayPath);
        if (current > LatestVersion)
        {
            throw new GraphStoreException(
                $"{displayPath}: the database has schema version {current}, but this build of Throughline only knows versions up to " +
                $"{LatestVersion}; use a newer Throughline (the file was left untouched)");
        }

        var pending = Migrations.Where(m => m.Version > current).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        // A migration that rebuilds a table (the only way to change a CHECK) drops it: with enforcement on, that would
        // cascade-delete child rows. SQLite ignores this pragma inside a transaction, so it is set around them, and each
        // migration proves its keys intact before it commits.
        Execute(connection, null, "PRAGMA foreign_keys = OFF");
        try
        {
            foreach (var (version, name) in pending)
            {
                Apply(connection, version, name, displayPath);
            }
        }
        finally
        {
            Execute(connection, null, "PRAGMA foreign_keys = ON");
        }
    }

    private static void Apply(SqliteConnection connection, int version, string name, string displayPath)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, ReadScript(name));
        using (var check = connection.CreateCommand())
        {
            check.Transaction = transaction;
            check.CommandText = "PRAGMA foreign_key_check";
            using var broken = check.ExecuteReader();
            if (broken.Read())
            {
                throw new GraphStoreException(
                    $"{displayPath}: migration {name} would leave a {broken.GetString(0)} row whose reference to {broken.GetString(2)} is broken; the migration was rolled back");
            }
        }

        using var record = connection.CreateCommand();
        record.Transaction = transaction;
        record.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES ($v, $at)";
        record.Parameters.AddWithValue("$v", version);
        record.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        record.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>0 for an empty file (given its schema_version table here); the recorded version for a Throughline file; an error for anything else.</summary>
    private static int CurrentVersion(SqliteConnection connection, string displayPath)
    {
        var version = StoreFileCheck.SchemaVersion(connection, displayPath);
        if (version == 0)
        {
            Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)");
        }

        return version;
    }

    private static string ReadScript(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded migration {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
