using Microsoft.Data.Sqlite;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// One statement for all entities: the ids arrive as a JSON array, each side of a relation is found through its own
    /// index (relations_from / relations_to: entity key, then relation id), and ROW_NUMBER() per entity applies the limit to narrow
    /// (entity, id) rows before the full rows are read. CROSS JOIN fixes the join order (SQLite keeps it as written): left to
    /// the planner, the last join scanned the whole relations table on every call and probed the ranked rows.
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
                command.CommandText = RelationsOfSql(direction, filterTypes: types is not null);
                command.Parameters.AddWithValue("$ids", JsonColumns.Strings(groups.Ids));
                if (types is not null)
                {
                    command.Parameters.AddWithValue("$types", $"[{string.Join(',', types.Select(t => (int)t))}]");
                }

                command.Parameters.AddWithValue("$limit", limitPerEntity);
                ReadGroups(command, groups);
                return groups.ToOrderedDictionary();
            },
            ct);
    }

    private static string RelationsOfSql(Direction direction, bool filterTypes)
    {
        // Without a type filter each side reads only its index (entity id, relation id): no row lookups for the ranking.
        var typeFilter = filterTypes ? " WHERE r.type IN (SELECT value FROM json_each($types))" : string.Empty;
        var outgoing = $"SELECT w.id AS entity, r.id AS rid FROM wanted w CROSS JOIN relations r ON r.from_key = w.key{typeFilter}";
        var incoming = $"SELECT w.id AS entity, r.id AS rid FROM wanted w CROSS JOIN relations r ON r.to_key = w.key{typeFilter}";
        var touching = direction switch
        {
            Direction.Outgoing => outgoing,
            Direction.Incoming => incoming,
            // UNION, not UNION ALL: a relation from an entity to itself is met from both sides and must count once.
            _ => $"{outgoing} UNION {incoming}",
        };
        return
            // An id that names no entity has no relations: the join drops it, and its group stays empty.
            "WITH wanted(id, key) AS (SELECT e.id, e.key FROM entities e WHERE e.id IN (SELECT value FROM json_each($ids))), " +
            $"touching AS ({touching}), " +
            "ranked AS (SELECT entity, rid, ROW_NUMBER() OVER (PARTITION BY entity ORDER BY rid) AS n FROM touching) " +
            $"SELECT {Rows.RelationColumns}, ranked.entity FROM ranked CROSS JOIN relations r ON r.id = ranked.rid " +
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
