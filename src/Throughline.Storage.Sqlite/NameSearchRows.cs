namespace Throughline.Storage.Sqlite;

/// <summary>
/// Keeps an entity's row of the trigram name index (entity_names_fts, schema 6) in step with its entity_names rows:
/// one row per entity key holding the folded names joined by newlines.
/// </summary>
internal sealed class NameSearchRows : IDisposable
{
    private readonly NativeStatement _delete;
    private readonly NativeStatement _insert;

    public NameSearchRows(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        _delete = new NativeStatement(connection, "DELETE FROM entity_names_fts WHERE rowid = ?1");
        _insert = new NativeStatement(connection, "INSERT INTO entity_names_fts (rowid, names) VALUES (?1, ?2)");
    }

    /// <summary>Writes the row of entity <paramref name="key"/>; <paramref name="existed"/> says its old row must go first.</summary>
    public void Write(long key, bool existed, IReadOnlyList<string> folded)
    {
        if (existed)
        {
            _delete.Int(1, key);
            _delete.Execute();
        }

        _insert.Int(1, key);
        _insert.Text(2, string.Join('\n', folded));
        _insert.Execute();
    }

    public void Dispose()
    {
        _delete.Dispose();
        _insert.Dispose();
    }
}
