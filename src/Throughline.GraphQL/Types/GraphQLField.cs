using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

/// <summary>A field of an object or interface type. https://spec.graphql.org/October2021/#FieldsDefinition</summary>
public sealed class GraphQLField
{
    public GraphQLField(
        string name,
        GraphQLType type,
        string? description = null,
        IReadOnlyList<GraphQLArgument>? arguments = null,
        string? deprecationReason = null,
        FieldResolver? resolver = null)
    {
        Name = name;
        Type = type;
        Description = description;
        Arguments = arguments ?? [];
        DeprecationReason = deprecationReason;
        Resolver = resolver;
    }

    public string Name { get; }

    public string? Description { get; }

    public GraphQLType Type { get; }

    /// <summary>Arguments in definition order.</summary>
    public IReadOnlyList<GraphQLArgument> Arguments { get; }

    /// <summary>Reason given by @deprecated, or null when the field is not deprecated.</summary>
    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Bound resolver; null means the executor's default resolver.</summary>
    public FieldResolver? Resolver { get; internal set; }

    public FieldDefinition? AstNode { get; internal init; }

    public GraphQLArgument? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    public override string ToString() => $"{Name}: {Type}";
}
