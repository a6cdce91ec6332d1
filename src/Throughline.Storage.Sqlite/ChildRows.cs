using Microsoft.Data.Sqlite;

namespace Throughline.Storage.Sqlite;

/// <summary>Replaces the ordered child rows of one parent (an entity's names, a relation's evidence index) with prepared statements.</summary>
internal sealed class ChildRows : IDisposable
{
    private readonly NativeStatement _delete;
    private readonly NativeStatement _insert;
    private bool _parentBound;

    public ChildRows(SqliteConnection connection, string table, string parentColumn, string ordinalColumn, string valueColumn)
    {
        _delete = new NativeStatement(connection, $"DELETE FROM {table} WHERE {parentColumn} = ?1");
        _insert = new NativeStatement(connection, $"INSERT INTO {table} ({parentColumn}, {ordinalColumn}, {valueColumn}) VALUES (?1, ?2, ?3)");
    }

    /// <summary>Starts the rows of <paramref name="parent"/>; <paramref name="existed"/> says its old rows must go first.</summary>
    public void Begin(string parent, bool existed)
    {
        if (existed)
        {
            _delete.Text(1, parent);
            _delete.Execute();
        }

        _insert.Text(1, parent);
        _parentBound = true;
    }

    /// <summary>Adds the current parent's row number <paramref name="ordinal"/> (bindings persist between executions).</summary>
    public void Add(int ordinal, string value)
    {
        if (!_parentBound)
        {
            throw new InvalidOperationException("Begin must name the parent before its rows are added");
        }

        _insert.Int(2, ordinal);
        _insert.Text(3, value);
        _insert.Execute();
    }

    public void Dispose()
    {
        _delete.Dispose();
        _insert.Dispose();
    }
}
