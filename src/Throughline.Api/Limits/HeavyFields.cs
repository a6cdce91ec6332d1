using Throughline.GraphQL.Language;

namespace Throughline.Api.Limits;

/// <summary>Whether a document asks for graph searches (paths, shortest paths, neighbourhoods, entity search): the fields whose work is bounded by the path engine's budget rather than by a page size.</summary>
public static class HeavyFields
{
    private static readonly HashSet<string> Searches = new(StringComparer.Ordinal) { "paths", "shortestPaths", "neighborhood" };

    public static bool Any(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Definitions.OfType<ExecutableDefinition>().Any(d => Any(d.SelectionSet));
    }

    private static bool Any(SelectionSet? selections) => selections is not null && selections.Selections.Any(selection => selection switch
    {
        Field field => Searches.Contains(field.Name.Value)
            || (field.Name.Value == "entities" && field.Arguments.Any(a => a.Name.Value == "search"))
            || Any(field.SelectionSet),
        InlineFragment inline => Any(inline.SelectionSet),
        _ => false, // a spread's fragment is an ExecutableDefinition of its own, looked at above
    });
}
