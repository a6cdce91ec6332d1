using System.Text.Json;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Execution;

// Spec 6.4.3 ResolveAbstractType (graphql-js completeAbstractValue, defaultTypeResolver, ensureValidRuntimeType).
internal sealed partial class Executor
{
    private ValueTask<object?> CompleteAbstract(
        IGraphQLAbstractType returnType,
        IReadOnlyList<Field> nodes,
        ResolveFieldContext info,
        ResponsePath path,
        object result)
    {
        var typeName = returnType.ResolveType is { } resolveType
            ? resolveType(result, info)
            : DefaultTypeName(returnType, result);
        var runtimeType = EnsureValidRuntimeType(typeName, returnType, info);
        return CompleteObject(runtimeType, nodes, path, result);
    }

    // graphql-js defaultTypeResolver: the value's own "__typename", else the first possible type whose IsTypeOf accepts it.
    private string? DefaultTypeName(IGraphQLAbstractType returnType, object result)
    {
        switch (DefaultFieldResolver.Resolve(result, "__typename"))
        {
            case string name:
                return name;
            case JsonElement { ValueKind: JsonValueKind.String } name:
                return name.GetString();
        }

        foreach (var candidate in _context.Schema.GetPossibleTypes(returnType))
        {
            if (candidate.IsTypeOf is { } isTypeOf && isTypeOf(result))
            {
                return candidate.Name;
            }
        }

        return null;
    }

    private GraphQLObjectType EnsureValidRuntimeType(
        string? typeName, IGraphQLAbstractType returnType, ResolveFieldContext info)
    {
        if (typeName is null)
        {
            throw new GraphQLException(
                $"Abstract type \"{returnType.Name}\" must resolve to an Object type at runtime for field \"{info.ParentType.Name}.{info.FieldName}\". Either the \"{returnType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        var runtimeType = _context.Schema.GetType(typeName) ?? throw new GraphQLException(
            $"Abstract type \"{returnType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.");
        if (runtimeType is not GraphQLObjectType objectType)
        {
            throw new GraphQLException(
                $"Abstract type \"{returnType.Name}\" was resolved to a non-object type \"{typeName}\".");
        }

        if (!_context.Schema.IsSubType(returnType, objectType))
        {
            throw new GraphQLException(
                $"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{returnType.Name}\".");
        }

        return objectType;
    }
}
