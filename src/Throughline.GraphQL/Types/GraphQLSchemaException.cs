namespace Throughline.GraphQL;

/// <summary>The SDL (or its resolver bindings) does not make a valid schema. <see cref="Errors"/> lists every problem.</summary>
public sealed class GraphQLSchemaException : Exception
{
    public GraphQLSchemaException(IReadOnlyList<GraphQLError> errors)
        : base(string.Join("\n\n", errors.Select(e => e.Message)))
    {
        Errors = errors;
    }

    public GraphQLSchemaException()
        : this([])
    {
    }

    public GraphQLSchemaException(string message)
        : this([new GraphQLError(message)])
    {
    }

    public GraphQLSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new GraphQLError(message)];
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
