using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Throughline.Storage.Sqlite;

/// <summary>
/// Collects what one import changed and, just before it commits, bumps the store version and logs the changed ids under
/// it (tables <c>store_version</c> and <c>change_log</c>, schema 2). A batch that changes more than
/// <see cref="MaxLoggedRecords"/> records logs nothing and moves the log's start past itself: a reader that far
/// behind rebuilds from everything anyway, and a bulk import should not write millions of log rows. Only the last
/// <see cref="KeptVersions"/> versions stay in the log.
/// </summary>
internal sealed class ChangeLog
{
    public const int MaxLoggedRecords = 10_000;
    public const int KeptVersions = 256;

    private readonly List<(int Kind, string Id)> _changed = [];
    private int _count;

    public void Add(ChangeKind kind, string id, UpsertOutcome outcome)
    {
        if (outcome == UpsertOutcome.Unchanged)
        {
            return;
        }

        if (++_count <= MaxLoggedRecords)
        {
            _changed.Add(((int)kind, id));
        }
        else if (_changed.Count > 0)
        {
            _changed.Clear();
        }
    }

    /// <summary>Inside the import's transaction: nothing when nothing changed, else the next version and its log rows.</summary>
    public void Write(SqliteConnection connection)
    {
        if (_count == 0)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE store_version SET version = version + 1 RETURNING version";
        var version = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        command.Parameters.AddWithValue("$version", version);
        if (_count > MaxLoggedRecords)
        {
            command.CommandText = "DELETE FROM change_log; UPDATE store_version SET log_from = $version";
            command.ExecuteNonQuery();
            return;
        }

        command.CommandText =
            "DELETE FROM change_log WHERE version <= $version - $kept; " +
            "UPDATE store_version SET log_from = max(log_from, $version - $kept)";
        command.Parameters.AddWithValue("$kept", KeptVersions);
        command.ExecuteNonQuery();
        using var insert = new NativeStatement(connection, "INSERT OR IGNORE INTO change_log (version, kind, id) VALUES (?1, ?2, ?3)");
        foreach (var (kind, id) in _changed)
        {
            insert.Int(1, version);
            insert.Int(2, kind);
            insert.Text(3, id);
            insert.Execute();
        }
    }
}

internal enum ChangeKind
{
    Article = 0,
    Entity = 1,
    Relation = 2,
}
