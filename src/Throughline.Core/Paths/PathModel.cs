using Throughline.Core.Model;

namespace Throughline.Core.Paths;

/// <summary>OUTGOING follows each relation's canonical direction, INCOMING the reverse, ANY both.</summary>
public enum Direction
{
    Outgoing,
    Incoming,
    Any,
}

/// <summary>
/// Chooses entities; set criteria combine with AND. <see cref="Names"/> match a name or alias exactly, case-insensitively.
/// <see cref="LocatedIn"/> takes place ids or names and is transitive: over LOCATED_IN relations and places' gazetteer
/// nesting (<see cref="Entity.LocatedIn"/>); an organisation counts through OPERATES_IN.
/// </summary>
public sealed record EntitySelector(
    IReadOnlyList<string>? Ids = null,
    IReadOnlyList<string>? Names = null,
    IReadOnlyList<EntityKind>? Kinds = null,
    IReadOnlyList<string>? LocatedIn = null)
{
    public bool IsEmpty => Ids is null or [] && Names is null or [] && Kinds is null or [] && LocatedIn is null or [];
}

/// <summary>
/// Which relations qualify for traversal: type in <see cref="RelationTypes"/> (null = all), valid at <see cref="AsOf"/>
/// (<see cref="Relation.IsValidAt"/>), confidence ≥ <see cref="MinConfidence"/>, independent sources ≥
/// <see cref="MinIndependentSources"/> (<see cref="Relation.IndependentSources"/>), and not Denied/Retracted unless
/// <see cref="IncludeDenied"/>. Disputed relations qualify but flag their path.
/// </summary>
public sealed record PathOptions(
    int MaxHops = 4,
    IReadOnlyList<RelationType>? RelationTypes = null,
    Direction Direction = Direction.Outgoing,
    PartialDate? AsOf = null,
    double MinConfidence = 0,
    bool IncludeDenied = false,
    int MinIndependentSources = 0)
{
    public bool Qualifies(Relation relation) =>
        (RelationTypes is null || RelationTypes.Contains(relation.Type))
        && relation.IsValidAt(AsOf)
        && relation.Confidence >= MinConfidence
        && (MinIndependentSources <= 0 || relation.IndependentSources >= MinIndependentSources)
        && (IncludeDenied || !relation.Status.IsNegated());
}

/// <summary>Caps that bound every query's work; exceeding a cap is a <see cref="PathQueryException"/> with code LIMIT_EXCEEDED.</summary>
public sealed record PathLimits(int MaxHops = 6, int MaxPageSize = 1000, long ExpansionBudget = 2_000_000, int MaxNeighbourhoodEntities = 10_000);

public sealed record PathQuery(EntitySelector From, EntitySelector To, PathOptions Options, int First = 20, string? After = null)
{
    /// <summary>The request's shared expansion allowance, if any (see <see cref="ExpansionAllowance"/>).</summary>
    public ExpansionAllowance? Allowance { get; init; }
}

public sealed record ShortestPathQuery(EntitySelector From, EntitySelector To, PathOptions Options, int Limit = 20)
{
    /// <summary>The request's shared expansion allowance, if any (see <see cref="ExpansionAllowance"/>).</summary>
    public ExpansionAllowance? Allowance { get; init; }
}

public sealed record NeighbourhoodQuery(string EntityId, int Depth, PathOptions Options, int MaxEntities = 200)
{
    /// <summary>The request's shared expansion allowance, if any (see <see cref="ExpansionAllowance"/>).</summary>
    public ExpansionAllowance? Allowance { get; init; }
}
