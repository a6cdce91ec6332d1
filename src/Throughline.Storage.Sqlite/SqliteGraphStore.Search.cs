using Microsoft.Data.Sqlite;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    // Best match per entity over its name and aliases: 0 exact, 1 prefix, 2 substring (all case-insensitive).
    private const string Rank = "min(CASE WHEN n.folded = $q THEN 0 WHEN substr(n.folded, 1, length($q)) = $q THEN 1 ELSE 2 END) AS rank";

    // Every name is read: for a text shorter than a trigram, or one too many entities hold (FewCandidates).
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

    // A text whose trigrams more than this share of the entities hold is answered by the scan: checking a candidate
    // costs about twenty times reading a name (search-figures on the 1M-entity bench graph), so past it the index is
    // the slower way, and with it no search costs more than a scan.
    private const int CandidatesPerScan = 20;

    /// <summary>Ranked exact, prefix, substring; then by case-folded name, then id. Without text: all entities by name.</summary>
    public Task<EntityPage> SearchEntitiesAsync(EntitySearch search, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfNegative(search.Limit);
        ArgumentOutOfRangeException.ThrowIfNegative(search.Offset);
        var text = string.IsNullOrWhiteSpace(search.Text) ? null : Fold(search.Text);
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
                var indexed = text is not null && UsesIndex(text) && FewCandidates(command, text, search.AllowScan);
                var (from, order) = text is null
                    ? ($"FROM entities e WHERE {KindFilter}", "e.name_folded, e.id")
                    : ($"FROM ({(indexed ? IndexedMatches : ScannedMatches)}) m JOIN entities e ON e.id = m.entity_id WHERE {KindFilter}",
                        "m.rank, e.name_folded, e.id");
                // Count, then a top-N page: one more pass over the matches, but no sort of them all (a window count would
                // sort every match with its columns: slower than two passes once there are many).
                command.CommandText = $"SELECT count(*) {from}";
                var total = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                command.CommandText = $"SELECT {Rows.EntityColumns} {from} ORDER BY {order} LIMIT $limit OFFSET $offset";
                return new EntityPage(Rows.ReadAll(command, Rows.Entity), total, Scanned: text is not null && !indexed);
            },
            ct);
    }

    /// <summary>
    /// Whether the entities holding the text's trigrams are few enough that checking them beats the scan; when they are
    /// not and the caller does not allow a scan, the search is refused.
    /// </summary>
    private static bool FewCandidates(SqliteCommand command, string text, bool allowScan)
    {
        command.CommandText = "SELECT max(key) FROM entities";
        var entities = command.ExecuteScalar() is long keys ? keys : 0;
        command.CommandText = "SELECT count(*) FROM (SELECT rowid FROM entity_names_fts($phrase) LIMIT $cap)";
        var cap = Math.Max(1_000, entities / CandidatesPerScan);
        command.Parameters.AddWithValue("$cap", cap + 1);
        var candidates = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        command.Parameters.RemoveAt("$cap");
        if (candidates > cap && !allowScan)
        {
            throw new SearchTooBroadException(
                $"more than {cap.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} entities' names hold '{text}': " +
                "answering it means reading every name; give a more specific text");
        }

        return candidates <= cap;
    }
}
