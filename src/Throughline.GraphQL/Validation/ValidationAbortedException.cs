namespace Throughline.GraphQL.Validation;

/// <summary>Unwinds the walk when the error limit or a work budget is exhausted; never escapes the validator.</summary>
internal sealed class ValidationAbortedException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;

    public static ValidationAbortedException WorkBudgetExhausted() => new(new GraphQLError("Validation aborted."));
}
