using System.Globalization;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.GraphQL;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Schema;

/// <summary>
/// Binds the schema's enums to the Core enums. RelationType comes from <see cref="RelationCatalogue"/>; start-up
/// fails if schema.graphql and the catalogue disagree, so the two cannot drift apart.
/// </summary>
internal static class Enums
{
    public static void Bind(ResolverMap map)
    {
        map.EnumValues("EntityKind", ByWireName<EntityKind>());
        map.EnumValues("RelationStatus", ByWireName<RelationStatus>());
        map.EnumValues("Direction", ByWireName<Direction>());
        map.EnumValues("EvidenceStance", ByWireName<EvidenceStance>());
        map.EnumValues("SupplyChannel", ByWireName<SupplyChannel>());
        map.EnumValues("AmountQualifier", ByWireName<AmountQualifier>());
        map.EnumValues("ArticleFormat", ByWireName<Ingest.ArticleFormat>());
        map.EnumValues("ProposalState", ByWireName<Core.Drafts.ProposalState>());
        map.EnumValues("RelationType", RelationCatalogue.All.ToDictionary(i => i.Name, i => (object?)i.Type));
    }

    /// <summary>Throws when the SDL's RelationType values are not exactly the catalogue's, in its order.</summary>
    public static void CheckRelationTypes(GraphQLSchema schema)
    {
        var inSchema = ((GraphQLEnumType)schema.GetType("RelationType")!).Values.Select(v => v.Name).ToList();
        var inCatalogue = RelationCatalogue.All.Select(i => i.Name).ToList();
        if (!inSchema.SequenceEqual(inCatalogue))
        {
            throw new InvalidOperationException(
                $"schema.graphql's RelationType ({string.Join(", ", inSchema)}) differs from the relation catalogue ({string.Join(", ", inCatalogue)}).");
        }
    }

    /// <summary>
    /// The RelationType enum as schema.graphql must spell it, generated from the catalogue: each value with its
    /// direction and meaning as description. The schema contract test fails with this text when the file differs.
    /// </summary>
    public static string RelationTypeSdl()
    {
        var builder = new System.Text.StringBuilder();
        builder.Append("enum RelationType {\n");
        foreach (var info in RelationCatalogue.All)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  \"{info.Direction}. {info.Description}\"\n  {info.Name}\n");
        }

        return builder.Append('}').ToString();
    }

    /// <summary>SCREAMING_SNAKE_CASE name of a PascalCase enum member (GovernmentBody → GOVERNMENT_BODY).</summary>
    public static string WireName<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    private static Dictionary<string, object?> ByWireName<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => WireName(v), v => (object?)v);
}
