using Throughline.Core.Model;

namespace Throughline.Export.Writers;

/// <summary>
/// How Throughline's kinds and relation types become FollowTheMoney schemata (README "FollowTheMoney mapping" says what
/// each keeps and loses). A relation becomes an interval entity with its two ends as entity properties.
/// </summary>
internal static class FtmMapping
{
    /// <summary>The schema of an entity of each kind; SanctionsList has none (a listing is a Sanction, see below).</summary>
    public static string? Schema(EntityKind kind) => kind switch
    {
        EntityKind.Organization => "Company",
        EntityKind.Person => "Person",
        EntityKind.GovernmentBody => "PublicBody",
        EntityKind.Place => "Address",
        EntityKind.Project => "Project",
        EntityKind.Product => "Asset",
        EntityKind.Event => "Event",
        EntityKind.SanctionsList => null,
        _ => null,
    };

    /// <summary>A relation's schema, the properties its source and target go in, and the role text (caption in Aleph).</summary>
    public sealed record Link(string Schema, string Source, string Target, string? Role, string? OwnershipType = null);

    /// <summary>
    /// The link a relation becomes, or null for ADMINISTERS (authority → sanctions list): the list is no FtM entity, so
    /// only its quotes (Documentation) are written. A relation's own role, when stated, is the role text.
    /// </summary>
    public static Link? For(Relation relation, EntityKind targetKind)
    {
        ArgumentNullException.ThrowIfNull(relation);
        var link = Default(relation, targetKind);
        return link is null || relation.Role is not { } role || link.Schema == "Sanction" ? link : link with { Role = role };
    }

    private static Link? Default(Relation relation, EntityKind targetKind)
    {
        var product = relation.Product is { } p ? $" ({p})" : string.Empty;
        return relation.Type switch
        {
            RelationType.Owns => new("Ownership", "owner", "asset", "owner", "stake"),
            RelationType.ParentOf => new("Ownership", "owner", "asset", "parent company", "parent of subsidiary"),
            RelationType.InvestedIn when targetKind == EntityKind.Project => new("ProjectParticipant", "participant", "project", "investor"),
            RelationType.InvestedIn => new("Ownership", "owner", "asset", "investor", "investment"),
            RelationType.Supplies => new("UnknownLink", "subject", "object", "supplier" + product),
            RelationType.Manufactures => new("UnknownLink", "subject", "object", "manufacturer"),
            RelationType.ContractorFor => new("ProjectParticipant", "participant", "project", "contractor"),
            RelationType.Commissioned => new("ProjectParticipant", "participant", "project", "client"),
            RelationType.OperatesIn => new("UnknownLink", "subject", "object", "operates in"),
            RelationType.DeployedIn => new("UnknownLink", "subject", "object", "deployed in"),
            RelationType.LocatedIn => new("UnknownLink", "subject", "object", "located in"),
            RelationType.PartneredWith => new("UnknownLink", "subject", "object", "partner"),
            RelationType.Sponsored => new("UnknownLink", "subject", "object", "sponsor"),
            RelationType.ResearchCollaboration => new("UnknownLink", "subject", "object", "research collaborator"),
            RelationType.ListedOn => new("Sanction", "entity", "programId", null),
            RelationType.AffiliatedWith when LeadsOrDirects(relation.Role ?? relation.Note) => new("Directorship", "director", "organization", relation.Note),
            RelationType.AffiliatedWith => new("Membership", "member", "organization", relation.Note ?? "affiliated"),
            RelationType.ParticipatedIn when targetKind == EntityKind.Project => new("ProjectParticipant", "participant", "project", "participant"),
            RelationType.ParticipatedIn => new("UnknownLink", "subject", "object", "participant"),
            RelationType.Organized => new("UnknownLink", "subject", "object", "organizer"),
            RelationType.Recognized => new("UnknownLink", "subject", "object", "recognized"),
            RelationType.Backs => new("UnknownLink", "subject", "object", "backer"),
            RelationType.PartOf => new("UnknownLink", "subject", "object", "part of"),
            RelationType.Administers => null,
            _ => new("UnknownLink", "subject", "object", relation.Type.WireName()),
        };
    }

    private static readonly string[] OfficerWords = ["director", "chair", "board", "chief executive", "ceo", "president", "founder", "head of"];

    /// <summary>An affiliation whose role (or, before roles were recorded, the note) names an officer's post is FtM's Directorship.</summary>
    private static bool LeadsOrDirects(string? role) =>
        role is not null && OfficerWords.Any(w => role.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// FtM entity ids allow letters, digits, '.' and '-' only, so '/' becomes '.'; prefixes keep the id spaces of
    /// entities, relations, articles and quotes apart (our slugs contain no '.', so the mapping can be reversed).
    /// </summary>
    public static string EntityId(string id) => id.Replace('/', '.');

    public static string RelationId(string id) => "relation." + id;

    public static string ArticleId(string id) => "article." + id;

    public static string QuoteId(string relationId, int index) => $"quote.{relationId}.{index}";
}
