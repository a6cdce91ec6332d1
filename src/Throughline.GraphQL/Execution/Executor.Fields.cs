using System.Runtime.ExceptionServices;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Execution;

// Spec 6.3 "Executing Selection Sets" and 6.4 "Executing Fields".
internal sealed partial class Executor
{
    /// <summary>
    /// Executes fields "in parallel": each starts in selection order; results keep selection order. As in graphql-js, a
    /// field whose error propagates synchronously stops the loop (later siblings never start); pending siblings are
    /// still awaited so no work outlives the request.
    /// </summary>
    private ValueTask<IReadOnlyDictionary<string, object?>> ExecuteFields(
        GraphQLObjectType parentType, object? source, ResponsePath? path, SelectionPlan plan)
    {
        var results = new ResultMap(plan);
        List<(int Index, ValueTask<object?> Completion)>? pending = null;
        var fields = plan.Fields;
        for (var index = 0; index < fields.Length; index++)
        {
            var group = fields[index];
            var completion = ExecuteFieldAsync(
                parentType, source, group.Definition, group.Nodes, ResponsePath.Field(path, group.ResponseKey, index));
            // IsCompleted first: a pending completion can finish on another thread between two reads, and "not yet
            // successful" followed by "completed" would take a success for a failure.
            if (!completion.IsCompleted)
            {
                (pending ??= []).Add((index, completion));
            }
            else if (completion.IsCompletedSuccessfully)
            {
                results.Set(index, completion.Result);
            }
            else
            {
                return FailAfterPendingAsync<int, IReadOnlyDictionary<string, object?>>(pending, completion);
            }
        }

        return pending is null
            ? new ValueTask<IReadOnlyDictionary<string, object?>>(results)
            : AwaitFieldsAsync(results, pending);
    }

    private static async ValueTask<IReadOnlyDictionary<string, object?>> AwaitFieldsAsync(
        ResultMap results, List<(int Index, ValueTask<object?> Completion)> pending)
    {
        ExceptionDispatchInfo? failure = null;
        foreach (var (index, completion) in pending)
        {
            try
            {
                results.Set(index, await completion.ConfigureAwait(false));
            }
            catch (Exception e)
            {
                // Cancellation outranks field errors: the request as a whole is being abandoned.
                if (failure is null || (e is OperationCanceledException && failure.SourceException is not OperationCanceledException))
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            }
        }

        failure?.Throw();
        return results;
    }

    private static async ValueTask<TResult> FailAfterPendingAsync<TKey, TResult>(
        List<(TKey Key, ValueTask<object?> Completion)>? pending, ValueTask<object?> failed)
    {
        foreach (var (_, completion) in pending ?? [])
        {
            try
            {
                await completion.ConfigureAwait(false);
            }
            catch (Exception e) when (e is FieldErrorException)
            {
                // The synchronous failure below wins, as in graphql-js; this one's position is nulled with it.
            }
        }

        await failed.ConfigureAwait(false);
        throw new InvalidOperationException("A failed completion completed successfully.");
    }

    /// <summary>Mutation root fields: each one finishes (including its sub-selections) before the next starts.</summary>
    private async ValueTask<IReadOnlyDictionary<string, object?>> ExecuteFieldsSeriallyAsync(
        GraphQLObjectType rootType, object? source, SelectionPlan plan)
    {
        var results = new ResultMap(plan);
        for (var index = 0; index < plan.Fields.Length; index++)
        {
            var group = plan.Fields[index];
            results.Set(index, await ExecuteFieldAsync(
                rootType,
                source,
                group.Definition,
                group.Nodes,
                ResponsePath.Field(null, group.ResponseKey, index)).ConfigureAwait(false));
        }

        return results;
    }

    private async ValueTask<object?> ResolveWithSlotAsync(
        SemaphoreSlim slots, FieldResolver resolver, ResolveFieldContext info)
    {
        if (!slots.Wait(0))
        {
            await slots.WaitAsync(_context.CancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await resolver(info).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    private async ValueTask<object?> ExecuteFieldAsync(
        GraphQLObjectType parentType,
        object? source,
        GraphQLField fieldDefinition,
        IReadOnlyList<Field> nodes,
        ResponsePath path)
    {
        try
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            var arguments = ArgumentCoercion.Coerce(
                fieldDefinition.Arguments, nodes[0], nodes[0].Arguments, _context.VariableValues, _context.Locate);
            var info = new ResolveFieldContext
            {
                Source = source,
                Arguments = arguments,
                UserContext = _context.UserContext,
                CancellationToken = _context.CancellationToken,
                FieldName = fieldDefinition.Name,
                FieldNodes = nodes,
                FieldDefinition = fieldDefinition,
                ParentType = parentType,
                Path = path,
                Schema = _context.Schema,
                Operation = _context.Operation,
                Fragments = _context.Fragments,
                VariableValues = _context.VariableValues,
                RequestItems = _context.RequestItems,
            };
            var resolver = fieldDefinition.Resolver ?? DefaultFieldResolver.Instance;
            var result = _context.ResolverSlots is { } slots
                ? await ResolveWithSlotAsync(slots, resolver, info).ConfigureAwait(false)
                : await resolver(info).ConfigureAwait(false);
            return await CompleteValue(fieldDefinition.Type, nodes, info, path, result).ConfigureAwait(false);
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            return HandleFieldError(e, nodes, fieldDefinition.Type, path);
        }
    }
}
