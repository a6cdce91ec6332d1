using Throughline.GraphQL.Language;
using Throughline.GraphQL.Validation;

namespace Throughline.GraphQL.Execution;

/// <summary>How one request is parsed, validated and executed.</summary>
public sealed record ExecutionOptions
{
    public static ExecutionOptions Default { get; } = new();

    /// <summary>Rules run after the spec's rules (depth, alias and complexity limits, ...).</summary>
    public IReadOnlyList<IValidationRule> ValidationRules { get; init; } = [];

    /// <summary>Debug aid: resolver exceptions also report their type and stack trace under "extensions".</summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>Limits for parsing the request document (null: the parser's defaults).</summary>
    public ParseOptions? ParseOptions { get; init; }

    /// <summary>
    /// Validation limits and switches (error limit, hiding suggestions); null: the validator's defaults.
    /// HideSuggestions also applies to variable coercion errors, as graphql-js's hideSuggestions does.
    /// </summary>
    public ValidationOptions? ValidationOptions { get; init; }

    /// <summary>Most variable coercion errors reported before giving up (graphql-js: maxCoercionErrors, 50).</summary>
    public int MaxCoercionErrors { get; init; } = 50;

    /// <summary>
    /// Most resolvers of one request running at a time (null: no limit). A resolver holds its slot until its own
    /// value is ready, not while its sub-selections run, so nesting cannot exhaust the slots.
    /// </summary>
    public int? MaxParallelism { get; init; }
}
