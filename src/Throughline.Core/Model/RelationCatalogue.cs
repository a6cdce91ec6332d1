using System.Collections.Frozen;
using static Throughline.Core.Model.EntityKind;

namespace Throughline.Core.Model;

/// <summary>The catalogue of relation types: the single source for validation, the GraphQL enum and the README table.</summary>
public static class RelationCatalogue
{
    private static readonly EntityKind[] Actors = [Organization, Person, GovernmentBody];
    private static readonly EntityKind[] Institutions = [Organization, GovernmentBody];

    public static IReadOnlyList<RelationTypeInfo> All { get; } =
    [
        Info(RelationType.Owns, "OWNS", "owner → owned", "Holds an ownership stake (stakePercent).", Actors, [Organization]),
        Info(RelationType.ParentOf, "PARENT_OF", "parent → subsidiary", "Controls a subsidiary or investment arm.", Institutions, [Organization]),
        Info(RelationType.InvestedIn, "INVESTED_IN", "investor → investee", "Invested money (stakePercent, amount).", Actors, [Organization, Project]),
        Info(RelationType.Supplies, "SUPPLIES", "supplier → customer", "Sells or provides a product (product, channel, quantity).", [Organization], [Organization, GovernmentBody, Project]),
        Info(RelationType.Manufactures, "MANUFACTURES", "maker → product", "Makes a product or system.", [Organization], [Product]),
        Info(RelationType.ContractorFor, "CONTRACTOR_FOR", "contractor → project", "Builds or runs a project under contract (amount).", [Organization], [Project]),
        Info(RelationType.Commissioned, "COMMISSIONED", "client → project", "Ordered and paid for a project (amount).", Institutions, [Project]),
        Info(RelationType.OperatesIn, "OPERATES_IN", "organisation → place", "Does business or has operations in a place.", Institutions, [Place]),
        Info(RelationType.DeployedIn, "DEPLOYED_IN", "product → project or place", "A product or system is deployed there.", [Product], [Project, Place]),
        Info(RelationType.LocatedIn, "LOCATED_IN", "thing → place", "A project, event or place lies within a place.", [Project, Place, Event], [Place]),
        Info(RelationType.PartneredWith, "PARTNERED_WITH", "partner → partner", "A partnership; the US party is the source when there is one.", Actors, Actors),
        Info(RelationType.Sponsored, "SPONSORED", "sponsor → sponsored", "Sponsored an organisation, person, project or event.", Institutions, [Organization, GovernmentBody, Person, Project, Event]),
        Info(RelationType.ResearchCollaboration, "RESEARCH_COLLABORATION", "collaborator → collaborator", "Joint research; the US party is the source when there is one.", Actors, Actors),
        Info(RelationType.ListedOn, "LISTED_ON", "listed → list", "Named on a sanctions or export-control list (validFrom = listing date, reason).", Actors, [SanctionsList]),
        Info(RelationType.AffiliatedWith, "AFFILIATED_WITH", "person → organisation", "Works for or leads an organisation (role).", [Person], Institutions),
        Info(RelationType.ParticipatedIn, "PARTICIPATED_IN", "participant → event or project", "Took part in an event or project (role, e.g. exhibitor).", Actors, [Event, Project]),
        Info(RelationType.Organized, "ORGANIZED", "organiser → event", "Organised or hosted an event.", Actors, [Event]),
        Info(RelationType.Recognized, "RECOGNIZED", "recogniser → recognised", "Gave an award, honour-list place or endorsement (role).", Institutions, [Organization, Person, Product, Project]),
        Info(RelationType.Backs, "BACKS", "backer → backed", "State or parent backing that is not sponsorship.", Institutions, [Organization, Project]),
        Info(RelationType.PartOf, "PART_OF", "part → whole", "A project is part of a larger project.", [Project], [Project]),
        Info(RelationType.Administers, "ADMINISTERS", "authority → list", "Keeps a sanctions or export-control list.", [GovernmentBody], [SanctionsList]),
    ];

    private static readonly FrozenDictionary<string, RelationTypeInfo> ByName =
        All.ToFrozenDictionary(i => i.Name, StringComparer.OrdinalIgnoreCase);

    public static RelationTypeInfo Get(RelationType type) => All[(int)type];

    public static string WireName(this RelationType type) => Get(type).Name;

    /// <summary>Finds a type by its wire name (SUPPLIES), case-insensitively.</summary>
    public static bool TryParse(string? name, out RelationType type)
    {
        var found = ByName.TryGetValue(name ?? string.Empty, out var info);
        type = found ? info!.Type : default;
        return found;
    }

    private static RelationTypeInfo Info(
        RelationType type, string name, string direction, string description, EntityKind[] from, EntityKind[] to) =>
        new(type, name, direction, description, from.ToFrozenSet(), to.ToFrozenSet());
}
