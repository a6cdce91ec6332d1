using System.Collections;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Execution;

// Spec 6.4.3 "Value Completion" (graphql-js completeValue and friends).
internal sealed partial class Executor
{
    private ValueTask<object?> CompleteValue(
        GraphQLType returnType, IReadOnlyList<Field> nodes, ResolveFieldContext info, ResponsePath path, object? result)
    {
        // A resolver may return an error as a value (e.g. inside a list): it counts as thrown, as in graphql-js.
        if (result is Exception error)
        {
            return ValueTask.FromException<object?>(error);
        }

        if (returnType is GraphQLNonNull nonNull)
        {
            var inner = CompleteValue(nonNull.OfType, nodes, info, path, result);
            if (inner.IsCompletedSuccessfully)
            {
                return inner.Result is null ? ValueTask.FromException<object?>(NonNullError(info)) : inner;
            }

            return EnsureNonNullAsync(inner, info);
        }

        if (result is JsonElement element)
        {
            result = FromJson(element);
        }

        // A task as a value (a list of tasks, or a synchronous resolver returning one): complete what it produces,
        // as graphql-js does with promises.
        if (result is Task task)
        {
            return CompleteTaskAsync(returnType, nodes, info, path, task);
        }

        if (result is null)
        {
            return new ValueTask<object?>((object?)null);
        }

        return returnType switch
        {
            GraphQLList list => CompleteList(list.OfType, nodes, info, path, result),
            GraphQLScalarType scalar => new ValueTask<object?>(EnsureSerialized(scalar.Name, scalar.Serialize(result), result)),
            GraphQLEnumType enumType => new ValueTask<object?>(EnsureSerialized(enumType.Name, enumType.Serialize(result), result)),
            IGraphQLAbstractType abstractType => CompleteAbstract(abstractType, nodes, info, path, result),
            GraphQLObjectType objectType => CompleteObject(objectType, nodes, path, result),
            _ => throw new InvalidOperationException($"Cannot complete value of unexpected output type: {returnType}"),
        };
    }

    private async ValueTask<object?> CompleteTaskAsync(
        GraphQLType returnType, IReadOnlyList<Field> nodes, ResolveFieldContext info, ResponsePath path, Task task)
    {
        await task.ConfigureAwait(false);
        return await CompleteValue(returnType, nodes, info, path, TaskResults.Of(task)).ConfigureAwait(false);
    }

    private static async ValueTask<object?> EnsureNonNullAsync(ValueTask<object?> inner, ResolveFieldContext info) =>
        await inner.ConfigureAwait(false) ?? throw NonNullError(info);

    private static GraphQLException NonNullError(ResolveFieldContext info) =>
        new($"Cannot return null for non-nullable field {info.ParentType.Name}.{info.FieldName}.");

    // JSON values from the default resolver: scalars become CLR values, arrays stay enumerable, objects stay elements.
    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Array => element.EnumerateArray().Select(item => (object?)item),
        JsonValueKind.Object => element,
        _ => JsonValues.ToClr(element),
    };

    private ValueTask<object?> CompleteList(
        GraphQLType itemType, IReadOnlyList<Field> nodes, ResolveFieldContext info, ResponsePath path, object result)
    {
        if (result is string or IDictionary or IReadOnlyDictionary<string, object?> or not IEnumerable)
        {
            throw new GraphQLException(
                $"Expected Iterable, but did not find one for field \"{info.ParentType.Name}.{info.FieldName}\".");
        }

        var items = new List<object?>();
        List<(int Index, ValueTask<object?> Completion)>? pending = null;
        var index = 0;
        foreach (var item in (IEnumerable)result)
        {
            var completion = CompleteListItemAsync(itemType, nodes, info, ResponsePath.Index(path, index), item);
            // IsCompleted first, for the reason given in ExecuteFields.
            if (!completion.IsCompleted)
            {
                items.Add(null);
                (pending ??= []).Add((index, completion));
            }
            else if (completion.IsCompletedSuccessfully)
            {
                items.Add(completion.Result);
            }
            else
            {
                // A null in a non-null item position propagated synchronously: graphql-js stops here too.
                return FailAfterPendingAsync<int, object?>(pending, completion);
            }

            index++;
        }

        return pending is null ? new ValueTask<object?>(items) : AwaitItemsAsync(items, pending);
    }

    private static async ValueTask<object?> AwaitItemsAsync(
        List<object?> items, List<(int Index, ValueTask<object?> Completion)> pending)
    {
        ExceptionDispatchInfo? failure = null;
        foreach (var (index, completion) in pending)
        {
            try
            {
                items[index] = await completion.ConfigureAwait(false);
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
        return items;
    }

    private async ValueTask<object?> CompleteListItemAsync(
        GraphQLType itemType, IReadOnlyList<Field> nodes, ResolveFieldContext info, ResponsePath itemPath, object? item)
    {
        try
        {
            return await CompleteValue(itemType, nodes, info, itemPath, item).ConfigureAwait(false);
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            return HandleFieldError(e, nodes, itemType, itemPath);
        }
    }

    private static object EnsureSerialized(string typeName, object? serialized, object result) =>
        serialized ?? throw new GraphQLException(
            $"Expected `{typeName}.serialize({ValueInspector.Inspect(result)})` to return non-nullable value, returned: null");

    private ValueTask<object?> CompleteObject(
        GraphQLObjectType returnType, IReadOnlyList<Field> nodes, ResponsePath path, object result)
    {
        if (returnType.IsTypeOf is { } isTypeOf && !isTypeOf(result))
        {
            throw new GraphQLException(
                $"Expected value of type \"{returnType.Name}\" but got: {ValueInspector.Inspect(result)}.");
        }

        var fields = ExecuteFields(returnType, result, path, _context.Collector.CollectSubfields(returnType, nodes));
        return fields.IsCompletedSuccessfully
            ? new ValueTask<object?>(fields.Result)
            : AsObjectAsync(fields);
    }

    private static async ValueTask<object?> AsObjectAsync(ValueTask<IReadOnlyDictionary<string, object?>> fields) =>
        await fields.ConfigureAwait(false);
}
