using Microsoft.Data.Sqlite;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// One statement for all entities: the ids arrive as a JSON array, each side of a relation is found through its own
    /// index (relations_from / relations_to, both ending in id), and ROW_NUMBER() per entity applies the limit to narrow
    /// (entity, id) rows before the full rows are read.
    /// </summary>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Relation>>> GetRelationsOfManyAsync(
        IReadOnlyCollection<string> entityIds, Direction direction, IReadOnlyCollection<RelationType>? types, int limitPerEntity,
        CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limitPerEntity);
        var groups = new RelationGroups(entityIds);
        if (groups.Ids.Count == 0 || limitPerEntity == 0)
        {
            return Task.FromResult(groups.ToOrderedDictionary());
        }

        return Run(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = RelationsOfSql(direction);
                command.Parameters.AddWithValue("$ids", JsonColumns.Strings(groups.Ids));
                command.Parameters.AddWithValue("$types", types is null ? DBNull.Value : $"[{string.Join(',', types.Select(t => (int)t))}]");
                command.Parameters.AddWithValue("$limit", limitPerEntity);
                ReadGroups(command, groups);
                return groups.ToOrderedDictionary();
            },
            ct);
    }

    private static string RelationsOfSql(Direction direction)
    {
        const string typeFilter = "($types IS NULL OR r.type IN (SELECT value FROM json_each($types)))";
        const string outgoing = $"SELECT w.id AS entity, r.id AS rid FROM wanted w JOIN relations r ON r.from_id = w.id WHERE {typeFilter}";
        const string incoming = $"SELECT w.id AS entity, r.id AS rid FROM wanted w JOIN relations r ON r.to_id = w.id WHERE {typeFilter}";
        var touching = direction switch
        {
            Direction.Outgoing => outgoing,
            Direction.Incoming => incoming,
            // A relation from an entity to itself is found from both sides; the incoming side leaves it to the outgoing one.
            _ => $"{outgoing} UNION ALL {incoming} AND r.from_id <> w.id",
        };
        return
            "WITH wanted(id) AS (SELECT DISTINCT value FROM json_each($ids)), " +
            $"touching AS ({touching}), " +
            "ranked AS (SELECT entity, rid, ROW_NUMBER() OVER (PARTITION BY entity ORDER BY rid) AS n FROM touching) " +
            $"SELECT {Rows.RelationColumns}, ranked.entity FROM ranked JOIN relations r ON r.id = ranked.rid " +
            "WHERE ranked.n <= $limit ORDER BY ranked.entity, ranked.n";
    }

    /// <summary>Reads rows of <see cref="Rows.RelationColumns"/> followed by the id the row answers for.</summary>
    private static void ReadGroups(SqliteCommand command, RelationGroups groups)
    {
        using var reader = command.ExecuteReader();
        var key = reader.FieldCount - 1;
        while (reader.Read())
        {
            groups.Add(reader.GetString(key), Rows.Relation(reader));
        }
    }
}
