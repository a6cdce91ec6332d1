namespace Throughline.GraphQL.Language;

// https://spec.graphql.org/October2021/#sec-Type-System

public abstract record TypeSystemDefinition : Definition
{
    public abstract IReadOnlyList<Directive> Directives { get; }
}

/// <summary>A named type's definition or extension (scalar, object, interface, union, enum, input).</summary>
public abstract record TypeDefinition : TypeSystemDefinition
{
    public abstract Name Name { get; }

    /// <summary>Description (null for extensions and undocumented types).</summary>
    public abstract StringValue? Description { get; }
}

public sealed record SchemaDefinition(
    StringValue? Description,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<OperationTypeDefinition> OperationTypes) : TypeSystemDefinition
{
    public override IReadOnlyList<Directive> Directives { get; } = Directives;
}

public sealed record OperationTypeDefinition(OperationType Operation, NamedType Type) : Node;

public sealed record ScalarTypeDefinition(
    StringValue? Description, Name Name, IReadOnlyList<Directive> Directives) : TypeDefinition
{
    public override StringValue? Description { get; } = Description;

    public override Name Name { get; } = Name;

    public override IReadOnlyList<Directive> Directives { get; } = Directives;
}

public sealed record ObjectTypeDefinition(
    StringValue? Description,
    Name Name,
    IReadOnlyList<NamedType> Interfaces,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<FieldDefinition> Fields) : TypeDefinition
{
    public override StringValue? Description { get; } = Description;

    public override Name Name { get; } = Name;

    public override IReadOnlyList<Directive> Directives { get; } = Directives;
}

public sealed record InterfaceTypeDefinition(
    StringValue? Description,
    Name Name,
    IReadOnlyList<NamedType> Interfaces,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<FieldDefinition> Fields) : TypeDefinition
{
    public override StringValue? Description { get; } = Description;

    public override Name Name { get; } = Name;

    public override IReadOnlyList<Directive> Directives { get; } = Directives;
}

public sealed record UnionTypeDefinition(
    StringValue? Description,
    Name Name,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<NamedType> Types) : TypeDefinition
{
    public override StringValue? Description { get; } = Description;

    public override Name Name { get; } = Name;

    public override IReadOnlyList<Directive> Directives { get; } = Directives;
}

public sealed record EnumTypeDefinition(
    StringValue? Description,
    Name Name,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<EnumValueDefinition> Values) : TypeDefinition
{
    public override StringValue? Description { get; } = Description;

    public override Name Name { get; } = Name;

    public override IReadOnlyList<Directive> Directives { get; } = Directives;
}

public sealed record InputObjectTypeDefinition(
    StringValue? Description,
    Name Name,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<InputValueDefinition> Fields) : TypeDefinition
{
    public override StringValue? Description { get; } = Description;

    public override Name Name { get; } = Name;

    public override IReadOnlyList<Directive> Directives { get; } = Directives;
}

public sealed record FieldDefinition(
    StringValue? Description,
    Name Name,
    IReadOnlyList<InputValueDefinition> Arguments,
    TypeNode Type,
    IReadOnlyList<Directive> Directives) : Node;

/// <summary>An argument definition or an input object field definition.</summary>
public sealed record InputValueDefinition(
    StringValue? Description,
    Name Name,
    TypeNode Type,
    Value? DefaultValue,
    IReadOnlyList<Directive> Directives) : Node;

public sealed record EnumValueDefinition(
    StringValue? Description, Name Name, IReadOnlyList<Directive> Directives) : Node;

public sealed record DirectiveDefinition(
    StringValue? Description,
    Name Name,
    IReadOnlyList<InputValueDefinition> Arguments,
    bool Repeatable,
    IReadOnlyList<Name> Locations) : TypeSystemDefinition
{
    public override IReadOnlyList<Directive> Directives { get; } = [];
}
