using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    // Best match per entity over its name and aliases: 0 exact, 1 prefix, 2 substring (all case-insensitive).
    private const string Matches =
        "SELECT entity_id, min(CASE WHEN folded = $q THEN 0 WHEN substr(folded, 1, length($q)) = $q THEN 1 ELSE 2 END) AS rank " +
        "FROM entity_names WHERE instr(folded, $q) > 0 GROUP BY entity_id";

    private const string KindFilter = "($kinds IS NULL OR e.kind IN (SELECT value FROM json_each($kinds)))";

    /// <summary>Ranked exact, prefix, substring; then by case-folded name, then id. Without text: all entities by name.</summary>
    public Task<EntityPage> SearchEntitiesAsync(EntitySearch search, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfNegative(search.Limit);
        ArgumentOutOfRangeException.ThrowIfNegative(search.Offset);
        var text = string.IsNullOrWhiteSpace(search.Text) ? null : Fold(search.Text);
        var from = text is null
            ? $"FROM entities e WHERE {KindFilter}"
            : $"FROM ({Matches}) m JOIN entities e ON e.id = m.entity_id WHERE {KindFilter}";
        var order = text is null ? "e.name_folded, e.id" : "m.rank, e.name_folded, e.id";
        return Run(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.Parameters.AddWithValue("$q", (object?)text ?? DBNull.Value);
                command.Parameters.AddWithValue("$kinds", search.Kinds is null ? DBNull.Value : $"[{string.Join(',', search.Kinds.Select(k => (int)k))}]");
                command.Parameters.AddWithValue("$limit", search.Limit);
                command.Parameters.AddWithValue("$offset", search.Offset);
                command.CommandText = $"SELECT count(*) {from}";
                var total = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                command.CommandText = $"SELECT {Rows.EntityColumns} {from} ORDER BY {order} LIMIT $limit OFFSET $offset";
                return new EntityPage(Rows.ReadAll(command, Rows.Entity), total);
            },
            ct);
    }
}
