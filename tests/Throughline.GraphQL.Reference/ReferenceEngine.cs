using GraphQL;
using GraphQL.Types;

/// <summary>GraphQL.NET's DocumentExecuter configured as a server would use it (errors reported, not thrown).</summary>
public static class ReferenceEngine
{
    private static readonly DocumentExecuter Executer = new();

    public static Task<ExecutionResult> ExecuteAsync(
        ISchema schema, string query, Inputs? variables = null, object? root = null, string? operationName = null) =>
        Executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = query;
            options.Variables = variables ?? Inputs.Empty;
            options.Root = root;
            options.OperationName = operationName;
            options.ThrowOnUnhandledException = false;
            options.UnhandledExceptionDelegate = context =>
            {
                context.ErrorMessage = context.OriginalException.Message;
                return Task.CompletedTask;
            };
        });

    /// <summary>
    /// The errors GraphQL.NET reports for a document before executing it: its parser's, then its validation rules'.
    /// A document that validates is not executed (an empty list).
    /// </summary>
    public static async Task<IReadOnlyList<ExecutionError>> ValidateAsync(ISchema schema, string query)
    {
        var result = await Executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = query;
            options.ThrowOnUnhandledException = false;
            options.Listeners.Add(new StopAfterValidation());
        }).ConfigureAwait(false);
        return result.Executed ? [] : [.. result.Errors ?? []];
    }
}
