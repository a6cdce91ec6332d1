using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Throughline.Storage.Sqlite;

/// <summary>
/// The bulk path for a large batch into an empty relations table. Secondary indexes are dropped and rebuilt after the
/// rows are in (building an index by sorting is far cheaper than millions of random index inserts), and foreign keys
/// are checked once, set-based, before commit instead of by a parent lookup per written row: the checks then walk the
/// rebuilt indexes in key order, so the parent b-trees are read sequentially. Everything still happens inside the import
/// transaction, so a missing parent or any other failure rolls back rows and indexes alike.
/// </summary>
internal sealed partial class BulkLoad : IDisposable
{
    public const int Threshold = 50_000;

    private readonly SqliteConnection _connection;
    private List<string> _definitions = [];

    private BulkLoad(SqliteConnection connection) => _connection = connection;

    /// <summary>
    /// Null unless the batch is large and the relations table is empty. Must run before the transaction begins:
    /// SQLite ignores <c>PRAGMA foreign_keys</c> inside one. Disposing turns enforcement back on.
    /// </summary>
    public static BulkLoad? Prepare(SqliteConnection connection, int relations)
    {
        if (relations < Threshold || Scalar(connection, "SELECT EXISTS (SELECT 1 FROM relations)") != 0)
        {
            return null;
        }

        Run(connection, "PRAGMA foreign_keys = OFF");
        return new BulkLoad(connection);
    }

    /// <summary>
    /// Drops the secondary indexes of the relation tables, and of the entity tables too when those are empty (a store
    /// that already holds entities keeps their indexes: re-sorting them all would cost more than a batch's inserts).
    /// </summary>
    public void DropIndexes(SqliteConnection connection)
    {
        var tables = Scalar(connection, "SELECT EXISTS (SELECT 1 FROM entities)") == 0
            ? "'relations', 'evidence', 'entities', 'entity_names'"
            : "'relations', 'evidence'";
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({tables}) AND sql IS NOT NULL";
        var indexes = new List<(string Name, string Sql)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            Run(connection, $"DROP INDEX \"{name}\"");
        }

        _definitions = indexes.Select(i => i.Sql).ToList();
    }

    public void RebuildIndexes(SqliteConnection connection)
    {
        // CREATE INDEX sorts every row (5M per endpoint index); with helper threads SQLite's sorter builds its sorted
        // runs on the second core while the main thread reads the table. Back to the default after, on this pooled connection.
        Run(connection, "PRAGMA threads = 2");
        try
        {
            foreach (var sql in _definitions)
            {
                Run(connection, sql);
            }
        }
        finally
        {
            Run(connection, "PRAGMA threads = 0");
        }
    }

    public void Dispose() => Run(_connection, "PRAGMA foreign_keys = ON");

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
