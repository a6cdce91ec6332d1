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
/// rows apart, so a re-import of the same data reports (and writes) nothing. Both statements take the columns as
/// ?1..?n in the order given; <c>bind</c> fills them from a record (a static method, so no closure per row).
/// </summary>
internal sealed class Upsert<T> : IDisposable
{
    private readonly NativeStatement _insert;
    private readonly NativeStatement _update;
    private readonly Action<NativeStatement, T> _bind;

    /// <summary><paramref name="columns"/>[0] is the primary key.</summary>
    public Upsert(SqliteConnection connection, string table, Action<NativeStatement, T> bind, params string[] columns)
    {
        _bind = bind;
        var names = columns.Select((_, i) => $"?{i + 1}");
        var sets = columns.Skip(1).Select((c, i) => $"{c} = ?{i + 2}");
        var differs = columns.Skip(1).Select((c, i) => $"{c} IS NOT ?{i + 2}");
        _insert = new NativeStatement(
            connection,
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", names)}) ON CONFLICT ({columns[0]}) DO NOTHING");
        _update = new NativeStatement(
            connection,
            $"UPDATE {table} SET {string.Join(", ", sets)} WHERE {columns[0]} = ?1 AND ({string.Join(" OR ", differs)})");
    }

    public UpsertOutcome Write(T record)
    {
        _bind(_insert, record);
        if (_insert.Execute() == 1)
        {
            return UpsertOutcome.Inserted;
        }

        _bind(_update, record);
        return _update.Execute() == 1 ? UpsertOutcome.Updated : UpsertOutcome.Unchanged;
    }

    /// <summary>After <see cref="Write"/> returned <see cref="UpsertOutcome.Inserted"/>: the new row's rowid (its integer key).</summary>
    public long InsertedRowId => _insert.LastInsertRowId;

    public void Dispose()
    {
        _insert.Dispose();
        _update.Dispose();
    }
}
