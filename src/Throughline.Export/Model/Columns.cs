using System.Globalization;
using Throughline.Core.Model;

namespace Throughline.Export.Model;

/// <summary>The value type of an attribute, for formats with typed attributes (GraphML keys, GEXF attributes).</summary>
public enum ColumnType
{
    String,
    Int,
    Double,
    Bool,
}

/// <summary>One attribute of a node or edge: its name, type and how it is read from the record (null = absent).</summary>
public sealed record Column<T>(string Name, ColumnType Type, Func<T, object?> Value)
{
    /// <summary>The value as invariant text (doubles round-trip), or null when absent.</summary>
    public string? Text(T record) => Format(Value(record));

    public static string? Format(object? value) => value switch
    {
        null => null,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

/// <summary>
/// The attributes every graph format carries, in one place so GraphML, GEXF, Cytoscape, CSV and DOT agree. Node id and
/// edge id/source/target are written by each format in its own way and are not listed here.
/// </summary>
public static class Columns
{
    /// <summary>An enum value as the YAML and GraphQL spell it: AtLeast → AT_LEAST.</summary>
    public static string Wire<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    public static IReadOnlyList<Column<Entity>> Node { get; } =
    [
        new("label", ColumnType.String, e => e.Name),
        new("kind", ColumnType.String, e => e.Kind.ToString()),
        new("aliases", ColumnType.String, e => e.Aliases.Count == 0 ? null : string.Join("; ", e.Aliases)),
        new("country", ColumnType.String, e => e.Country),
        new("description", ColumnType.String, e => e.Description),
        new("locatedIn", ColumnType.String, e => e.LocatedIn),
        new("unnamed", ColumnType.Bool, e => e.Unnamed ? true : null),
    ];

    public static IReadOnlyList<Column<ExportRelation>> Edge { get; } =
    [
        new("type", ColumnType.String, r => r.Relation.Type.WireName()),
        new("status", ColumnType.String, r => r.Relation.Status.ToString()),
        new("confidence", ColumnType.Double, r => r.Relation.Confidence),
        new("independentSources", ColumnType.Int, r => r.IndependentSources),
        new("validFrom", ColumnType.String, r => r.Relation.ValidFrom?.ToString()),
        new("validTo", ColumnType.String, r => r.Relation.ValidTo?.ToString()),
        new("stakePercent", ColumnType.Double, r => r.Relation.StakePercent),
        new("amountValue", ColumnType.Double, r => r.Relation.Amount is { } a ? (double)a.Value : null),
        new("amountCurrency", ColumnType.String, r => r.Relation.Amount?.Currency),
        new("amountQualifier", ColumnType.String, r => r.Relation.Amount is { } a ? Wire(a.Qualifier) : null),
        new("amountPeriod", ColumnType.String, r => r.Relation.Amount?.Period),
        new("amountAlternativeValue", ColumnType.Double, r => r.Relation.Amount?.Alternative is { } a ? (double)a.Value : null),
        new("amountAlternativeCurrency", ColumnType.String, r => r.Relation.Amount?.Alternative?.Currency),
        new("quantityValue", ColumnType.Double, r => r.Relation.Quantity is { } q ? (double)q.Value : null),
        new("quantityUnit", ColumnType.String, r => r.Relation.Quantity?.Unit),
        new("quantityQualifier", ColumnType.String, r => r.Relation.Quantity is { } q ? Wire(q.Qualifier) : null),
        new("product", ColumnType.String, r => r.Relation.Product),
        new("channel", ColumnType.String, r => r.Relation.Channel is { } c ? Wire(c) : null),
        new("role", ColumnType.String, r => r.Relation.Role),
        new("reason", ColumnType.String, r => r.Relation.Reason),
        new("note", ColumnType.String, r => r.Relation.Note),
        new("contested", ColumnType.Bool, r => r.Relation.IsContested),
        new("evidenceCount", ColumnType.Int, r => r.Relation.Evidence.Count),
        new("evidence", ColumnType.String, r => EvidenceJson.Write(r.Relation.Evidence)),
    ];
}
