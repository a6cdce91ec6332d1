namespace Throughline.Core.Model;

/// <summary>How exactly a source states a figure ("at least", "about").</summary>
public enum AmountQualifier : byte
{
    Exact,
    AtLeast,
    About,
    AtMost,
}

/// <summary>
/// An amount of money as stated by a source (no conversion). <see cref="Period"/> says what the figure is per ("year");
/// <see cref="Alternative"/> is the same figure the source also gives in another currency ("1.8 billion yuan ($256 million)").
/// </summary>
public sealed record Money(
    decimal Value,
    string Currency,
    AmountQualifier Qualifier = AmountQualifier.Exact,
    string? Period = null,
    Money? Alternative = null);

/// <summary>A counted quantity as stated by a source ("about 1,700 hard disk drives").</summary>
public sealed record Quantity(decimal Value, string Unit, AmountQualifier Qualifier = AmountQualifier.Exact);

/// <summary>How a supplier reaches its customer (SUPPLIES only); absent when the source does not say.</summary>
public enum SupplyChannel : byte
{
    Direct,

    /// <summary>Through resellers or distributors.</summary>
    Indirect,

    /// <summary>The source says the channel is not known.</summary>
    Unknown,
}
