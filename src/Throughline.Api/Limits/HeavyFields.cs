using Throughline.GraphQL.Language;

namespace Throughline.Api.Limits;

/// <summary>Whether a document asks for graph searches (paths, shortest paths, neighbourhoods, entity search): the fields whose work is bounded by the path engine's budget rather than by a page size.</summary>
public static class HeavyFields
{
    private static readonly HashSet<string> Searches = new(StringComparer.Ordinal) { "paths", "shortestPaths", "neighborhood" };

    public static bool Any(Document document) => DocumentFields.Any(document, field =>
        Searches.Contains(field.Name.Value) || (field.Name.Value == "entities" && field.Arguments.Any(a => a.Name.Value == "search")));
}
