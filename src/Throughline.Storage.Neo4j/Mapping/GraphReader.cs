using System.Globalization;
using System.Text.Json;
using Throughline.Core.Model;

namespace Throughline.Storage.Neo4j.Mapping;

/// <summary>Records from the maps the read statements return (see the RETURN clauses in cypher/).</summary>
internal static class GraphReader
{
    public static Entity Entity(JsonElement m) => new(
        Text(m, "id")!,
        Text(m, "name")!,
        Enum.Parse<EntityKind>(Text(m, "kind")!),
        Strings(m, "aliases"),
        Text(m, "country"),
        Text(m, "description"),
        Text(m, "locatedIn"),
        m.TryGetProperty("unnamed", out var unnamed) && unnamed.ValueKind == JsonValueKind.True);

    public static Article Article(JsonElement m) => new(
        Text(m, "id")!,
        Text(m, "title")!,
        Text(m, "outlet"),
        Strings(m, "authors"),
        Text(m, "url"),
        Date(m, "published"),
        Text(m, "republishes"),
        Strings(m, "cites"),
        Text(m, "text"));

    public static Relation Relation(JsonElement m)
    {
        var articles = Strings(m, "evidenceArticles");
        var quotes = Strings(m, "evidenceQuotes");
        var starts = Ints(m, "evidenceStarts");
        var ends = Ints(m, "evidenceEnds");
        var stances = Strings(m, "evidenceStances");
        var speakers = Strings(m, "evidenceSpeakers");
        var attributions = Strings(m, "evidenceAttributions");
        var origins = Strings(m, "evidenceOrigins");
        var observed = Strings(m, "evidenceObservedAt");
        // Claims written before these lists existed lack them: their items read with the defaults.
        string? At(IReadOnlyList<string> list, int i) => i < list.Count && list[i].Length > 0 ? list[i] : null;
        var evidence = Enumerable.Range(0, articles.Count).Select(i => new Evidence(
            articles[i], quotes[i], starts[i], ends[i],
            At(stances, i) is { } stance ? Enum.Parse<EvidenceStance>(stance) : EvidenceStance.Asserts,
            At(speakers, i), At(attributions, i), At(origins, i),
            At(observed, i) is { } date ? PartialDate.Parse(date) : null)).ToArray();
        var amountValue = Text(m, "amountValue");
        if (!RelationCatalogue.TryParse(Text(m, "type"), out var type))
        {
            throw new InvalidDataException($"relation '{Text(m, "id")}' has the unknown type '{Text(m, "type")}'");
        }

        return new Relation(
            Text(m, "id")!,
            type,
            Text(m, "from")!,
            Text(m, "to")!,
            Enum.Parse<RelationStatus>(Text(m, "status")!),
            m.GetProperty("confidence").GetDouble(),
            evidence,
            Date(m, "validFrom"),
            Date(m, "validTo"),
            Number(m, "stakePercent"),
            amountValue is null ? null : Amount(m, amountValue),
            Text(m, "product"),
            Text(m, "note"),
            Text(m, "role"),
            Text(m, "channel") is { } channel ? Enum.Parse<SupplyChannel>(channel) : null,
            Text(m, "quantityValue") is { } quantity
                ? new Quantity(decimal.Parse(quantity, CultureInfo.InvariantCulture), Text(m, "quantityUnit")!, Qualifier(m, "quantityQualifier"))
                : null,
            Text(m, "reason"));
    }

    private static Money Amount(JsonElement m, string value)
    {
        var alternative = Text(m, "amountAltValue");
        return new Money(
            decimal.Parse(value, CultureInfo.InvariantCulture),
            Text(m, "amountCurrency")!,
            Qualifier(m, "amountQualifier"),
            Text(m, "amountPeriod"),
            alternative is null ? null : new Money(decimal.Parse(alternative, CultureInfo.InvariantCulture), Text(m, "amountAltCurrency")!));
    }

    private static AmountQualifier Qualifier(JsonElement m, string name) =>
        Text(m, name) is { } text ? Enum.Parse<AmountQualifier>(text) : AmountQualifier.Exact;

    private static string? Text(JsonElement m, string name) =>
        m.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement m, string name) =>
        m.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static PartialDate? Date(JsonElement m, string name) => Text(m, name) is { } text ? PartialDate.Parse(text) : null;

    private static IReadOnlyList<string> Strings(JsonElement m, string name) =>
        m.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];

    private static IReadOnlyList<int> Ints(JsonElement m, string name) =>
        m.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetInt32()).ToArray() : [];
}
