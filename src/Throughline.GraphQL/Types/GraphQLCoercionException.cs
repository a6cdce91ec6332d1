using Throughline.GraphQL.Language;

namespace Throughline.GraphQL;

/// <summary>
/// Thrown by scalar and enum coercion hooks for a value they cannot represent. The message is the
/// graphql-js message ("Int cannot represent non-integer value: 1.5"); the executor or validator wraps it.
/// </summary>
public sealed class GraphQLCoercionException : Exception
{
    public GraphQLCoercionException(string message)
        : base(message)
    {
    }

    public GraphQLCoercionException(string message, Node? node)
        : base(message)
    {
        Node = node;
    }

    public GraphQLCoercionException()
    {
    }

    public GraphQLCoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The literal that failed to coerce, when the failure came from a literal.</summary>
    public Node? Node { get; }
}
