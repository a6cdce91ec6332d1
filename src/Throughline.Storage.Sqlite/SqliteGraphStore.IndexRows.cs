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
            using (var entities = new NativeStatement(connection, "SELECT e.key, e.id, e.kind, e.name, e.aliases, e.located_in FROM entities e ORDER BY e.id"))
            {
                while (entities.Step())
                {
                    var row = entities.Columns;
                    // "[]" (no aliases, most entities) is recognised by its length without building the string.
                    var aliases = row.Utf8Length(4) == 2 ? [] : JsonColumns.ReadStrings(row.Text(4));
                    positions[row.Int64(0)] = rows.AddEntity(
                        row.Text(1), (EntityKind)row.Int64(2), row.Text(3), aliases, row.IsNull(5) ? null : row.Text(5));
                }
            }

            ct.ThrowIfCancellationRequested();
            // Fewer columns, fewer calls: type, status, contested and the source count come packed in one integer,
            // negative (with only type and status) for a row whose counts were never stored, whose evidence then follows.
            // The tables' CHECKs bound the fields (type <= 20 in 5 bits, status <= 4 in 3, contested 0 or 1).
            using (var relations = new NativeStatement(
                connection,
                "SELECT r.id, r.from_key, r.to_key, CASE WHEN r.sources IS NULL OR r.contested IS NULL THEN -1 - (r.type | (r.status << 5)) " +
                "ELSE r.type | (r.status << 5) | (r.contested << 8) | (min(r.sources, 65535) << 9) END, r.confidence, r.valid_from, r.valid_to, " +
                "CASE WHEN r.sources IS NULL OR r.contested IS NULL THEN r.evidence END FROM relations r ORDER BY r.id"))
            {
                while (relations.Step())
                {
                    var row = relations.Columns;
                    var id = row.Text(0);
                    var packed = row.Int64(3);
                    var stored = packed >= 0;
                    var typeAndStatus = stored ? packed : -1 - packed;
                    var type = (RelationType)(typeAndStatus & 31);
                    var status = (RelationStatus)((typeAndStatus >> 5) & 7);
                    var confidence = row.Double(4);
                    int sources;
                    bool contested;
                    if (stored)
                    {
                        (sources, contested) = ((int)(packed >> 9), ((packed >> 8) & 1) != 0);
                    }
                    else
                    {
                        // The same rule the writer stores (Relation.IndependentSources / IsContested), from the evidence.
                        var relation = new Relation(id, type, "", "", status, confidence, JsonColumns.ReadEvidence(row.Text(7)));
                        (sources, contested) = (relation.IndependentSources, relation.IsContested);
                    }

                    rows.AddRelation(
                        id, positions[row.Int64(1)], positions[row.Int64(2)], type, status, confidence,
                        row.IsNull(5) ? null : PartialDate.Parse(row.Text(5)),
                        row.IsNull(6) ? null : PartialDate.Parse(row.Text(6)),
                        contested, sources);
                }
            }

            return rows;
        },
        ct);
}
