using Microsoft.Data.Sqlite;
using Throughline.Core.Model;
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

    /// <summary>Marks an end <see cref="Known"/> could not resolve from memory.</summary>
    public const long Unknown = long.MinValue;

    public void Inserted(string id, long key) => _keys[id] = key;

    /// <summary>
    /// The keys of every relation's ends that this import already knows (entities it inserted or looked up), else
    /// <see cref="Unknown"/>: resolved on both cores, as 10M string look-ups at 5M relations were seconds of the
    /// importing thread's CPU. Only reads the dictionary (concurrent reads of a Dictionary are safe); an unknown end
    /// goes through <see cref="Of"/> on the importing thread, which asks the store and refuses a missing entity.
    /// </summary>
    public (long[] From, long[] To) Known(IReadOnlyList<Relation> relations)
    {
        var from = new long[relations.Count];
        var to = new long[relations.Count];
        Parallel.For(0, (relations.Count + Chunk - 1) / Chunk, chunk =>
        {
            var end = Math.Min(relations.Count, (chunk + 1) * Chunk);
            for (var i = chunk * Chunk; i < end; i++)
            {
                from[i] = _keys.TryGetValue(relations[i].From, out var f) ? f : Unknown;
                to[i] = _keys.TryGetValue(relations[i].To, out var t) ? t : Unknown;
            }
        });
        return (from, to);
    }

    private const int Chunk = 65_536;

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
