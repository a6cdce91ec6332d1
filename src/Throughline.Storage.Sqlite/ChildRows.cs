using Microsoft.Data.Sqlite;

namespace Throughline.Storage.Sqlite;

/// <summary>Replaces the ordered child rows of one parent (an entity's names, a relation's evidence index) with prepared statements.</summary>
internal sealed class ChildRows : IDisposable
{
    private readonly SqliteCommand _delete;
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter _deleteParent;
    private readonly SqliteParameter _parent;
    private readonly SqliteParameter _ordinal;
    private readonly SqliteParameter _value;

    public ChildRows(SqliteConnection connection, SqliteTransaction transaction, string table, string parentColumn, string ordinalColumn, string valueColumn)
    {
        _delete = connection.CreateCommand();
        _delete.Transaction = transaction;
        _delete.CommandText = $"DELETE FROM {table} WHERE {parentColumn} = $parent";
        _deleteParent = _delete.Parameters.Add(new SqliteParameter("$parent", null));
        _delete.Prepare();
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = $"INSERT INTO {table} ({parentColumn}, {ordinalColumn}, {valueColumn}) VALUES ($parent, $ordinal, $value)";
        _parent = _insert.Parameters.Add(new SqliteParameter("$parent", null));
        _ordinal = _insert.Parameters.Add(new SqliteParameter("$ordinal", null));
        _value = _insert.Parameters.Add(new SqliteParameter("$value", null));
        _insert.Prepare();
    }

    /// <summary>Writes <paramref name="values"/> as the parent's rows; <paramref name="existed"/> says old rows must go first.</summary>
    public void Replace(string parent, bool existed, IReadOnlyList<object> values)
    {
        if (existed)
        {
            _deleteParent.Value = parent;
            _delete.ExecuteNonQuery();
        }

        _parent.Value = parent;
        for (var i = 0; i < values.Count; i++)
        {
            _ordinal.Value = i;
            _value.Value = values[i];
            _insert.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        _delete.Dispose();
        _insert.Dispose();
    }
}
