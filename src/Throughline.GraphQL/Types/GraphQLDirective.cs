using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

/// <summary>A directive definition. https://spec.graphql.org/October2021/#sec-Type-System.Directives</summary>
public sealed class GraphQLDirective(
    string name,
    IReadOnlyList<DirectiveLocation> locations,
    IReadOnlyList<GraphQLArgument>? arguments = null,
    string? description = null,
    bool isRepeatable = false,
    string? deprecationReason = null)
{
    public string Name { get; } = name;

    public string? Description { get; } = description;

    public IReadOnlyList<DirectiveLocation> Locations { get; } = locations;

    public IReadOnlyList<GraphQLArgument> Arguments { get; } = arguments ?? [];

    public bool IsRepeatable { get; } = isRepeatable;

    /// <summary>Set by @deprecated on the definition (graphql-js's experimental directive deprecation).</summary>
    public string? DeprecationReason { get; } = deprecationReason;

    public bool IsDeprecated => DeprecationReason is not null;

    public DirectiveDefinition? AstNode { get; internal init; }

    /// <summary>True for @include, @skip, @deprecated, @specifiedBy and @oneOf.</summary>
    public bool IsSpecified => SpecifiedDirectives.All.Any(d => d.Name == Name);

    public GraphQLArgument? GetArgument(string name) => Arguments.FirstOrDefault(a => a.Name == name);

    public override string ToString() => "@" + Name;
}
