using System.Globalization;
using Microsoft.Data.Sqlite;
using Throughline.Core.Model;

namespace Throughline.Storage.Sqlite;

/// <summary>The selected columns of each table and how a row becomes a Core record; the two must stay in step.</summary>
internal static class Rows
{
    public const string ArticleColumns = "a.id, a.title, a.outlet, a.authors, a.url, a.published, a.republishes, a.cites, a.text";

    public const string EntityColumns = "e.id, e.name, e.kind, e.aliases, e.country, e.description, e.located_in";

    public const string RelationColumns =
        "r.id, r.type, r.from_id, r.to_id, r.status, r.confidence, r.valid_from, r.valid_to, r.stake_percent, " +
        "r.amount_value, r.amount_currency, r.product, r.note, r.evidence";

    public static Article Article(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        Text(r, 2),
        JsonColumns.ReadStrings(r.GetString(3)),
        Text(r, 4),
        Date(r, 5),
        Text(r, 6),
        JsonColumns.ReadStrings(r.GetString(7)),
        Text(r, 8));

    public static Entity Entity(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        (EntityKind)r.GetInt32(2),
        JsonColumns.ReadStrings(r.GetString(3)),
        Text(r, 4),
        Text(r, 5),
        Text(r, 6));

    public static Relation Relation(SqliteDataReader r) => new(
        r.GetString(0),
        (RelationType)r.GetInt32(1),
        r.GetString(2),
        r.GetString(3),
        (RelationStatus)r.GetInt32(4),
        r.GetDouble(5),
        JsonColumns.ReadEvidence(r.GetString(13)),
        Date(r, 6),
        Date(r, 7),
        r.IsDBNull(8) ? null : r.GetDouble(8),
        r.IsDBNull(9) ? null : new Money(decimal.Parse(r.GetString(9), NumberStyles.Number, CultureInfo.InvariantCulture), r.GetString(10)),
        Text(r, 11),
        Text(r, 12));

    public static List<T> ReadAll<T>(SqliteCommand command, Func<SqliteDataReader, T> map)
    {
        using var reader = command.ExecuteReader();
        var items = new List<T>();
        while (reader.Read())
        {
            items.Add(map(reader));
        }

        return items;
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static PartialDate? Date(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : PartialDate.Parse(r.GetString(i));
}
