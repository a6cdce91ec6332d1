using Throughline.Core.Model;
using static Throughline.Api.Schema.Arguments;

namespace Throughline.Api.Schema.Mutations;

/// <summary>A quote as given: which article (null = the default article) and the text to find.</summary>
internal sealed record EvidenceInput(string? ArticleId, string Quote);

/// <summary>A relation as given, before its references are resolved and its quotes located.</summary>
internal sealed record RelationInput(
    string Id,
    RelationType Type,
    string From,
    string To,
    RelationStatus Status,
    double? Confidence,
    PartialDate? ValidFrom,
    PartialDate? ValidTo,
    double? StakePercent,
    Money? Amount,
    string? Product,
    string? Note,
    IReadOnlyList<EvidenceInput> Evidence);

/// <summary>Reads the mutation input objects (already coerced by the engine) into records.</summary>
internal static class MutationInputs
{
    public static Entity Entity(IReadOnlyDictionary<string, object?> input) => new(
        Value<string>(input, "id")!,
        Value<string>(input, "name")!,
        input.GetValueOrDefault("kind") is EntityKind kind ? kind : default,
        List<string>(input, "aliases") ?? [],
        Value<string>(input, "country"),
        Value<string>(input, "description"),
        Value<string>(input, "locatedIn"));

    public static Article Article(IReadOnlyDictionary<string, object?> input) => new(
        Value<string>(input, "id")!,
        Value<string>(input, "title")!,
        Value<string>(input, "outlet"),
        List<string>(input, "authors") ?? [],
        Value<string>(input, "url"),
        input.GetValueOrDefault("published") is PartialDate published ? published : null,
        Value<string>(input, "republishes"),
        List<string>(input, "cites") ?? [],
        Value<string>(input, "text"));

    public static RelationInput Relation(IReadOnlyDictionary<string, object?> input) => Relation(input, "input");

    public static RelationInput Relation(IReadOnlyDictionary<string, object?> input, string at) => new(
        Value<string>(input, "id")!,
        input.GetValueOrDefault("type") is RelationType type ? type : default,
        Value<string>(input, "from")!,
        Value<string>(input, "to")!,
        input.GetValueOrDefault("status") is RelationStatus status ? status : RelationStatus.Reported,
        input.GetValueOrDefault("confidence") as double?,
        input.GetValueOrDefault("validFrom") is PartialDate from ? from : null,
        input.GetValueOrDefault("validTo") is PartialDate to ? to : null,
        input.GetValueOrDefault("stakePercent") as double?,
        input.GetValueOrDefault("amount") is IReadOnlyDictionary<string, object?> amount
            ? new Money(Decimal(Value<double?>(amount, "value") ?? 0, $"{at}.amount.value"), Value<string>(amount, "currency")!)
            : null,
        Value<string>(input, "product"),
        Value<string>(input, "note"),
        [.. (List<IReadOnlyDictionary<string, object?>>(input, "evidence") ?? []).Select(Evidence)]);

    public static EvidenceInput Evidence(IReadOnlyDictionary<string, object?> input) =>
        new(Value<string>(input, "article"), Value<string>(input, "quote")!);

    // A Float can hold 1e300; an amount is a decimal (about ±7.9e28): out of range is the client's mistake.
    private static decimal Decimal(double value, string argument) =>
        value is > -7.9e28 and < 7.9e28
            ? (decimal)value
            : throw Errors.BadInput($"Argument \"{argument}\": {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} is out of range for an amount (at most 7.9e28).");
}
