using GraphQL.Execution;

/// <summary>
/// Cancels a GraphQL.NET request once its document has validated (this listener runs only for valid documents), so
/// <see cref="ReferenceEngine.ValidateAsync"/> measures and reports validation alone.
/// </summary>
internal sealed class StopAfterValidation : DocumentExecutionListenerBase
{
    public override Task BeforeExecutionAsync(IExecutionContext context) => throw new OperationCanceledException("validated");
}
