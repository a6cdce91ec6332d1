namespace Throughline.GraphQL.Execution;

/// <summary>
/// Thrown by a resolver to report a field error with more than a message: its <see cref="GraphQLError.Extensions"/>
/// (an error "code", say) reach the response unchanged; locations and path are filled in by the executor.
/// </summary>
public sealed class GraphQLException : Exception
{
    public GraphQLException(GraphQLError error)
        : base(error?.Message)
    {
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    public GraphQLException(string message, IReadOnlyDictionary<string, object?>? extensions = null)
        : this(new GraphQLError(message) { Extensions = extensions })
    {
    }

    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new GraphQLError(message);
    }

    public GraphQLException()
        : this("A GraphQL error occurred.")
    {
    }

    public GraphQLException(string message)
        : this(message, extensions: null)
    {
    }

    public GraphQLError Error { get; }
}
