using System.Globalization;
using Microsoft.Data.Sqlite;
using Throughline.Core.Model;

namespace Throughline.Storage.Sqlite;

/// <summary>The selected columns of each table and how a row becomes a Core record; the two must stay in step.</summary>
internal static class Rows
{
    public const string ArticleColumns = "a.id, a.title, a.outlet, a.authors, a.url, a.published, a.republishes, a.cites, a.text";

    public const string EntityColumns = "e.id, e.name, e.kind, e.aliases, e.country, e.description, e.located_in, e.unnamed";

    public const string RelationColumns =
        "r.id, r.type, r.from_id, r.to_id, r.status, r.confidence, r.valid_from, r.valid_to, r.stake_percent, " +
        "r.amount_value, r.amount_currency, r.product, r.note, r.evidence, r.amount_qualifier, r.amount_period, r.amount_alt_value, " +
        "r.amount_alt_currency, r.quantity_value, r.quantity_unit, r.quantity_qualifier, r.channel, r.role, r.reason";

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
        Text(r, 6),
        r.GetInt32(7) != 0);

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
        r.IsDBNull(9) ? null : Amount(r),
        Text(r, 11),
        Text(r, 12),
        Text(r, 22),
        r.IsDBNull(21) ? null : (SupplyChannel)r.GetInt32(21),
        r.IsDBNull(18) ? null : new Quantity(Number(r, 18), r.GetString(19), (AmountQualifier)r.GetInt32(20)),
        Text(r, 23));

    private static Money Amount(SqliteDataReader r) => new(
        Number(r, 9),
        r.GetString(10),
        r.IsDBNull(14) ? AmountQualifier.Exact : (AmountQualifier)r.GetInt32(14),
        Text(r, 15),
        r.IsDBNull(16) ? null : new Money(Number(r, 16), r.GetString(17)));

    private static decimal Number(SqliteDataReader r, int i) => decimal.Parse(r.GetString(i), NumberStyles.Number, CultureInfo.InvariantCulture);

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
