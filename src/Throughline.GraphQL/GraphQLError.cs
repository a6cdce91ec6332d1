using Throughline.GraphQL.Language;

namespace Throughline.GraphQL;

/// <summary>A line and column (both 1-based), as GraphQL responses report them.</summary>
public readonly record struct SourceLocation(int Line, int Column);

/// <summary>
/// One error in the spec's response shape: message, locations, path and extensions.
/// The same type carries syntax, validation and execution errors so that results can be compared
/// mechanically with graphql-js.
/// </summary>
public sealed record GraphQLError(string Message)
{
    public IReadOnlyList<SourceLocation> Locations { get; init; } = [];

    /// <summary>Response path: field names (string) and list indices (int).</summary>
    public IReadOnlyList<object>? Path { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Nodes the error is about; used to compute <see cref="Locations"/>, never serialised.</summary>
    public IReadOnlyList<Node>? Nodes { get; init; }
}

/// <summary>Thrown by the lexer and parser; <see cref="Error"/> reads exactly like graphql-js's syntax errors.</summary>
public sealed class GraphQLSyntaxException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
