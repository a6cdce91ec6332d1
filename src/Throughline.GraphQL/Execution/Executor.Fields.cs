using System.Runtime.ExceptionServices;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Execution;

// Spec 6.3 "Executing Selection Sets" and 6.4 "Executing Fields".
internal sealed partial class Executor
{
    private static readonly IReadOnlyDictionary<string, object?> NoResult = new Dictionary<string, object?>();

    /// <summary>
    /// Executes fields "in parallel": each starts in selection order; results keep selection order. As in graphql-js, a
    /// field whose error propagates synchronously stops the loop (later siblings never start); pending siblings are
    /// still awaited so no work outlives the request.
    /// </summary>
    private ValueTask<IReadOnlyDictionary<string, object?>> ExecuteFields(
        GraphQLObjectType parentType, object? source, ResponsePath? path, IReadOnlyList<FieldGroup> fields)
    {
        var results = new OrderedDictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        List<(string Key, ValueTask<object?> Completion)>? pending = null;
        for (var ordinal = 0; ordinal < fields.Count; ordinal++)
        {
            var group = fields[ordinal];
            if (_context.Schema.GetField(parentType, group.Nodes[0].Name.Value) is not { } fieldDefinition)
            {
                continue;
            }

            var completion = ExecuteFieldAsync(
                parentType, source, fieldDefinition, group.Nodes, ResponsePath.Field(path, group.ResponseKey, ordinal));
            if (completion.IsCompletedSuccessfully)
            {
                results[group.ResponseKey] = completion.Result;
            }
            else if (completion.IsCompleted)
            {
                return FailAfterPendingAsync<string, IReadOnlyDictionary<string, object?>>(pending, completion);
            }
            else
            {
                results[group.ResponseKey] = null;
                (pending ??= []).Add((group.ResponseKey, completion));
            }
        }

        return pending is null
            ? new ValueTask<IReadOnlyDictionary<string, object?>>(results)
            : AwaitFieldsAsync(results, pending);
    }

    private static async ValueTask<IReadOnlyDictionary<string, object?>> AwaitFieldsAsync(
        OrderedDictionary<string, object?> results, List<(string Key, ValueTask<object?> Completion)> pending)
    {
        ExceptionDispatchInfo? failure = null;
        foreach (var (key, completion) in pending)
        {
            try
            {
                results[key] = await completion.ConfigureAwait(false);
            }
            catch (Exception e)
            {
                failure ??= ExceptionDispatchInfo.Capture(e);
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
        GraphQLObjectType rootType, object? source, IReadOnlyList<FieldGroup> fields)
    {
        var results = new OrderedDictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        for (var ordinal = 0; ordinal < fields.Count; ordinal++)
        {
            var group = fields[ordinal];
            if (_context.Schema.GetField(rootType, group.Nodes[0].Name.Value) is not { } fieldDefinition)
            {
                continue;
            }

            results[group.ResponseKey] = await ExecuteFieldAsync(
                rootType,
                source,
                fieldDefinition,
                group.Nodes,
                ResponsePath.Field(null, group.ResponseKey, ordinal)).ConfigureAwait(false);
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
