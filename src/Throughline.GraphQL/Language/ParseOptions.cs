namespace Throughline.GraphQL.Language;

/// <summary>Limits that keep hostile documents from exhausting the server; exceeding one is a clean syntax error.</summary>
public sealed record ParseOptions
{
    public static ParseOptions Default { get; } = new();

    /// <summary>Deepest allowed nesting of selection sets, list/object values and list types.</summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>Most lexical tokens (comments excluded) a document may hold, like graphql-js's maxTokens.</summary>
    public int MaxTokens { get; init; } = 100_000;
}
