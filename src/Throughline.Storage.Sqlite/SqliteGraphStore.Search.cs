using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    // Best match per entity over its name and aliases: 0 exact, 1 prefix, 2 substring (all case-insensitive).
    private const string Rank = "min(CASE WHEN n.folded = $q THEN 0 WHEN substr(n.folded, 1, length($q)) = $q THEN 1 ELSE 2 END) AS rank";

    // Every name is read: for texts shorter than a trigram.
    private const string ScannedMatches = $"SELECT n.entity_id, {Rank} FROM entity_names n WHERE instr(n.folded, $q) > 0 GROUP BY n.entity_id";

    // Only the entities whose joined names hold all of the text's trigrams are read (entity_names_fts, schema 6); each
    // of their names is then checked, which drops a match that spans two names.
    private const string IndexedMatches =
        $"SELECT n.entity_id, {Rank} FROM entity_names_fts($phrase) f JOIN entities x ON x.key = f.rowid " +
        "JOIN entity_names n ON n.entity_id = x.id WHERE instr(n.folded, $q) > 0 GROUP BY n.entity_id";

    /// <summary>The trigram index answers texts of at least three characters (after case folding).</summary>
    public bool SearchUsesIndex(string text) => !string.IsNullOrWhiteSpace(text) && UsesIndex(Fold(text));

    private static bool UsesIndex(string folded) => folded.EnumerateRunes().Take(3).Count() == 3;

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
            : $"FROM ({(UsesIndex(text) ? IndexedMatches : ScannedMatches)}) m JOIN entities e ON e.id = m.entity_id WHERE {KindFilter}";
        var order = text is null ? "e.name_folded, e.id" : "m.rank, e.name_folded, e.id";
        return Run(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.Parameters.AddWithValue("$q", (object?)text ?? DBNull.Value);
                // An FTS5 string: the whole text as one phrase, its quotation marks doubled.
                command.Parameters.AddWithValue("$phrase", text is null ? DBNull.Value : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
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
