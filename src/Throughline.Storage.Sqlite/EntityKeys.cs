using Microsoft.Data.Sqlite;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

/// <summary>
/// Turns entity ids into their integer keys during one import: an entity the batch inserted is known from its insert
/// (no query), any other is looked up once and remembered. A relation end that is not a stored entity is refused here,
/// naming the relation, before anything of the relation is written; the transaction then rolls back.
/// </summary>
internal sealed class EntityKeys(SqliteConnection connection, string displayPath) : IDisposable
{
    private readonly Dictionary<string, long> _keys = new(StringComparer.Ordinal);
    private readonly NativeStatement _find = new(connection, "SELECT key FROM entities WHERE id = ?1");

    public void Inserted(string id, long key) => _keys[id] = key;

    public long Of(string relationId, string side, string entityId) =>
        Find(entityId) ?? throw new GraphStoreException(
            $"{displayPath}: relation '{relationId}': its {side} entity '{entityId}' is not stored (FOREIGN KEY constraint failed); nothing from this batch was written");

    /// <summary>The key of a stored entity this batch updates.</summary>
    public long Existing(string entityId) =>
        Find(entityId) ?? throw new InvalidOperationException($"entity '{entityId}' was updated but has no key");

    private long? Find(string entityId)
    {
        if (_keys.TryGetValue(entityId, out var key))
        {
            return key;
        }

        _find.Text(1, entityId);
        if (_find.QueryInt64() is not { } found)
        {
            return null;
        }

        _keys[entityId] = found;
        return found;
    }

    public void Dispose() => _find.Dispose();
}
