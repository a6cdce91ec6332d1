using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// One statement for all articles through the evidence_by_article index; DISTINCT because a relation may quote the same
    /// article more than once. CROSS JOIN keeps the join order as written (ids → evidence → relations by primary key).
    /// </summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsCitingManyAsync(
        IReadOnlyCollection<string> articleIds, CancellationToken ct = default)
    {
        var groups = new RelationGroups(articleIds);
        if (groups.Ids.Count == 0)
        {
            return Task.FromResult(groups.ToOrderedDictionary());
        }

        return Run(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText =
                    "WITH wanted(id) AS (SELECT DISTINCT value FROM json_each($ids)), " +
                    "cited AS (SELECT DISTINCT e.article_id AS article, e.relation_id AS rid FROM wanted w CROSS JOIN evidence e ON e.article_id = w.id) " +
                    $"SELECT {Rows.RelationColumns}, cited.article FROM cited CROSS JOIN relations r ON r.id = cited.rid ORDER BY cited.article, r.id";
                command.Parameters.AddWithValue("$ids", JsonColumns.Strings(groups.Ids));
                ReadGroups(command, groups);
                return groups.ToOrderedDictionary();
            },
            ct);
    }
}
