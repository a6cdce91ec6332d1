using Microsoft.Data.Sqlite;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

internal sealed partial class BulkLoad
{
    // Each finds the first row (by its own id) whose parent is missing; one per foreign key the bulk path writes.
    // entity_names and evidence.relation_id are written with their parent in the same loop, so they cannot dangle; a
    // relation's from_key / to_key come from EntityKeys, which refuses an end that is not a stored entity before the row
    // is written.
    private static readonly (string Sql, string Describe)[] Checks =
    [
        ("SELECT min(id), located_in FROM entities c WHERE located_in IS NOT NULL " +
         "AND NOT EXISTS (SELECT 1 FROM entities p WHERE p.id = c.located_in)",
         "entity '{0}': its locatedIn '{1}' is not a stored entity"),
        ("SELECT min(relation_id), article_id FROM evidence v INDEXED BY evidence_by_article " +
         "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = v.article_id)",
         "relation '{0}': its evidence cites article '{1}', which is not stored"),
    ];

    /// <summary>Throws, naming the record, at the first reference to a missing parent (the caller's transaction then rolls back).</summary>
    public void CheckReferences(SqliteConnection connection, string displayPath)
    {
        using var command = connection.CreateCommand();
        foreach (var (sql, describe) in Checks)
        {
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            if (reader.Read() && !reader.IsDBNull(0))
            {
                var problem = string.Format(System.Globalization.CultureInfo.InvariantCulture, describe, reader.GetString(0), reader.GetString(1));
                throw new GraphStoreException(
                    $"{displayPath}: {problem} (FOREIGN KEY constraint failed); nothing from this batch was written");
            }
        }
    }
}
