namespace Throughline.Core.Model;

/// <summary>What a relation type means, its wire name (SUPPLIES), its canonical direction and the kinds it may join.</summary>
public sealed record RelationTypeInfo(
    RelationType Type,
    string Name,
    string Direction,
    string Description,
    IReadOnlySet<EntityKind> FromKinds,
    IReadOnlySet<EntityKind> ToKinds)
{
    public bool Allows(EntityKind from, EntityKind to) => FromKinds.Contains(from) && ToKinds.Contains(to);
}
