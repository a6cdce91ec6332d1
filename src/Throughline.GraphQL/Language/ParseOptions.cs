namespace Throughline.GraphQL.Language;

/// <summary>Limits that keep hostile documents from exhausting the server; exceeding one is a clean syntax error.</summary>
public sealed record ParseOptions
{
    public static ParseOptions Default { get; } = new();

    /// <summary>Deepest allowed nesting of selection sets, list/object values and list types.</summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>
    /// Most lexical tokens (comments excluded) a document may hold, like graphql-js's maxTokens. The default admits
    /// the largest real-world SDL files; servers parsing requests should set a much lower limit.
    /// </summary>
    public int MaxTokens { get; init; } = 1_000_000;
}
