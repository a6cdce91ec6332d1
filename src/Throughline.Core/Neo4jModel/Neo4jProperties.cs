using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Throughline.Core.Model;

namespace Throughline.Core.Neo4jModel;

/// <summary>
/// Every property the Neo4j store keeps (cypher/README.md "Model"), in one place for the two writers of that model: the
/// store's import statements and the Neo4j bulk-import export. A row's content <c>hash</c> covers the listed properties
/// in this order (the derived search keys excepted), so a database bulk-loaded from an export answers like one the store
/// imported, and a later import through the store finds every record unchanged.
/// </summary>
public static class Neo4jProperties
{
    /// <summary>The name of the content-hash property on articles, entities and claims.</summary>
    public const string HashName = "hash";

    public static IReadOnlyList<Neo4jProperty<Article>> Article { get; } =
    [
        new("id", Neo4jType.String, a => a.Id),
        new("title", Neo4jType.String, a => a.Title),
        new("outlet", Neo4jType.String, a => a.Outlet),
        new("authors", Neo4jType.StringArray, a => a.Authors.ToArray()),
        new("url", Neo4jType.String, a => a.Url),
        new("published", Neo4jType.String, a => a.Published?.ToString()),
        new("republishes", Neo4jType.String, a => a.Republishes),
        new("cites", Neo4jType.StringArray, a => a.Cites.ToArray()),
        new("text", Neo4jType.String, a => a.Text),
    ];

    /// <summary>An entity's stored properties, which its hash covers.</summary>
    public static IReadOnlyList<Neo4jProperty<Entity>> Entity { get; } =
    [
        new("id", Neo4jType.String, e => e.Id),
        new("name", Neo4jType.String, e => e.Name),
        new("kind", Neo4jType.String, e => e.Kind.ToString()),
        new("aliases", Neo4jType.StringArray, e => e.Aliases.ToArray()),
        new("country", Neo4jType.String, e => e.Country),
        new("description", Neo4jType.String, e => e.Description),
        new("locatedIn", Neo4jType.String, e => e.LocatedIn),
        new("unnamed", Neo4jType.Boolean, e => e.Unnamed),
    ];

    /// <summary>The search keys derived from an entity's names, kept after its hash (they follow from what it covers).</summary>
    public static IReadOnlyList<Neo4jProperty<Entity>> EntityKeys { get; } =
    [
        new("nameFolded", Neo4jType.String, e => NameKeys.Fold(e.Name)),
        new("searchKeys", Neo4jType.StringArray, e => e.Names.Select(NameKeys.Fold).Distinct(StringComparer.Ordinal).ToArray()),
        new("nameKeys", Neo4jType.StringArray, e => e.Names.Select(NameKeys.Match).Distinct(StringComparer.Ordinal).ToArray()),
        new("aliasText", Neo4jType.String, e => string.Join(" | ", e.Aliases)),
    ];

    /// <summary>The relationship's properties (its type is the relation type's wire name).</summary>
    public static IReadOnlyList<Neo4jProperty<Relation>> Relationship { get; } =
    [
        new("id", Neo4jType.String, r => r.Id),
        new("status", Neo4jType.String, r => r.Status.ToString()),
        new("confidence", Neo4jType.Double, r => r.Confidence),
        new("validFrom", Neo4jType.String, r => r.ValidFrom?.ToString()),
        new("validTo", Neo4jType.String, r => r.ValidTo?.ToString()),
        new("validFromDay", Neo4jType.Long, r => r.ValidFrom?.FirstDay),
        new("validToDay", Neo4jType.Long, r => r.ValidTo?.LastDay),
        new("stakePercent", Neo4jType.Double, r => r.StakePercent),
        // Decimals as text, so nothing is rounded.
        new("amountValue", Neo4jType.String, r => r.Amount?.Value.ToString(CultureInfo.InvariantCulture)),
        new("amountCurrency", Neo4jType.String, r => r.Amount?.Currency),
        new("product", Neo4jType.String, r => r.Product),
        new("note", Neo4jType.String, r => r.Note),
        new("role", Neo4jType.String, r => r.Role),
        new("channel", Neo4jType.String, r => r.Channel?.ToString()),
        new("reason", Neo4jType.String, r => r.Reason),
        new("amountQualifier", Neo4jType.String, r => r.Amount?.Qualifier.ToString()),
        new("amountPeriod", Neo4jType.String, r => r.Amount?.Period),
        new("amountAltValue", Neo4jType.String, r => r.Amount?.Alternative?.Value.ToString(CultureInfo.InvariantCulture)),
        new("amountAltCurrency", Neo4jType.String, r => r.Amount?.Alternative?.Currency),
        new("quantityValue", Neo4jType.String, r => r.Quantity?.Value.ToString(CultureInfo.InvariantCulture)),
        new("quantityUnit", Neo4jType.String, r => r.Quantity?.Unit),
        new("quantityQualifier", Neo4jType.String, r => r.Quantity?.Qualifier.ToString()),
        // What the path statements filter and flag on, kept on the relationship so a hop check reads no :Claim.
        new("sources", Neo4jType.Long, r => r.IndependentSources),
        new("contested", Neo4jType.Boolean, r => r.IsContested),
    ];

