using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

/// <summary>An argument or input field: a typed input slot with an optional default.</summary>
public abstract class GraphQLInputValue
{
    private protected GraphQLInputValue(
        string name, GraphQLType type, string? description, Value? defaultValue, string? deprecationReason)
    {
        Name = name;
        Type = type;
        Description = description;
        DefaultValue = defaultValue;
        DeprecationReason = deprecationReason;
    }

    public string Name { get; }

    public string? Description { get; }

    public GraphQLType Type { get; }

    /// <summary>
    /// The default as written in SDL (a literal, never a variable); null when there is none.
    /// Coerce it with the input type to get the runtime value (a written <c>null</c> is a <see cref="NullValue"/>).
    /// </summary>
    public Value? DefaultValue { get; }

    public bool HasDefaultValue => DefaultValue is not null;

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>True when a value must be provided: non-null type and no default.</summary>
    public bool IsRequired => Type is GraphQLNonNull && DefaultValue is null;

    public InputValueDefinition? AstNode { get; internal init; }

    public override string ToString() => $"{Name}: {Type}";
}

/// <summary>An argument of a field or directive. https://spec.graphql.org/October2021/#ArgumentsDefinition</summary>
public sealed class GraphQLArgument(
    string name,
    GraphQLType type,
    string? description = null,
    Value? defaultValue = null,
    string? deprecationReason = null)
    : GraphQLInputValue(name, type, description, defaultValue, deprecationReason);

/// <summary>A field of an input object type. https://spec.graphql.org/October2021/#InputFieldsDefinition</summary>
public sealed class GraphQLInputField(
    string name,
    GraphQLType type,
    string? description = null,
    Value? defaultValue = null,
    string? deprecationReason = null)
    : GraphQLInputValue(name, type, description, defaultValue, deprecationReason);
