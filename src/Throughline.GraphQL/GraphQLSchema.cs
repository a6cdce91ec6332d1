using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using Throughline.GraphQL.Introspection;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL;

/// <summary>
/// A validated, immutable GraphQL schema: root types, every named type (including the introspection types)
/// and directives. Build one from SDL with <see cref="FromSdl"/>.
/// </summary>
public sealed partial class GraphQLSchema
{
    private readonly OrderedDictionary<string, GraphQLNamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (List<GraphQLObjectType> Objects, List<GraphQLInterfaceType> Interfaces)> _implementations =
        new(StringComparer.Ordinal);

    // Filled lazily by IsSubType, which executions call concurrently.
    private readonly ConcurrentDictionary<string, HashSet<string>> _subTypes = new(StringComparer.Ordinal);

    internal GraphQLSchema(
        GraphQLObjectType? query,
        GraphQLObjectType? mutation,
        GraphQLObjectType? subscription,
        IEnumerable<GraphQLNamedType> types,
        IReadOnlyList<GraphQLDirective> directives,
        string? description = null)
    {
        QueryType = query!;
        MutationType = mutation;
        SubscriptionType = subscription;
        Directives = directives;
        Description = description;
        Types = new ReadOnlyDictionary<string, GraphQLNamedType>(_types);
        CollectTypes(types);
    }

    public string? Description { get; }

    /// <summary>The query root type (always present in a schema returned by <see cref="FromSdl"/>).</summary>
    public GraphQLObjectType QueryType { get; }

    public GraphQLObjectType? MutationType { get; }

    public GraphQLObjectType? SubscriptionType { get; }

    /// <summary>
    /// Every named type, in graphql-js's type-map order: the SDL's types in definition order with built-in
    /// scalars where first referenced, then the introspection types.
    /// </summary>
    public IReadOnlyDictionary<string, GraphQLNamedType> Types { get; }

    /// <summary>Directives: the SDL's in definition order, then the specified ones it does not redefine (as graphql-js).</summary>
    public IReadOnlyList<GraphQLDirective> Directives { get; }

    public SchemaDefinition? AstNode { get; internal init; }

    public IReadOnlyList<SchemaExtension> ExtensionAstNodes { get; internal init; } = [];

    public GraphQLNamedType? GetType(string name) => _types.GetValueOrDefault(name);

    public GraphQLDirective? GetDirective(string name) => Directives.FirstOrDefault(d => d.Name == name);

    public GraphQLObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>Object types a value of the interface or union can have.</summary>
    public IReadOnlyList<GraphQLObjectType> GetPossibleTypes(IGraphQLAbstractType abstractType) => abstractType switch
    {
        GraphQLUnionType union => union.Types,
        _ => GetImplementations((GraphQLInterfaceType)abstractType).Objects,
    };

    /// <summary>Objects and interfaces that implement <paramref name="interfaceType"/> directly.</summary>
    public (IReadOnlyList<GraphQLObjectType> Objects, IReadOnlyList<GraphQLInterfaceType> Interfaces) GetImplementations(
        GraphQLInterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType.Name, out var found) ? (found.Objects, found.Interfaces) : ([], []);

    /// <summary>True when <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(IGraphQLAbstractType abstractType, GraphQLNamedType maybeSubType)
    {
        var set = _subTypes.GetOrAdd(abstractType.Name, _ => abstractType is GraphQLUnionType union
            ? union.Types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal)
            : GetImplementations((GraphQLInterfaceType)abstractType) is var (objects, interfaces)
                ? objects.Select(t => t.Name).Concat(interfaces.Select(t => t.Name)).ToHashSet(StringComparer.Ordinal)
                : []);
        return set.Contains(maybeSubType.Name);
    }

    // graphql-js GraphQLSchema constructor: the given types keep their order, referenced types are added
    // depth-first where first met, then directive argument types, then the introspection types.
    private void CollectTypes(IEnumerable<GraphQLNamedType> types)
    {
        var ordered = new OrderedDictionary<string, GraphQLNamedType>(StringComparer.Ordinal);
        var given = types.ToList();
        foreach (var type in given)
        {
            ordered.TryAdd(type.Name, type);
        }

        foreach (var type in given)
        {
            ordered.Remove(type.Name);
            Collect(type, ordered);
        }

        foreach (var root in new[] { QueryType, MutationType, SubscriptionType })
        {
            if (root is not null)
            {
                Collect(root, ordered);
            }
        }

        foreach (var directive in Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type, ordered);
            }
        }

        Collect(IntrospectionTypes.Schema, ordered);
        foreach (var (name, type) in ordered)
        {
            _types[name] = type;
            if (type is GraphQLFieldsType fieldsType)
            {
                foreach (var iface in fieldsType.Interfaces)
                {
                    if (!_implementations.TryGetValue(iface.Name, out var entry))
                    {
                        entry = ([], []);
                        _implementations[iface.Name] = entry;
                    }

                    if (type is GraphQLObjectType obj)
                    {
                        entry.Objects.Add(obj);
                    }
                    else
                    {
                        entry.Interfaces.Add((GraphQLInterfaceType)type);
                    }
                }
            }
        }
    }

    private static void Collect(GraphQLType type, OrderedDictionary<string, GraphQLNamedType> set)
    {
        var named = type.GetNamedType();
        if (!set.TryAdd(named.Name, named))
        {
            return;
        }

        switch (named)
        {
            case GraphQLUnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, set);
                }

                break;
            case GraphQLFieldsType fieldsType:
                foreach (var iface in fieldsType.Interfaces)
                {
                    Collect(iface, set);
                }

                foreach (var field in fieldsType.Fields.Values)
                {
                    Collect(field.Type, set);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type, set);
                    }
                }

                break;
            case GraphQLInputObjectType input:
                foreach (var field in input.Fields.Values)
                {
                    Collect(field.Type, set);
                }

                break;
        }
    }
}
