using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class GraphQLNamedType : GraphQLType
{
    private protected GraphQLNamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; }

    /// <summary>The SDL definition the type was built from (null for built-in types).</summary>
    public TypeDefinition? AstNode { get; internal init; }

    /// <summary>The <c>extend ...</c> nodes merged into this type, in document order.</summary>
    public IReadOnlyList<TypeDefinition> ExtensionAstNodes { get; internal set; } = [];

    /// <summary>True for the introspection types (__Schema, __Type, ...).</summary>
    public bool IsIntrospectionType => Name.StartsWith("__", StringComparison.Ordinal);

    public override string ToString() => Name;
}
