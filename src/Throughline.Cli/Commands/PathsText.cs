using Throughline.Core.Model;
using Throughline.Core.Paths;

namespace Throughline.Cli.Commands;

/// <summary>One line per route: <c>Intel -[SUPPLIES: chips]-> Hikvision -[CONTRACTOR_FOR]-> …</c>.</summary>
internal static class PathsText
{
    public static string Route(GraphPath path, IReadOnlyDictionary<string, Entity> entities, IReadOnlyDictionary<string, Relation> relations)
    {
        var text = new System.Text.StringBuilder(NameOf(path.EntityIds[0], entities));
        foreach (var hop in path.Hops)
        {
            var hopRelations = hop.RelationIds.Select(id => relations[id]).ToList();
            var label = string.Join(" | ", hopRelations
                .Select(r => r.Product is { } product ? $"{r.Type.WireName()}: {product}" : r.Type.WireName())
                .Distinct(StringComparer.Ordinal));
            // The arrow shows which way the claims point: along the route, against it (INCOMING), or both (ANY).
            var forward = hopRelations.Any(r => r.From == hop.From);
            var backward = hopRelations.Any(r => r.From != hop.From);
            var (left, right) = (forward, backward) switch
            {
                (true, false) => ("-[", "]->"),
                (false, true) => ("<-[", "]-"),
                _ => ("<-[", "]->"),
            };
            text.Append(' ').Append(left).Append(label).Append(right).Append(' ').Append(NameOf(hop.To, entities));
        }

        return text.ToString();
    }

    private static string NameOf(string id, IReadOnlyDictionary<string, Entity> entities) =>
        entities.TryGetValue(id, out var entity) ? entity.Name : id;
}
