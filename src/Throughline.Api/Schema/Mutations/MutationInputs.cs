using Throughline.Core.Model;
using static Throughline.Api.Schema.Arguments;

namespace Throughline.Api.Schema.Mutations;

/// <summary>A quote as given: which article (null = the default article), the text to find, and who says it how.</summary>
internal sealed record EvidenceInput(
    string? ArticleId,
    string Quote,
    EvidenceStance Stance = EvidenceStance.Asserts,
    string? Speaker = null,
    string? AttributedTo = null,
    string? Origin = null,
    PartialDate? ObservedAt = null);

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
    IReadOnlyList<EvidenceInput> Evidence)
{
    public string? Role { get; init; }

    public SupplyChannel? Channel { get; init; }

    public Quantity? Quantity { get; init; }

    public string? Reason { get; init; }
}

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
        Value<string>(input, "locatedIn"),
        input.GetValueOrDefault("unnamed") is true);

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
        input.GetValueOrDefault("amount") is IReadOnlyDictionary<string, object?> amount ? Amount(amount, $"{at}.amount") : null,
        Value<string>(input, "product"),
        Value<string>(input, "note"),
        [.. (List<IReadOnlyDictionary<string, object?>>(input, "evidence") ?? []).Select(Evidence)])
    {
        Role = Value<string>(input, "role"),
        Channel = input.GetValueOrDefault("channel") is SupplyChannel channel ? channel : null,
        Quantity = input.GetValueOrDefault("quantity") is IReadOnlyDictionary<string, object?> quantity
            ? new Quantity(
                Decimal(Value<double?>(quantity, "value") ?? 0, $"{at}.quantity.value"),
                Value<string>(quantity, "unit")!,
                quantity.GetValueOrDefault("qualifier") is AmountQualifier q ? q : AmountQualifier.Exact)
            : null,
        Reason = Value<string>(input, "reason"),
    };

    public static EvidenceInput Evidence(IReadOnlyDictionary<string, object?> input) => new(
        Value<string>(input, "article"),
        Value<string>(input, "quote")!,
        input.GetValueOrDefault("stance") is EvidenceStance stance ? stance : EvidenceStance.Asserts,
        Value<string>(input, "speaker"),
        Value<string>(input, "attributedTo"),
        Value<string>(input, "origin"),
        input.GetValueOrDefault("observedAt") is PartialDate observed ? observed : null);

    private static Money Amount(IReadOnlyDictionary<string, object?> amount, string at) => new(
        Decimal(Value<double?>(amount, "value") ?? 0, $"{at}.value"),
        Value<string>(amount, "currency")!,
        amount.GetValueOrDefault("qualifier") is AmountQualifier qualifier ? qualifier : AmountQualifier.Exact,
        Value<string>(amount, "period"),
        amount.GetValueOrDefault("alternative") is IReadOnlyDictionary<string, object?> alternative
            ? new Money(Decimal(Value<double?>(alternative, "value") ?? 0, $"{at}.alternative.value"), Value<string>(alternative, "currency")!)
            : null);

    // A Float can hold 1e300; an amount is a decimal (about ±7.9e28): out of range is the client's mistake.
    private static decimal Decimal(double value, string argument) =>
        value is > -7.9e28 and < 7.9e28
            ? (decimal)value
            : throw Errors.BadInput($"Argument \"{argument}\": {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} is out of range for an amount (at most 7.9e28).");
}
