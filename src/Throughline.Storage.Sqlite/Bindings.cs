using System.Globalization;
using Throughline.Core.Model;

namespace Throughline.Storage.Sqlite;

/// <summary>
/// How a Core record fills the ?1..?n parameters of its table's upsert; the column lists here and the bind order must
/// stay in step (and with <see cref="Rows"/>, which reads them back).
/// </summary>
internal static class Bindings
{
    public static readonly string[] ArticleColumns =
        ["id", "title", "outlet", "authors", "url", "published", "republishes", "cites", "text"];

    public static readonly string[] EntityColumns =
        ["id", "name", "name_folded", "kind", "aliases", "country", "description", "located_in", "unnamed"];

    public static readonly string[] RelationColumns =
        ["id", "type", "from_key", "to_key", "status", "confidence", "valid_from", "valid_to", "stake_percent",
         "amount_value", "amount_currency", "product", "note", "evidence", "amount_qualifier", "amount_period", "amount_alt_value",
         "amount_alt_currency", "quantity_value", "quantity_unit", "quantity_qualifier", "channel", "role", "reason", "sources", "contested"];

    public static void Article(NativeStatement s, Article a)
    {
        s.Text(1, a.Id);
        s.Text(2, a.Title);
        s.Text(3, a.Outlet);
        s.Utf8(4, JsonColumns.StringsUtf8(a.Authors));
        s.Text(5, a.Url);
        s.Date(6, a.Published);
        s.Text(7, a.Republishes);
        s.Utf8(8, JsonColumns.StringsUtf8(a.Cites));
        s.Text(9, a.Text);
    }

    public static void Entity(NativeStatement s, Entity e)
    {
        s.Text(1, e.Id);
        s.Text(2, e.Name);
        s.Text(3, SqliteGraphStore.Fold(e.Name));
        s.Int(4, (int)e.Kind);
        s.Utf8(5, JsonColumns.StringsUtf8(e.Aliases));
        s.Text(6, e.Country);
        s.Text(7, e.Description);
        s.Text(8, e.LocatedIn);
        s.Int(9, e.Unnamed ? 1 : 0);
    }

    /// <summary>A relation with its ends already resolved to entity keys (<see cref="EntityKeys"/>).</summary>
    public static void Relation(NativeStatement s, KeyedRelation keyed)
    {
        var r = keyed.Relation;
        s.Text(1, r.Id);
        s.Int(2, (int)r.Type);
        s.Int(3, keyed.FromKey);
        s.Int(4, keyed.ToKey);
        s.Int(5, (int)r.Status);
        s.Real(6, r.Confidence);
        s.Date(7, r.ValidFrom);
        s.Date(8, r.ValidTo);
        s.Real(9, r.StakePercent);
        s.Text(10, r.Amount?.Value.ToString(CultureInfo.InvariantCulture));
        s.Text(11, r.Amount?.Currency);
        s.Text(12, r.Product);
        s.Text(13, r.Note);
        s.Utf8(14, JsonColumns.EvidenceUtf8(r.Evidence));
        s.Int(15, (long?)r.Amount?.Qualifier);
        s.Text(16, r.Amount?.Period);
        s.Text(17, r.Amount?.Alternative?.Value.ToString(CultureInfo.InvariantCulture));
        s.Text(18, r.Amount?.Alternative?.Currency);
        s.Text(19, r.Quantity?.Value.ToString(CultureInfo.InvariantCulture));
        s.Text(20, r.Quantity?.Unit);
        s.Int(21, (long?)r.Quantity?.Qualifier);
        s.Int(22, (long?)r.Channel);
        s.Text(23, r.Role);
        s.Text(24, r.Reason);
        s.Int(25, r.IndependentSources);
        s.Int(26, r.IsContested ? 1 : 0);
    }
}

/// <summary>A relation to write and the keys of the entities at its ends.</summary>
internal readonly record struct KeyedRelation(Relation Relation, long FromKey, long ToKey);
