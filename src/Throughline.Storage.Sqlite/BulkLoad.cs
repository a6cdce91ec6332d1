using Microsoft.Data.Sqlite;

namespace Throughline.Storage.Sqlite;

/// <summary>
/// For a large batch into empty tables, the secondary indexes are dropped and rebuilt after the rows are in: building an
/// index by sorting is far cheaper than millions of random index inserts. Runs inside the import transaction, so a
/// failure restores the indexes along with everything else. Index definitions are read from the file, not repeated here.
/// </summary>
internal sealed class BulkLoad
{
    public const int Threshold = 50_000;

    private readonly List<string> _definitions;

    private BulkLoad(List<string> definitions) => _definitions = definitions;

    /// <summary>Null unless the batch is large and the relations table is empty.</summary>
    public static BulkLoad? Begin(SqliteConnection connection, SqliteTransaction transaction, int relations)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM relations)";
        if (relations < Threshold || Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0)
        {
            return null;
        }

        command.CommandText =
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('relations', 'evidence') AND sql IS NOT NULL";
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
            command.CommandText = $"DROP INDEX \"{name}\"";
            command.ExecuteNonQuery();
        }

        return new BulkLoad(indexes.Select(i => i.Sql).ToList());
    }

    public void End(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        foreach (var sql in _definitions)
        {
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
