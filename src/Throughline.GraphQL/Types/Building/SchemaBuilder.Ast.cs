using System.Text;
using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types.Building;

// Uniform access to the parts of type definitions and their extensions, which are distinct AST records.
internal sealed partial class SchemaBuilder
{
    public static bool IsExtension(TypeDefinition type) => type is ScalarTypeExtension or ObjectTypeExtension
        or InterfaceTypeExtension or UnionTypeExtension or EnumTypeExtension or InputObjectTypeExtension;

    public static IReadOnlyList<FieldDefinition>? FieldsOf(TypeDefinition type) => type switch
    {
        ObjectTypeDefinition d => d.Fields,
        ObjectTypeExtension e => e.Fields,
        InterfaceTypeDefinition d => d.Fields,
        InterfaceTypeExtension e => e.Fields,
        _ => null,
    };

    public static IReadOnlyList<NamedType> InterfacesOf(TypeDefinition type) => type switch
    {
        ObjectTypeDefinition d => d.Interfaces,
        ObjectTypeExtension e => e.Interfaces,
        InterfaceTypeDefinition d => d.Interfaces,
        InterfaceTypeExtension e => e.Interfaces,
        _ => [],
    };

    public static IReadOnlyList<InputValueDefinition>? InputFieldsOf(TypeDefinition type) => type switch
    {
        InputObjectTypeDefinition d => d.Fields,
        InputObjectTypeExtension e => e.Fields,
        _ => null,
    };

    public static IReadOnlyList<NamedType> UnionMembersOf(TypeDefinition type) => type switch
    {
        UnionTypeDefinition d => d.Types,
        UnionTypeExtension e => e.Types,
        _ => [],
    };

    public static IReadOnlyList<EnumValueDefinition> EnumValuesOf(TypeDefinition type) => type switch
    {
        EnumTypeDefinition d => d.Values,
        EnumTypeExtension e => e.Values,
        _ => [],
    };

    public static string PrintTypeNode(TypeNode type)
    {
        var builder = new StringBuilder();
        Append(type);
        return builder.ToString();

        void Append(TypeNode node)
        {
            switch (node)
            {
                case NamedType named:
                    builder.Append(named.Name.Value);
                    break;
                case ListType list:
                    builder.Append('[');
                    Append(list.Type);
                    builder.Append(']');
                    break;
                case NonNullType nonNull:
                    Append(nonNull.Type);
                    builder.Append('!');
                    break;
            }
        }
    }

    private static string? DescriptionOf(StringValue? description) => description?.Value;
}
