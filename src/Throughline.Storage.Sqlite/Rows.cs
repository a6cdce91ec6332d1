using System.Globalization;
using Microsoft.Data.Sqlite;
using Throughline.Core.Model;

namespace Throughline.Storage.Sqlite;

/// <summary>The selected columns of each table and how a row becomes a Core record; the two must stay in step.</summary>
internal static class Rows
{
    public const string ArticleColumns = "a.id, a.title, a.outlet, a.authors, a.url, a.published, a.republishes, a.cites, a.text";

    public const string EntityColumns = "e.id, e.name, e.kind, e.aliases, e.country, e.description, e.located_in, e.unnamed";

    /// <summary>As <see cref="EntityColumns"/>, then the entity's integer key (column 8), for reads that must resolve relation ends.</summary>
    public const string KeyedEntityColumns = EntityColumns + ", e.key";

    /// <summary>A relation's ends as entity ids, looked up by key per row: for point reads (a few rows).</summary>
    public const string RelationColumns =
        "r.id, r.type, (SELECT ef.id FROM entities ef WHERE ef.key = r.from_key), (SELECT et.id FROM entities et WHERE et.key = r.to_key), " +
        RelationTail;

    /// <summary>
    /// A relation's ends as entity keys (columns 2 and 3), for whole-table reads that map keys to ids from the entities
    /// they have already read (<see cref="EntityIdsByKey"/>): two integer reads a row instead of two b-tree probes.
    /// </summary>
    public const string KeyedRelationColumns = "r.id, r.type, r.from_key, r.to_key, " + RelationTail;

    private const string RelationTail =
        "r.status, r.confidence, r.valid_from, r.valid_to, r.stake_percent, " +
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

    /// <summary>A row of <see cref="KeyedEntityColumns"/>, its key and id remembered in <paramref name="ids"/>.</summary>
    public static Entity Entity(SqliteDataReader r, EntityIdsByKey ids)
    {
        var entity = Entity(r);
        ids.Add(r.GetInt64(8), entity.Id);
        return entity;
    }

    public static Relation Relation(SqliteDataReader r) => Relation(r, r.GetString(2), r.GetString(3));

    /// <summary>A row of <see cref="KeyedRelationColumns"/>; <paramref name="ids"/> holds every entity of the same read transaction.</summary>
    public static Relation Relation(SqliteDataReader r, EntityIdsByKey ids) => Relation(r, ids[r.GetInt64(2)], ids[r.GetInt64(3)]);

    private static Relation Relation(SqliteDataReader r, string from, string to) => new(
        r.GetString(0),
        (RelationType)r.GetInt32(1),
        from,
        to,
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
