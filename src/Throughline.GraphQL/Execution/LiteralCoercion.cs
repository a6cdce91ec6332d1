using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Execution;

/// <summary>
/// Literal (+ coerced variables) → internal value for an input type: graphql-js valueFromAST. Invalid literals
/// yield false instead of an error, because validation has already reported them; callers decide the message.
/// </summary>
internal static class LiteralCoercion
{
    public static bool TryCoerce(
        Value literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is Variable variable)
        {
            // A variable's value was coerced for its declared type already; validation ensured it fits here.
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                return false;
            }

            return value is not null || type is not GraphQLNonNull;
        }

        if (type is GraphQLNonNull nonNull)
        {
            return literal is not NullValue && TryCoerce(literal, nonNull.OfType, variables, out value);
        }

        if (literal is NullValue)
        {
            return true;
        }

        return type switch
        {
            GraphQLList list => TryCoerceList(literal, list.OfType, variables, out value),
            GraphQLInputObjectType input => TryCoerceObject(literal, input, variables, out value),
            GraphQLEnumType enumType => TryLeaf(() => enumType.ParseLiteral(literal), out value),
            GraphQLScalarType scalar => TryLeaf(() => scalar.ParseLiteral(literal, variables), out value),
            _ => false,
        };
    }

    /// <summary>An argument's or input field's default as its runtime value (SDL defaults are constant literals).</summary>
    public static object? CoerceDefault(GraphQLInputValue input) =>
        TryCoerce(input.DefaultValue!, input.Type, null, out var value) ? value : null;

    private static bool IsMissingVariable(Value literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is Variable v && (variables is null || !variables.ContainsKey(v.Name.Value));

    private static bool TryCoerceList(
        Value literal, GraphQLType itemType, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ListValue list)
        {
            // Input coercion accepts a single item where a list is expected.
            if (!TryCoerce(literal, itemType, variables, out var single))
            {
                return false;
            }

            value = new List<object?> { single };
            return true;
        }

        var items = new List<object?>(list.Values.Count);
        foreach (var itemLiteral in list.Values)
        {
            if (IsMissingVariable(itemLiteral, variables))
            {
                if (itemType is GraphQLNonNull)
                {
                    return false;
                }

                items.Add(null);
            }
            else if (TryCoerce(itemLiteral, itemType, variables, out var item))
            {
                items.Add(item);
            }
            else
            {
                return false;
            }
        }

        value = items;
        return true;
    }

    private static bool TryCoerceObject(
        Value literal, GraphQLInputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ObjectValue obj)
        {
            return false;
        }

        var given = new Dictionary<string, Value>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            given.TryAdd(field.Name.Value, field.Value);
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!given.TryGetValue(field.Name, out var fieldLiteral) || IsMissingVariable(fieldLiteral, variables))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = CoerceDefault(field);
                }
                else if (field.Type is GraphQLNonNull)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(fieldLiteral, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        if (type.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null))
        {
            return false;
        }

        value = coerced;
        return true;
    }

    private static bool TryLeaf(Func<object?> parse, out object? value)
    {
        try
        {
            value = parse();
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // graphql-js treats any parseLiteral failure as "invalid"; the caller reports it.
            value = null;
            return false;
        }
    }
}
