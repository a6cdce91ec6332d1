using System.Globalization;
using Microsoft.Data.Sqlite;
using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>Keyset paging: the page after <paramref name="afterId"/> in id order, one extra row read to know if more follow.</summary>
    public Task<ArticlePage> ListArticlesAsync(int first, string? afterId, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        return Run(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT count(*) FROM articles";
                var total = Count(command);
                command.CommandText = $"SELECT {Rows.ArticleColumns} FROM articles a WHERE $after IS NULL OR a.id > $after ORDER BY a.id LIMIT $take";
                command.Parameters.AddWithValue("$after", (object?)afterId ?? DBNull.Value);
                command.Parameters.AddWithValue("$take", first + 1L);
                var items = Rows.ReadAll(command, Rows.Article);
                var hasNext = items.Count > first;
                return new ArticlePage(hasNext ? items[..first] : items, total, hasNext);
            },
            ct);
    }

    public Task<GraphStats> GetStatsAsync(CancellationToken ct = default) => Run(
        connection =>
        {
            using var command = connection.CreateCommand();
            return new GraphStats(
                Count(command, "SELECT count(*) FROM entities"),
                Count(command, "SELECT count(*) FROM relations"),
                Count(command, "SELECT count(*) FROM articles"),
                Count(command, "SELECT count(*) FROM evidence"),
                Grouped<EntityKind>(command, "SELECT kind, count(*) FROM entities GROUP BY kind"),
                Grouped<RelationType>(command, "SELECT type, count(*) FROM relations GROUP BY type"),
                Grouped<RelationStatus>(command, "SELECT status, count(*) FROM relations GROUP BY status"))
            {
                EntitiesByCountry = Countries(command),
                Years = Years(command),
            };
        },
        ct);

    public Task<RecordStats> GetRecordStatsAsync(CancellationToken ct = default) => Run(
        connection =>
        {
            using var command = connection.CreateCommand();
            return new RecordStats(
                Count(command, "SELECT count(*) FROM articles"),
                Count(command, "SELECT count(*) FROM evidence"),
                Countries(command),
                ArticleYears(command));
        },
        ct);

    public Task<GraphSnapshot> ReadAllAsync(CancellationToken ct = default) => Run(
        connection =>
        {
            // One read transaction, so the three lists come from the same state of the file (a snapshot is one already).
            using var transaction = BeginRead(connection);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT {Rows.ArticleColumns} FROM articles a ORDER BY a.id";
            var articles = Rows.ReadAll(command, Rows.Article);
            ct.ThrowIfCancellationRequested();
            var ids = new EntityIdsByKey();
            command.CommandText = $"SELECT {Rows.KeyedEntityColumns} FROM entities e ORDER BY e.id";
            var entities = Rows.ReadAll(command, r => Rows.Entity(r, ids));
            ct.ThrowIfCancellationRequested();
            command.CommandText = $"SELECT {Rows.KeyedRelationColumns} FROM relations r ORDER BY r.id";
            var relations = Rows.ReadAll(command, r => Rows.Relation(r, ids));
            return new GraphSnapshot(articles, entities, relations);
        },
        ct);

    private static Dictionary<string, int> Countries(SqliteCommand command)
    {
        command.CommandText = "SELECT country, count(*) FROM entities WHERE country IS NOT NULL GROUP BY country";
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }

    /// <summary>Partial dates start with their four-digit year, so the text's first four characters order as years.</summary>
    private static YearSpan? Years(SqliteCommand command)
    {
        command.CommandText = """
            SELECT min(y), max(y) FROM (
              SELECT substr(published, 1, 4) AS y FROM articles WHERE published IS NOT NULL
              UNION ALL SELECT min(substr(valid_from, 1, 4)) FROM relations WHERE valid_from IS NOT NULL
              UNION ALL SELECT max(substr(valid_from, 1, 4)) FROM relations WHERE valid_from IS NOT NULL
              UNION ALL SELECT min(substr(valid_to, 1, 4)) FROM relations WHERE valid_to IS NOT NULL
              UNION ALL SELECT max(substr(valid_to, 1, 4)) FROM relations WHERE valid_to IS NOT NULL)
            """;
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0)
            ? new YearSpan(int.Parse(reader.GetString(0), CultureInfo.InvariantCulture), int.Parse(reader.GetString(1), CultureInfo.InvariantCulture))
            : null;
    }

    private static YearSpan? ArticleYears(SqliteCommand command)
    {
        command.CommandText = "SELECT min(substr(published, 1, 4)), max(substr(published, 1, 4)) FROM articles WHERE published IS NOT NULL";
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0)
            ? new YearSpan(int.Parse(reader.GetString(0), CultureInfo.InvariantCulture), int.Parse(reader.GetString(1), CultureInfo.InvariantCulture))
            : null;
    }

    private static int Count(SqliteCommand command, string? sql = null)
    {
        command.CommandText = sql ?? command.CommandText;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static Dictionary<T, int> Grouped<T>(SqliteCommand command, string sql)
        where T : struct, Enum
    {
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<T, int>();
        while (reader.Read())
        {
            counts[(T)Enum.ToObject(typeof(T), reader.GetInt32(0))] = reader.GetInt32(1);
        }

        return counts;
    }
}
