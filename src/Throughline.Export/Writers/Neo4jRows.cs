using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Throughline.Core.Model;

namespace Throughline.Export.Writers;

/// <summary>
/// The properties the Neo4j store keeps on each node and relationship (cypher/README.md "Model"), computed exactly as
/// the store computes them (src/Throughline.Storage.Neo4j/Mapping/GraphRows.cs), content hashes included: a database
/// loaded from this export answers like one the store imported, and a later import through the store finds every
/// record unchanged. The export tests load the files into Neo4j and prove both.
/// </summary>
internal static class Neo4jRows
{
    public static string ArticleHash(Article a) => Hash(new Dictionary<string, object?>
    {
        ["id"] = a.Id,
        ["title"] = a.Title,
        ["outlet"] = a.Outlet,
        ["authors"] = a.Authors.ToArray(),
        ["url"] = a.Url,
        ["published"] = a.Published?.ToString(),
        ["republishes"] = a.Republishes,
        ["cites"] = a.Cites.ToArray(),
        ["text"] = a.Text,
    });

    public static string EntityHash(Entity e) => Hash(new Dictionary<string, object?>
    {
        ["id"] = e.Id,
        ["name"] = e.Name,
        ["kind"] = e.Kind.ToString(),
        ["aliases"] = e.Aliases.ToArray(),
        ["country"] = e.Country,
        ["description"] = e.Description,
        ["locatedIn"] = e.LocatedIn,
    });

    public static string NameFolded(string name) => name.Trim().ToLowerInvariant();

    public static string[] SearchKeys(Entity e) => [.. e.Names.Select(NameFolded).Distinct(StringComparer.Ordinal)];

    public static string[] NameKeys(Entity e) => [.. e.Names.Select(n => n.ToUpperInvariant()).Distinct(StringComparer.Ordinal)];

    public static string RelationHash(Relation r)
    {
        var props = new Dictionary<string, object?>
        {
            ["id"] = r.Id,
            ["status"] = r.Status.ToString(),
            ["confidence"] = r.Confidence,
            ["validFrom"] = r.ValidFrom?.ToString(),
            ["validTo"] = r.ValidTo?.ToString(),
            ["validFromDay"] = r.ValidFrom?.FirstDay,
            ["validToDay"] = r.ValidTo?.LastDay,
            ["stakePercent"] = r.StakePercent,
            ["amountValue"] = r.Amount?.Value.ToString(CultureInfo.InvariantCulture),
            ["amountCurrency"] = r.Amount?.Currency,
            ["product"] = r.Product,
            ["note"] = r.Note,
        };
        var claim = new Dictionary<string, object?>
        {
            ["id"] = r.Id,
            ["type"] = r.Type.WireName(),
            ["from"] = r.From,
            ["to"] = r.To,
            ["evidenceArticles"] = r.Evidence.Select(x => x.ArticleId).ToArray(),
            ["evidenceQuotes"] = r.Evidence.Select(x => x.Quote).ToArray(),
            ["evidenceStarts"] = r.Evidence.Select(x => x.Start).ToArray(),
            ["evidenceEnds"] = r.Evidence.Select(x => x.End).ToArray(),
        };
        return Hash(new Dictionary<string, object?> { ["relationship"] = props, ["claim"] = claim });
    }

    private static string Hash(Dictionary<string, object?> props) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(props))), 0, 16);
}
