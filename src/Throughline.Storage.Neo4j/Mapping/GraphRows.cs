using Throughline.Core.Model;
using Throughline.Core.Neo4jModel;

namespace Throughline.Storage.Neo4j.Mapping;

/// <summary>
/// Records as the parameter rows of the import statements. The properties are Core's <see cref="Neo4jProperties"/>,
/// which the Neo4j bulk-import export writes too. Each row carries a content hash of everything stored, so the
/// statement can tell an unchanged record from an updated one without reading it back.
/// </summary>
internal static class GraphRows
{
    public static Dictionary<string, object?> Article(Article a)
    {
        var props = Neo4jProperties.OfArticle(a);
        return new() { ["id"] = a.Id, ["hash"] = props[Neo4jProperties.HashName], ["props"] = props };
    }

    public static Dictionary<string, object?> Entity(Entity e)
    {
        var props = Neo4jProperties.OfEntity(e);
        return new() { ["id"] = e.Id, ["hash"] = props[Neo4jProperties.HashName], ["kind"] = e.Kind.ToString(), ["props"] = props };
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
            ["props"] = props,
            ["claim"] = claim,
        };
    }

    public static Dictionary<string, object?> Citations(Relation r) => new()
    {
        ["id"] = r.Id,
        ["articles"] = r.Evidence.Select(x => x.ArticleId).Distinct(StringComparer.Ordinal).ToArray(),
    };
}
