using Microsoft.Data.Sqlite;
using Throughline.Core.Index;
using Throughline.Core.Model;

namespace Throughline.Storage.Sqlite;

public sealed partial class SqliteGraphStore : IIndexRowsStore
{
    /// <summary>
    /// The path index's rows in one read transaction: the entities in id order (their keys mapped to positions in an int
    /// array), then each relation's id, end keys and the columns traversal checks. No article is read, no record built,
    /// and a relation's evidence JSON is parsed only when its source count was not stored (rows carried over by the
    /// schema-4 migration and not written since).
    /// </summary>
    public Task<GraphIndexRows> ReadIndexRowsAsync(CancellationToken ct = default) => Run(
        connection =>
        {
            using var transaction = BeginRead(connection);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM relations), (SELECT coalesce(max(key), 0) FROM entities)";
            int entityCount, relationCount;
            long maxKey;
            using (var counts = command.ExecuteReader())
            {
                counts.Read();
                (entityCount, relationCount, maxKey) = (counts.GetInt32(0), counts.GetInt32(1), counts.GetInt64(2));
            }

            var rows = new GraphIndexRows(entityCount, relationCount);
            var positions = new int[maxKey + 1];
            Array.Fill(positions, -1); // a key no entity holds reaches AddRelation as -1, which it refuses naming the relation
            command.CommandText = "SELECT e.key, e.id, e.kind, e.name, e.aliases, e.located_in FROM entities e ORDER BY e.id";
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    positions[reader.GetInt64(0)] = rows.AddEntity(
                        reader.GetString(1), (EntityKind)reader.GetInt32(2), reader.GetString(3),
                        JsonColumns.ReadStrings(reader.GetString(4)), reader.IsDBNull(5) ? null : reader.GetString(5));
                }
            }

            ct.ThrowIfCancellationRequested();
            command.CommandText =
                "SELECT r.id, r.from_key, r.to_key, r.type, r.status, r.confidence, r.valid_from, r.valid_to, r.sources, r.contested, " +
                "CASE WHEN r.sources IS NULL OR r.contested IS NULL THEN r.evidence END FROM relations r ORDER BY r.id";
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var id = reader.GetString(0);
                    var type = (RelationType)reader.GetInt32(3);
                    var status = (RelationStatus)reader.GetInt32(4);
                    var confidence = reader.GetDouble(5);
                    int sources;
                    bool contested;
                    if (reader.IsDBNull(10))
                    {
                        (sources, contested) = (reader.GetInt32(8), reader.GetInt32(9) != 0);
                    }
                    else
                    {
                        // The same rule the writer stores (Relation.IndependentSources / IsContested), from the evidence.
                        var relation = new Relation(id, type, "", "", status, confidence, JsonColumns.ReadEvidence(reader.GetString(10)));
                        (sources, contested) = (relation.IndependentSources, relation.IsContested);
                    }

                    rows.AddRelation(
                        id, positions[reader.GetInt64(1)], positions[reader.GetInt64(2)], type, status, confidence,
                        reader.IsDBNull(6) ? null : PartialDate.Parse(reader.GetString(6)),
                        reader.IsDBNull(7) ? null : PartialDate.Parse(reader.GetString(7)),
                        contested, sources);
                }
            }

            return rows;
        },
        ct);
}
