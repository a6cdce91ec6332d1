using Microsoft.Data.Sqlite;

namespace Throughline.Storage.Sqlite;

internal enum UpsertOutcome
{
    Inserted,
    Updated,
    Unchanged,
}

/// <summary>
/// A prepared insert-or-update by id, reused for every row of a batch. It tells inserts, real updates and identical
/// rows apart, so a re-import of the same data reports (and writes) nothing.
/// </summary>
internal sealed class Upsert : IDisposable
{
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteParameter[] _insertValues;
    private readonly SqliteParameter[] _updateValues;

    /// <summary><paramref name="columns"/>[0] is the primary key.</summary>
    public Upsert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        var names = columns.Select((_, i) => $"$p{i}").ToArray();
        var sets = columns.Skip(1).Select((c, i) => $"{c} = $p{i + 1}");
        var differs = columns.Skip(1).Select((c, i) => $"{c} IS NOT $p{i + 1}");
        _insert = Command(
            connection, transaction,
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", names)}) ON CONFLICT ({columns[0]}) DO NOTHING",
            names, out _insertValues);
        _update = Command(
            connection, transaction,
            $"UPDATE {table} SET {string.Join(", ", sets)} WHERE {columns[0]} = $p0 AND ({string.Join(" OR ", differs)})",
            names, out _updateValues);
    }

    public UpsertOutcome Write(params object?[] values)
    {
        Bind(_insertValues, values);
        if (_insert.ExecuteNonQuery() == 1)
        {
            return UpsertOutcome.Inserted;
        }

        Bind(_updateValues, values);
        return _update.ExecuteNonQuery() == 1 ? UpsertOutcome.Updated : UpsertOutcome.Unchanged;
    }

    public void Dispose()
    {
        _insert.Dispose();
        _update.Dispose();
    }

    private static void Bind(SqliteParameter[] parameters, object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static SqliteCommand Command(
        SqliteConnection connection, SqliteTransaction transaction, string sql, string[] names, out SqliteParameter[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        parameters = names.Select(n => command.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        command.Prepare();
        return command;
    }
}
