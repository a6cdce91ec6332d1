using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types.Building;

// Values of @deprecated, @specifiedBy and @oneOf on SDL nodes (graphql-js getDirectiveValues).
internal static class DirectiveValues
{
    /// <summary>The reason, the default reason when @deprecated has no argument, or null when not deprecated.</summary>
    public static string? DeprecationReason(IReadOnlyList<Directive> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (deprecated is null)
        {
            return null;
        }

        var reason = deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason");
        return reason is null ? SpecifiedDirectives.DefaultDeprecationReason : (reason.Value as StringValue)?.Value;
    }

    public static string? SpecifiedByUrl(IReadOnlyList<Directive> directives) =>
        directives.FirstOrDefault(d => d.Name.Value == "specifiedBy")?.Arguments
            .FirstOrDefault(a => a.Name.Value == "url")?.Value is StringValue url
            ? url.Value
            : null;

    public static bool IsOneOf(IReadOnlyList<Directive> directives) => directives.Any(d => d.Name.Value == "oneOf");
}
