using System.Collections.ObjectModel;

namespace Throughline.GraphQL.Types;

/// <summary>Common shape of object and interface types: ordered fields plus implemented interfaces.</summary>
public abstract class GraphQLFieldsType : GraphQLNamedType
{
    private readonly OrderedDictionary<string, GraphQLField> _fields = new(StringComparer.Ordinal);
    private readonly List<GraphQLInterfaceType> _interfaces = [];

    private protected GraphQLFieldsType(string name, string? description)
        : base(name, description)
    {
        Fields = new ReadOnlyDictionary<string, GraphQLField>(_fields);
    }

    /// <summary>Fields in definition order (extensions appended).</summary>
    public IReadOnlyDictionary<string, GraphQLField> Fields { get; }

    /// <summary>Directly implemented interfaces in definition order.</summary>
    public IReadOnlyList<GraphQLInterfaceType> Interfaces => _interfaces;

    public GraphQLField? GetField(string name) => _fields.GetValueOrDefault(name);

    // The builder fills fields after all types exist, because fields refer to types cyclically.
    internal void AddField(GraphQLField field) => _fields.TryAdd(field.Name, field);

    internal void AddInterface(GraphQLInterfaceType type) => _interfaces.Add(type);
}

/// <summary>An object type. https://spec.graphql.org/October2021/#sec-Objects</summary>
public sealed class GraphQLObjectType(string name, string? description = null)
    : GraphQLFieldsType(name, description)
{
    /// <summary>Bound IsTypeOf check used to resolve abstract types without a type resolver.</summary>
    public Func<object, bool>? IsTypeOf { get; internal set; }
}

/// <summary>An interface type. https://spec.graphql.org/October2021/#sec-Interfaces</summary>
public sealed class GraphQLInterfaceType(string name, string? description = null)
    : GraphQLFieldsType(name, description), IGraphQLAbstractType
{
    public TypeResolver? ResolveType { get; internal set; }
}

/// <summary>Interface or union: the executor picks the concrete object type at runtime.</summary>
public interface IGraphQLAbstractType
{
    string Name { get; }

    /// <summary>Bound type resolver, or null to fall back to "__typename" and then IsTypeOf.</summary>
    TypeResolver? ResolveType { get; }
}
