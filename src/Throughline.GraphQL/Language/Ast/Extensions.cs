namespace Throughline.GraphQL.Language;

// https://spec.graphql.org/October2021/#sec-Type-System-Extensions
// Extensions reuse the definitions' shapes; only the keyword differs, so each is a marker subtype.

public sealed record SchemaExtension(
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<OperationTypeDefinition> OperationTypes) : TypeSystemDefinition
{
    public override IReadOnlyList<Directive> Directives { get; } = Directives;
}

public sealed record ScalarTypeExtension(Name Name, IReadOnlyList<Directive> Directives) : TypeDefinition
{
    public override StringValue? Description => null;

    public override Name Name { get; } = Name;

    public override IReadOnlyList<Directive> Directives { get; } = Directives;
}

public sealed record ObjectTypeExtension(
    Name Name,
    IReadOnlyList<NamedType> Interfaces,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<FieldDefinition> Fields) : TypeDefinition
{
    public override StringValue? Description => null;

    public override Name Name { get; } = Name;

    public override IReadOnlyList<Directive> Directives { get; } = Directives;
}

public sealed record InterfaceTypeExtension(
    Name Name,
    IReadOnlyList<NamedType> Interfaces,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<FieldDefinition> Fields) : TypeDefinition
{
    public override StringValue? Description => null;

    public override Name Name { get; } = Name;

    public override IReadOnlyList<Directive> Directives { get; } = Directives;
}

public sealed record UnionTypeExtension(
    Name Name, IReadOnlyList<Directive> Directives, IReadOnlyList<NamedType> Types) : TypeDefinition
{
    public override StringValue? Description => null;

    public override Name Name { get; } = Name;

    public override IReadOnlyList<Directive> Directives { get; } = Directives;
}

public sealed record EnumTypeExtension(
    Name Name, IReadOnlyList<Directive> Directives, IReadOnlyList<EnumValueDefinition> Values) : TypeDefinition
{
    public override StringValue? Description => null;

    public override Name Name { get; } = Name;

    public override IReadOnlyList<Directive> Directives { get; } = Directives;
}

public sealed record InputObjectTypeExtension(
    Name Name, IReadOnlyList<Directive> Directives, IReadOnlyList<InputValueDefinition> Fields) : TypeDefinition
{
    public override StringValue? Description => null;

    public override Name Name { get; } = Name;

    public override IReadOnlyList<Directive> Directives { get; } = Directives;
}
