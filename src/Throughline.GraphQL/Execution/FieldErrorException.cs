namespace Throughline.GraphQL.Execution;

/// <summary>
/// Carries a located field error up from a non-null position to the nearest nullable one (spec 6.4.4);
/// never escapes the executor.
/// </summary>
internal sealed class FieldErrorException : Exception
{
    public FieldErrorException(GraphQLError error, ResponsePath? origin)
        : base(error.Message)
    {
        Error = error;
        Origin = origin;
    }

    public FieldErrorException()
        : this(new GraphQLError("Field error."), null)
    {
    }

    public FieldErrorException(string message)
        : this(new GraphQLError(message), null)
    {
    }

    public FieldErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new GraphQLError(message);
    }

    public GraphQLError Error { get; }

    /// <summary>Where the error arose (its position in execution order), as opposed to where it is absorbed.</summary>
    public ResponsePath? Origin { get; }
}
