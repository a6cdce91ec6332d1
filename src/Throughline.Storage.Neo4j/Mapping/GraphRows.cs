using Throughline.Core.Model;
using Throughline.Core.Neo4jModel;

namespace Throughline.Storage.Neo4j.Mapping;

/// <summary>
/// Records as the parameter rows of the import statements. The properties are Core's <see cref="Neo4jProperties"/>,
/// which the Neo4j bulk-import export writes too. Each row carries a content hash of everything stored, so the
/// statement can tell an unchanged record from an updated one without reading it back. The property maps leave out
/// absent (null) values: `SET n = map` removes every property the map does not name, so the stored node is the same,
/// and 3.1 no longer parses, resolves and removes some twenty absent relationship properties per row.
/// </summary>
internal static class GraphRows
{
    public static Dictionary<string, object?> Article(Article a)
    {
        var props = Neo4jProperties.OfArticle(a);
        return new() { ["id"] = a.Id, ["hash"] = props[Neo4jProperties.HashName], ["props"] = Present(props) };
    }

    public static Dictionary<string, object?> Entity(Entity e)
    {
        var props = Neo4jProperties.OfEntity(e);
        return new() { ["id"] = e.Id, ["hash"] = props[Neo4jProperties.HashName], ["kind"] = e.Kind.ToString(), ["props"] = Present(props) };
    }

    public static Dictionary<string, object?> EntityPlace(Entity e) => new() { ["id"] = e.Id, ["locatedIn"] = e.LocatedIn };

    public static Dictionary<string, object?> Relation(Relation r)
    {
        var (props, claim) = Neo4jProperties.OfRelation(r);
        return new()
        {
            ["id"] = r.Id,
            ["hash"] = claim[Neo4jProperties.HashName],
            ["type"] = r.Type.WireName(),
            ["from"] = r.From,
            ["to"] = r.To,
            ["props"] = Present(props),
            ["claim"] = Present(claim),
            ["articles"] = CitedArticles(r),
        };
    }

    public static Dictionary<string, object?> Citations(Relation r) => new()
    {
        ["id"] = r.Id,
        ["articles"] = CitedArticles(r),
    };

    private static string[] CitedArticles(Relation r) => [.. r.Evidence.Select(x => x.ArticleId).Distinct(StringComparer.Ordinal)];

    private static Dictionary<string, object?> Present(Dictionary<string, object?> props)
    {
        var present = new Dictionary<string, object?>(props.Count, StringComparer.Ordinal);
        foreach (var (name, value) in props)
        {
            if (value is not null)
            {
                present[name] = value;
            }
        }

        return present;
    }
}
