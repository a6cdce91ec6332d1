using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Execution;

/// <summary>
/// Coerces a field's or directive's arguments (spec 6.4.1 CoerceArgumentValues, graphql-js getArgumentValues).
/// Arguments neither given nor defaulted are absent from the result.
/// </summary>
internal static class ArgumentCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    /// <exception cref="GraphQLException">An argument is missing or invalid (normally caught by validation).</exception>
    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyList<GraphQLArgument> definitions,
        Node node,
        IReadOnlyList<Argument> arguments,
        IReadOnlyDictionary<string, object?> variables,
        Func<Node, IReadOnlyList<SourceLocation>> locate)
    {
        if (definitions.Count == 0)
        {
            return None;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            var argument = Find(arguments, name);
            if (argument is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = LiteralCoercion.CoerceDefault(definition);
                }
                else if (type is GraphQLNonNull)
                {
                    throw Error($"Argument \"{name}\" of required type \"{type}\" was not provided.", node, locate);
                }

                continue;
            }

            var literal = argument.Value;
            var isNull = literal is NullValue;
            if (literal is Variable variable)
            {
                var variableName = variable.Name.Value;
                if (!variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coerced[name] = LiteralCoercion.CoerceDefault(definition);
                    }
                    else if (type is GraphQLNonNull)
                    {
                        throw Error(
                            $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            literal,
                            locate);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is GraphQLNonNull)
            {
                throw Error($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", literal, locate);
            }

            if (!LiteralCoercion.TryCoerce(literal, type, variables, out var value))
            {
                throw Error($"Argument \"{name}\" has invalid value {ValueText.Print(literal)}.", literal, locate);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    // Like graphql-js's keyMap, a repeated argument's last occurrence wins (validation reports the repetition).
    private static Argument? Find(IReadOnlyList<Argument> arguments, string name)
    {
        Argument? found = null;
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                found = argument;
            }
        }

        return found;
    }

    private static GraphQLException Error(string message, Node node, Func<Node, IReadOnlyList<SourceLocation>> locate) =>
        new(new GraphQLError(message) { Locations = locate(node), Nodes = [node] });
}
