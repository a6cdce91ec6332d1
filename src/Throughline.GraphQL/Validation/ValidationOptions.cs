namespace Throughline.GraphQL.Validation;

/// <summary>Limits and switches of one validation run (graphql-js validate options).</summary>
public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// After this many errors validation stops and appends "Too many validation errors, error limit reached.
    /// Validation aborted." — pathological documents cannot make validation arbitrarily expensive.
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Leaves out "Did you mean ...?" suggestions (they reveal schema names).</summary>
    public bool HideSuggestions { get; init; }
}
