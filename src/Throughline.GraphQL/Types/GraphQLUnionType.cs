namespace Throughline.GraphQL.Types;

/// <summary>A union type. https://spec.graphql.org/October2021/#sec-Unions</summary>
public sealed class GraphQLUnionType(string name, string? description = null)
    : GraphQLNamedType(name, description), IGraphQLAbstractType
{
    private readonly List<GraphQLObjectType> _types = [];

    /// <summary>Member types in definition order (extensions appended).</summary>
    public IReadOnlyList<GraphQLObjectType> Types => _types;

    public TypeResolver? ResolveType { get; internal set; }

    internal void AddType(GraphQLObjectType type) => _types.Add(type);
}
