using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Execution;

/// <summary>
/// Spec section 6 "Execution", following graphql-js 16's execute.js step for step (including its error messages and
/// the order in which it reports errors). Each field's work runs synchronously as long as resolvers answer
/// synchronously, exactly as graphql-js does; a resolver that truly awaits lets its siblings start, so sibling fields of a
/// query resolve concurrently, and queued DataLoader keys are dispatched once nothing else can run.
/// </summary>
internal sealed partial class Executor
{
    private readonly ExecutionContext _context;

    private Executor(ExecutionContext context) => _context = context;

    /// <summary>Executes an already parsed and validated document.</summary>
    /// <exception cref="OperationCanceledException">The request was cancelled.</exception>
    public static async Task<ExecutionResult> ExecuteAsync(
        GraphQLSchema schema,
        Document document,
        ExecutionRequest request,
        ExecutionOptions options,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (operation, fragments, selectionError) = SelectOperation(document, request.OperationName);
        if (operation is null)
        {
            return ExecutionResult.FromRequestErrors([new GraphQLError(selectionError!)]);
        }

        var (variables, variableErrors) = VariableCoercion.Coerce(
            schema,
            operation,
            request.Variables,
            options.MaxCoercionErrors,
            options.ValidationOptions?.HideSuggestions ?? false,
            node => Locations.Of(document, node));
        if (variables is null)
        {
            return ExecutionResult.FromRequestErrors(variableErrors);
        }

        var context = new ExecutionContext(
            schema, document, operation, fragments, variables, request, options, cancellationToken);
        var data = await WithoutSynchronizationContext(new Executor(context).ExecuteOperationAsync).ConfigureAwait(false);
        return new ExecutionResult(data, context.Errors.Errors);
    }

    // Resolvers' continuations must not queue behind the caller's SynchronizationContext (UI loops, test runners):
    // that would reorder when fields finish (and so the order of errors) and can deadlock a caller that blocks.
    private static Task<T> WithoutSynchronizationContext<T>(Func<Task<T>> start)
    {
        var previous = SynchronizationContext.Current;
        if (previous is null)
        {
            return start();
        }

        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return start();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    // graphql-js buildExecutionContext: the named operation, or the only one.
    private static (OperationDefinition? Operation, Dictionary<string, FragmentDefinition> Fragments, string? Error)
        SelectOperation(Document document, string? operationName)
    {
        OperationDefinition? operation = null;
        var fragments = new Dictionary<string, FragmentDefinition>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinition candidate when operationName is null:
                    if (operation is not null)
                    {
                        return (null, fragments, "Must provide operation name if query contains multiple operations.");
                    }

                    operation = candidate;
                    break;
                case OperationDefinition candidate when candidate.Name?.Value == operationName:
                    operation = candidate;
                    break;
                case FragmentDefinition fragment:
                    fragments[fragment.Name.Value] = fragment;
                    break;
            }
        }

        if (operation is null)
        {
            return (null, fragments, operationName is null
                ? "Must provide an operation."
                : $"Unknown operation named \"{operationName}\".");
        }

        return (operation, fragments, null);
    }

    private async Task<IReadOnlyDictionary<string, object?>?> ExecuteOperationAsync()
    {
        var operation = _context.Operation;
        try
        {
            var rootType = _context.Schema.GetRootType(operation.Operation)
                ?? throw new GraphQLException(new GraphQLError(
                    $"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.")
                {
                    Locations = _context.Locate(operation),
                });
            var fields = _context.Collector.CollectRoot(rootType, operation.SelectionSet);
            var work = operation.Operation == OperationType.Mutation
                ? ExecuteFieldsSeriallyAsync(rootType, _context.RootValue, fields)
                : ExecuteFields(rootType, _context.RootValue, null, fields);
            if (work.IsCompleted)
            {
                return work.Result;
            }

            var task = work.AsTask();
            await _context.Scheduler.RunAsync(task).ConfigureAwait(false);
            return await task.ConfigureAwait(false);
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            // A non-null root field (or the operation itself) failed: the whole data is null.
            _context.Errors.Add(Locate(e, [], null), null, (e as FieldErrorException)?.Origin);
            return null;
        }
    }
}
