using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

/// <summary>One value of an enum type. https://spec.graphql.org/October2021/#EnumValuesDefinition</summary>
public sealed class GraphQLEnumValue(string name, string? description = null, string? deprecationReason = null)
{
    public string Name { get; } = name;

    public string? Description { get; } = description;

    public string? DeprecationReason { get; } = deprecationReason;

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The internal (CLR) value resolvers see and return; the name unless bound otherwise.</summary>
    public object? Value { get; internal set; } = name;

    public EnumValueDefinition? AstNode { get; internal init; }

    public override string ToString() => Name;
}
