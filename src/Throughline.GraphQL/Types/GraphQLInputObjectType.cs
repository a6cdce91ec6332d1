using System.Collections.ObjectModel;

namespace Throughline.GraphQL.Types;

/// <summary>An input object type. https://spec.graphql.org/October2021/#sec-Input-Objects</summary>
public sealed class GraphQLInputObjectType : GraphQLNamedType
{
    private readonly OrderedDictionary<string, GraphQLInputField> _fields = new(StringComparer.Ordinal);

    public GraphQLInputObjectType(string name, string? description = null, bool isOneOf = false)
        : base(name, description)
    {
        IsOneOf = isOneOf;
        Fields = new ReadOnlyDictionary<string, GraphQLInputField>(_fields);
    }

    /// <summary>Fields in definition order (extensions appended).</summary>
    public IReadOnlyDictionary<string, GraphQLInputField> Fields { get; }

    /// <summary>True when marked @oneOf: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; internal set; }

    public GraphQLInputField? GetField(string name) => _fields.GetValueOrDefault(name);

    internal void AddField(GraphQLInputField field) => _fields.TryAdd(field.Name, field);
}
