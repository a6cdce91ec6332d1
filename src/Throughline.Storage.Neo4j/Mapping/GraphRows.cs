using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Throughline.Core.Model;

namespace Throughline.Storage.Neo4j.Mapping;

/// <summary>
/// Records as the parameter rows of the import statements. Each row carries a content hash of everything stored, so
/// the statement can tell an unchanged record from an updated one without reading it back.
/// </summary>
internal static class GraphRows
{
    public static Dictionary<string, object?> Article(Article a)
    {
        var props = new Dictionary<string, object?>
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
        };
        var hash = Hash(props);
        props["hash"] = hash;
        return new() { ["id"] = a.Id, ["hash"] = hash, ["props"] = props };
    }

    public static Dictionary<string, object?> Entity(Entity e)
    {
        var props = new Dictionary<string, object?>
        {
            ["id"] = e.Id,
            ["name"] = e.Name,
            ["kind"] = e.Kind.ToString(),
            ["aliases"] = e.Aliases.ToArray(),
            ["country"] = e.Country,
            ["description"] = e.Description,
            ["locatedIn"] = e.LocatedIn,
            ["unnamed"] = e.Unnamed,
        };
        var hash = Hash(props);
        props["hash"] = hash;
        props["nameFolded"] = NameKeys.Fold(e.Name);
        props["searchKeys"] = e.Names.Select(NameKeys.Fold).Distinct(StringComparer.Ordinal).ToArray();
        props["nameKeys"] = e.Names.Select(NameKeys.Match).Distinct(StringComparer.Ordinal).ToArray();
        props["aliasText"] = string.Join(" | ", e.Aliases);
        return new() { ["id"] = e.Id, ["hash"] = hash, ["kind"] = e.Kind.ToString(), ["props"] = props };
    }

    public static Dictionary<string, object?> EntityPlace(Entity e) => new() { ["id"] = e.Id, ["locatedIn"] = e.LocatedIn };

    public static Dictionary<string, object?> Relation(Relation r)
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
            ["role"] = r.Role,
            ["channel"] = r.Channel?.ToString(),
            ["reason"] = r.Reason,
            ["amountQualifier"] = r.Amount?.Qualifier.ToString(),
            ["amountPeriod"] = r.Amount?.Period,
            ["amountAltValue"] = r.Amount?.Alternative?.Value.ToString(CultureInfo.InvariantCulture),
            ["amountAltCurrency"] = r.Amount?.Alternative?.Currency,
            ["quantityValue"] = r.Quantity?.Value.ToString(CultureInfo.InvariantCulture),
            ["quantityUnit"] = r.Quantity?.Unit,
            ["quantityQualifier"] = r.Quantity?.Qualifier.ToString(),
            // What the path statements filter and flag on, kept on the relationship so a hop check reads no :Claim.
            ["sources"] = r.IndependentSources,
            ["contested"] = r.IsContested,
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
            // Neo4j lists hold no nulls: an absent speaker, attribution, origin or date is stored as "".
            ["evidenceStances"] = r.Evidence.Select(x => x.Stance.ToString()).ToArray(),
            ["evidenceSpeakers"] = r.Evidence.Select(x => x.Speaker ?? string.Empty).ToArray(),
            ["evidenceAttributions"] = r.Evidence.Select(x => x.AttributedTo ?? string.Empty).ToArray(),
            ["evidenceOrigins"] = r.Evidence.Select(x => x.Origin ?? string.Empty).ToArray(),
            ["evidenceObservedAt"] = r.Evidence.Select(x => x.ObservedAt?.ToString() ?? string.Empty).ToArray(),
        };
        var hash = Hash(new Dictionary<string, object?> { ["relationship"] = props, ["claim"] = claim });
        claim["hash"] = hash;
        return new()
        {
            ["id"] = r.Id,
            ["hash"] = hash,
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

    private static string Hash(Dictionary<string, object?> props) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(props))), 0, 16);
}

/// <summary>The two case foldings the store keeps with each entity, matching the embedded store's.</summary>
internal static class NameKeys
{
    /// <summary>Search folding, as the SQLite store's: trimmed, lower-cased invariantly.</summary>
    public static string Fold(string text) => text.Trim().ToLowerInvariant();

    /// <summary>Selector name matching, as the path index's: ordinal ignoring case (invariant upper case).</summary>
    public static string Match(string text) => text.ToUpperInvariant();
}
