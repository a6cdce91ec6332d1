using Microsoft.Data.Sqlite;
using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIds(ids, $"SELECT {Rows.EntityColumns} FROM entities e WHERE e.id IN (SELECT value FROM json_each($ids))", Rows.Entity, ct);

    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIds(ids, $"SELECT {Rows.ArticleColumns} FROM articles a WHERE a.id IN (SELECT value FROM json_each($ids))", Rows.Article, ct);

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        ByIds(ids, $"SELECT {Rows.RelationColumns} FROM relations r WHERE r.id IN (SELECT value FROM json_each($ids))", Rows.Relation, ct);

    /// <summary>One query for the whole set of ids, passed as a JSON array (no statement per id, no parameter limit).</summary>
    private Task<IReadOnlyList<T>> ByIds<T>(IReadOnlyCollection<string> ids, string sql, Func<SqliteDataReader, T> map, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<T>>([]);
        }

        return Run<IReadOnlyList<T>>(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                command.Parameters.AddWithValue("$ids", JsonColumns.Strings(ids));
                return Rows.ReadAll(command, map);
            },
            ct);
    }
}
