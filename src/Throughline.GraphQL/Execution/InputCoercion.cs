using System.Collections;
using System.Text;
using System.Text.Json;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Execution;

/// <summary>
/// Runtime (variable) value → internal value for an input type: graphql-js coerceInputValue. Every problem is reported
/// through <c>onError(path, invalidValue, message)</c> so one pass finds them all.
/// </summary>
internal static class InputCoercion
{
    public delegate void ErrorHandler(IReadOnlyList<object> path, object? invalidValue, string message);

    /// <param name="input">The runtime value.</param>
    /// <param name="type">The input type to coerce it to.</param>
    /// <param name="onError">Receives every problem.</param>
    /// <param name="hideSuggestions">Leave out "Did you mean ...?" hints (they reveal schema names).</param>
    public static object? Coerce(object? input, GraphQLType type, ErrorHandler onError, bool hideSuggestions = false) =>
        Coerce(Unwrap(input), type, new Reporter(onError, hideSuggestions), []);

    /// <summary>graphql-js printPathArray: <c>.field</c> for keys, <c>[0]</c> for indices.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        var text = new StringBuilder();
        foreach (var segment in path)
        {
            text.Append(segment is int index ? $"[{index}]" : $".{segment}");
        }

        return text.ToString();
    }

    private static object? Coerce(object? input, GraphQLType type, Reporter report, List<object> path)
    {
        if (type is GraphQLNonNull nonNull)
        {
            if (input is not null)
            {
                return Coerce(input, nonNull.OfType, report, path);
            }

            report.Invoke([.. path], input, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        if (input is null)
        {
            return null;
        }

        switch (type)
        {
            case GraphQLList list:
                return CoerceList(input, list.OfType, report, path);
            case GraphQLInputObjectType inputObject:
                return CoerceObject(input, inputObject, report, path);
            case GraphQLEnumType enumType:
                return CoerceLeaf(input, enumType.Name, () => enumType.ParseValue(input), report, path);
            case GraphQLScalarType scalar:
                return CoerceLeaf(input, scalar.Name, () => scalar.ParseValue(input), report, path);
            default:
                throw new InvalidOperationException($"Unexpected input type: {type}.");
        }
    }

    private static List<object?> CoerceList(object input, GraphQLType itemType, Reporter report, List<object> path)
    {
        if (!IsList(input))
        {
            // Lists accept a non-list value as a list of one.
            return [Coerce(input, itemType, report, path)];
        }

        var items = new List<object?>();
        var index = 0;
        foreach (var item in (IEnumerable)input)
        {
            path.Add(index++);
            items.Add(Coerce(Unwrap(item), itemType, report, path));
            path.RemoveAt(path.Count - 1);
        }

        return items;
    }

    private static Dictionary<string, object?>? CoerceObject(
        object input, GraphQLInputObjectType type, Reporter report, List<object> path)
    {
        if (AsObject(input) is not { } fields)
        {
            report.Invoke([.. path], input, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = LiteralCoercion.CoerceDefault(field);
                }
                else if (field.Type is GraphQLNonNull)
                {
                    report.Invoke([.. path], input, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            path.Add(field.Name);
            coerced[field.Name] = Coerce(Unwrap(fieldValue), field.Type, report, path);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var name in fields.Keys)
        {
            if (type.GetField(name) is null)
            {
                var suggestions = report.HideSuggestions ? [] : Suggestions.List(name, type.Fields.Keys);
                report.Invoke(
                    [.. path],
                    input,
                    $"Field \"{name}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions));
            }
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                report.Invoke([.. path], input, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }

            if (coerced.Count > 0 && coerced.First() is { Value: null } only)
            {
                report.Invoke([.. path, only.Key], null, $"Field \"{only.Key}\" must be non-null.");
            }
        }

        return coerced;
    }

    private static object? CoerceLeaf(
        object input, string typeName, Func<object?> parse, Reporter report, List<object> path)
    {
        try
        {
            var result = parse();
            return result;
        }
        catch (GraphQLCoercionException e)
        {
            report.Invoke([.. path], input, report.HideSuggestions ? WithoutSuggestions(e.Message) : e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A custom scalar's own exception: graphql-js prefixes non-GraphQL errors with the expected type.
            report.Invoke([.. path], input, $"Expected type \"{typeName}\". {e.Message}");
        }

        return null;
    }

    // Enum coercion appends its hint itself; Suggestions.DidYouMean always starts it this way.
    private static string WithoutSuggestions(string message)
    {
        var hint = message.IndexOf(" Did you mean ", StringComparison.Ordinal);
        return hint < 0 ? message : message[..hint];
    }

    private static object? Unwrap(object? value) => value is JsonElement element ? JsonValues.ToClr(element) : value;

    private static bool IsList(object value) =>
        value is IEnumerable and not string and not IDictionary and not IReadOnlyDictionary<string, object?>
            and not IDictionary<string, object?>;

    private static IReadOnlyDictionary<string, object?>? AsObject(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> map => map.AsReadOnly(),
        _ => null,
    };

    /// <summary>Where problems go, and whether they may carry suggestions.</summary>
    private readonly record struct Reporter(ErrorHandler Report, bool HideSuggestions)
    {
        public void Invoke(IReadOnlyList<object> path, object? invalidValue, string message) =>
            Report(path, invalidValue, message);
    }
}
