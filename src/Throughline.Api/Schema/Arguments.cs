using System.Text;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Schema;

/// <summary>Reads coerced arguments (lists, input objects, bound enums) into Core query records, with clear errors.</summary>
internal static class Arguments
{
    public static IReadOnlyDictionary<string, object?>? Object(ResolveFieldContext context, string name) =>
        context.Arguments.GetValueOrDefault(name) as IReadOnlyDictionary<string, object?>;

    public static IReadOnlyList<T>? List<T>(IReadOnlyDictionary<string, object?>? input, string name) =>
        input?.GetValueOrDefault(name) is IReadOnlyList<object?> list ? [.. list.OfType<T>()] : null;

    public static T? Value<T>(IReadOnlyDictionary<string, object?>? input, string name) =>
        input?.GetValueOrDefault(name) is T value ? value : default;

    /// <summary>The options; an unset direction is <paramref name="defaultDirection"/> (OUTGOING for paths, ANY for a neighbourhood).</summary>
    public static PathOptions PathOptions(ResolveFieldContext context, Direction defaultDirection = Direction.Outgoing)
    {
        var input = Object(context, "options");
        if (input is null)
        {
            return new PathOptions(Direction: defaultDirection);
        }

        var defaults = new PathOptions();
        return new PathOptions(
            input.GetValueOrDefault("maxHops") is int hops ? hops : defaults.MaxHops,
            List<RelationType>(input, "relationTypes"),
            input.GetValueOrDefault("direction") is Direction direction ? direction : defaultDirection,
            input.GetValueOrDefault("asOf") is PartialDate asOf ? asOf : null,
            input.GetValueOrDefault("minConfidence") is double confidence ? confidence : defaults.MinConfidence,
            input.GetValueOrDefault("includeDenied") is true,
            input.GetValueOrDefault("minIndependentSources") is int sources ? sources : defaults.MinIndependentSources);
    }

    /// <summary>A page size in 0..<paramref name="max"/>: negative is bad input, above the cap a limit.</summary>
    public static int PageSize(ResolveFieldContext context, string name, int max)
    {
        var first = context.GetArgument<int?>(name) ?? 0;
        return first switch
        {
            < 0 => throw Errors.BadInput($"Argument \"{name}\" must not be negative (got {first})."),
            _ when first > max => throw Errors.Limit($"Argument \"{name}\" is {first}; the limit is {max}."),
            _ => first,
        };
    }

    public static string Cursor(string kind, string position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{kind}:{position}"));

    /// <summary>The position encoded in an <c>after</c> cursor of <paramref name="kind"/>, or null when none was given.</summary>
    public static string? After(ResolveFieldContext context, string kind)
    {
        if (context.GetArgument<string>("after") is not { } cursor)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(kind + ":", StringComparison.Ordinal))
            {
                return text[(kind.Length + 1)..];
            }
        }
        catch (FormatException)
        {
            // reported below
        }

        throw Errors.BadInput($"Argument \"after\" is not a {kind} cursor returned by this API: '{cursor}'.");
    }
}
