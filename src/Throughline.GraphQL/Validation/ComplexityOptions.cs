namespace Throughline.GraphQL.Validation;

/// <summary>How <see cref="ComplexityRule"/> prices an operation.</summary>
public sealed record ComplexityOptions
{
    /// <summary>Operations costing more are rejected.</summary>
    public long MaxComplexity { get; init; } = 1000;

    /// <summary>Cost of a field not listed in <see cref="FieldCosts"/>.</summary>
    public int DefaultFieldCost { get; init; } = 1;

    /// <summary>Per-field costs keyed "Type.field", the type being the one the field is selected on.</summary>
    public IReadOnlyDictionary<string, int> FieldCosts { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>
    /// Arguments that bound how many items a list field returns; the first one present gives the multiplier
    /// for the list's sub-selection.
    /// </summary>
    public IReadOnlyList<string> ListSizeArguments { get; init; } = ["first", "last", "limit"];

    /// <summary>
    /// The request's variable values (raw JSON shapes or coerced). When given, a size argument passed as a variable is
    /// priced at the variable's value, so the same document cannot cost more with <c>$n</c> than with a literal.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>
    /// Prices a field from the values its arguments will have (a search bounded by its arguments rather than by a page
    /// size, say): the field's whole cost, sub-selection included, or null to price it the usual way.
    /// </summary>
    public Func<FieldCostContext, long?>? FieldCost { get; init; }

    /// <summary>Multiplier for list fields without a size argument (or whose size is a variable without a value or default) and without a schema default.</summary>
    public int DefaultListSize { get; init; } = 10;
}
