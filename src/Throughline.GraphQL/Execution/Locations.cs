using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Execution;

/// <summary>Line/column locations of syntax nodes, for errors.</summary>
internal static class Locations
{
    public static IReadOnlyList<SourceLocation> Of(Document document, Node node) =>
        document.Source is { } source ? [source.GetLocation(node.Location.Start)] : [];

    public static IReadOnlyList<SourceLocation> Of(Document document, IReadOnlyList<Node> nodes)
    {
        if (document.Source is not { } source)
        {
            return [];
        }

        var locations = new SourceLocation[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            locations[i] = source.GetLocation(nodes[i].Location.Start);
        }

        return locations;
    }
}