    /// <summary>The relation's :Claim node: its endpoints and its evidence as parallel lists (in order).</summary>
    public static IReadOnlyList<Neo4jProperty<Relation>> Claim { get; } =
    [
        new("id", Neo4jType.String, r => r.Id),
        new("type", Neo4jType.String, r => r.Type.WireName()),
        new("from", Neo4jType.String, r => r.From),
        new("to", Neo4jType.String, r => r.To),
        new("evidenceArticles", Neo4jType.StringArray, r => r.Evidence.Select(x => x.ArticleId).ToArray()),
        new("evidenceQuotes", Neo4jType.StringArray, r => r.Evidence.Select(x => x.Quote).ToArray()),
        new("evidenceStarts", Neo4jType.LongArray, r => r.Evidence.Select(x => x.Start).ToArray()),
        new("evidenceEnds", Neo4jType.LongArray, r => r.Evidence.Select(x => x.End).ToArray()),
        // Neo4j lists hold no nulls: an absent speaker, attribution, origin or date is stored as "".
        new("evidenceStances", Neo4jType.StringArray, r => r.Evidence.Select(x => x.Stance.ToString()).ToArray()),
        new("evidenceSpeakers", Neo4jType.StringArray, r => r.Evidence.Select(x => x.Speaker ?? string.Empty).ToArray()),
        new("evidenceAttributions", Neo4jType.StringArray, r => r.Evidence.Select(x => x.AttributedTo ?? string.Empty).ToArray()),
        new("evidenceOrigins", Neo4jType.StringArray, r => r.Evidence.Select(x => x.Origin ?? string.Empty).ToArray()),
        new("evidenceObservedAt", Neo4jType.StringArray, r => r.Evidence.Select(x => x.ObservedAt?.ToString() ?? string.Empty).ToArray()),
    ];

    /// <summary>
    /// Copies on the :Claim node of what the path index keeps of a relation (its type and ends are there already): a
    /// replica's change feed (get-relation-facts) then reads the claim by one index seek, without seeking both ends and
    /// finding the relationship between them, and without its evidence. Outside the claim's hash, which covers the
    /// relationship's own properties already. Claims written before these existed lack them; the store reads those
    /// through the relationship.
    /// </summary>
    public static IReadOnlyList<Neo4jProperty<Relation>> ClaimFacts { get; } =
    [
        new("factStatus", Neo4jType.String, r => r.Status.ToString()),
        new("factConfidence", Neo4jType.Double, r => r.Confidence),
        new("factValidFromDay", Neo4jType.Long, r => r.ValidFrom?.FirstDay),
        new("factValidToDay", Neo4jType.Long, r => r.ValidTo?.LastDay),
        new("factSources", Neo4jType.Long, r => r.IndependentSources),
        new("factContested", Neo4jType.Boolean, r => r.IsContested),
    ];

    /// <summary>An article's properties, its hash included.</summary>
    public static Dictionary<string, object?> OfArticle(Article article)
    {
        var props = Values(Article, article);
        props[HashName] = Hash(props);
        return props;
    }

    /// <summary>An entity's properties: the stored ones, its hash, then its search keys.</summary>
    public static Dictionary<string, object?> OfEntity(Entity entity)
    {
        var props = Values(Entity, entity);
        props[HashName] = Hash(props);
        foreach (var key in EntityKeys)
        {
            props[key.Name] = key.Value(entity);
        }

        return props;
    }

    /// <summary>A relation's relationship properties and its claim's (the claim's hash covers both), then the claim's fact copies.</summary>
    public static (Dictionary<string, object?> Relationship, Dictionary<string, object?> Claim) OfRelation(Relation relation)
    {
        var props = Values(Relationship, relation);
        var claim = Values(Claim, relation);
        claim[HashName] = Hash(new Dictionary<string, object?> { ["relationship"] = props, ["claim"] = claim });
        foreach (var fact in ClaimFacts)
        {
            claim[fact.Name] = fact.Value(relation);
        }

        return (props, claim);
    }

    private static Dictionary<string, object?> Values<T>(IReadOnlyList<Neo4jProperty<T>> properties, T record)
    {
        var values = new Dictionary<string, object?>(properties.Count + 5, StringComparer.Ordinal);
        foreach (var property in properties)
        {
            values[property.Name] = property.Value(record);
        }

        return values;
    }

    private static string Hash(Dictionary<string, object?> props) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(props))), 0, 16);
}
