namespace Throughline.GraphQL.Execution;

/// <summary>
/// Carries a located field error up from a non-null position to the nearest nullable one (spec 6.4.4);
/// never escapes the executor.
/// </summary>
internal sealed class FieldErrorException : Exception
{
    public FieldErrorException(GraphQLError error)
        : base(error.Message)
    {
        Error = error;
    }

    public FieldErrorException()
        : this(new GraphQLError("Field error."))
    {
    }

    public FieldErrorException(string message)
        : this(new GraphQLError(message))
    {
    }

    public FieldErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new GraphQLError(message);
    }

    public GraphQLError Error { get; }
}
