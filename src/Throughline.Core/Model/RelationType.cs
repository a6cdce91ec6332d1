namespace Throughline.Core.Model;

/// <summary>
/// The relation types. Each has one canonical direction (see <see cref="RelationCatalogue"/>): money, technology and
/// control flow from → to, and placement points thing → place. Values are small and dense: the path index stores them as bytes.
/// </summary>
public enum RelationType : byte
{
    Owns,
    ParentOf,
    InvestedIn,
    Supplies,
    Manufactures,
    ContractorFor,
    Commissioned,
    OperatesIn,
    DeployedIn,
    LocatedIn,
    PartneredWith,
    Sponsored,
    ResearchCollaboration,
    ListedOn,
    AffiliatedWith,
    ParticipatedIn,
    Organized,
    Recognized,
    Backs,
    PartOf,
    Administers,
}
