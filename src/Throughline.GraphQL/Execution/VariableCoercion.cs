using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Execution;

/// <summary>
/// Coerces the request's variable values for an operation (spec 6.1.2, graphql-js getVariableValues), collecting every
/// error (up to a limit) with graphql-js's messages.
/// </summary>
internal static class VariableCoercion
{
    public static (IReadOnlyDictionary<string, object?>? Values, IReadOnlyList<GraphQLError> Errors) Coerce(
        GraphQLSchema schema,
        OperationDefinition operation,
        IReadOnlyDictionary<string, object?>? inputs,
        int maxErrors,
        bool hideSuggestions,
        Func<Node, IReadOnlyList<SourceLocation>> locate)
    {
        var errors = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        try
        {
            foreach (var definition in operation.VariableDefinitions)
            {
                CoerceOne(schema, definition, inputs, coerced, hideSuggestions, Report);
            }
        }
        catch (TooManyErrorsException)
        {
            errors.Add(new GraphQLError(
                "Too many errors processing variables, error limit reached. Execution aborted."));
        }

        return errors.Count == 0 ? (coerced, []) : (null, errors);

        void Report(string message, Node node)
        {
            if (errors.Count >= maxErrors)
            {
                throw new TooManyErrorsException();
            }

            errors.Add(new GraphQLError(message) { Locations = locate(node), Nodes = [node] });
        }
    }

    private static void CoerceOne(
        GraphQLSchema schema,
        VariableDefinition definition,
        IReadOnlyDictionary<string, object?>? inputs,
        Dictionary<string, object?> coerced,
        bool hideSuggestions,
        Action<string, Node> report)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeFromAst.Resolve(schema, definition.Type);
        if (type is null || !type.IsInputType)
        {
            report(
                $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                definition.Type);
            return;
        }

        if (inputs is null || !inputs.TryGetValue(name, out var input))
        {
            if (definition.DefaultValue is { } defaultValue)
            {
                coerced[name] = LiteralCoercion.TryCoerce(defaultValue, type, null, out var value) ? value : null;
            }
            else if (type is GraphQLNonNull)
            {
                report($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition);
            }

            return;
        }

        if (input is null && type is GraphQLNonNull)
        {
            report($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition);
            return;
        }

        coerced[name] = InputCoercion.Coerce(input, type, (path, invalid, message) =>
        {
            var prefix = $"Variable \"${name}\" got invalid value {ValueInspector.Inspect(invalid)}";
            if (path.Count > 0)
            {
                prefix += $" at \"{name}{InputCoercion.PrintPath(path)}\"";
            }

            report(prefix + "; " + message, definition);
        },
        hideSuggestions);
    }

    private sealed class TooManyErrorsException : Exception
    {
    }
}
