using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types.Building;

// graphql-js extendSchemaImpl's buildType: definition first, then its extensions in document order.
internal sealed partial class SchemaBuilder
{
    private static GraphQLNamedType CreateShell(TypeDefinition definition)
    {
        var name = definition.Name.Value;
        var description = DescriptionOf(definition.Description);
        return definition switch
        {
            ScalarTypeDefinition d => new GraphQLScalarType(name, description, DirectiveValues.SpecifiedByUrl(d.Directives)) { AstNode = d },
            ObjectTypeDefinition d => new GraphQLObjectType(name, description) { AstNode = d },
            InterfaceTypeDefinition d => new GraphQLInterfaceType(name, description) { AstNode = d },
            UnionTypeDefinition d => new GraphQLUnionType(name, description) { AstNode = d },
            EnumTypeDefinition d => new GraphQLEnumType(name, description) { AstNode = d },
            InputObjectTypeDefinition d => new GraphQLInputObjectType(name, description, DirectiveValues.IsOneOf(d.Directives)) { AstNode = d },
            _ => throw new ArgumentException($"Unexpected definition {definition.GetType().Name}.", nameof(definition)),
        };
    }

    private void Populate(GraphQLNamedType type, TypeDefinition definition)
    {
        var extensions = _extensions.GetValueOrDefault(definition.Name.Value) ?? [];
        type.ExtensionAstNodes = extensions.Where(e => KindMatches(definition, e)).ToList();
        List<TypeDefinition> nodes = [definition, .. type.ExtensionAstNodes];
        switch (type)
        {
            case GraphQLFieldsType fieldsType:
                foreach (var node in nodes)
                {
                    foreach (var iface in InterfacesOf(node))
                    {
                        if (ResolveNamed(iface.Name.Value) is GraphQLInterfaceType interfaceType)
                        {
                            fieldsType.AddInterface(interfaceType);
                        }
                        else
                        {
                            NonInterfaces.Add((fieldsType, iface));
                        }
                    }

                    foreach (var field in FieldsOf(node) ?? [])
                    {
                        fieldsType.AddField(BuildField(field));
                    }
                }

                break;
            case GraphQLUnionType union:
                foreach (var member in nodes.SelectMany(UnionMembersOf))
                {
                    if (ResolveNamed(member.Name.Value) is GraphQLObjectType objectType)
                    {
                        union.AddType(objectType);
                    }
                    else
                    {
                        NonObjectMembers.Add((union, member));
                    }
                }

                break;
            case GraphQLEnumType enumType:
                foreach (var value in nodes.SelectMany(EnumValuesOf))
                {
                    enumType.AddValue(new GraphQLEnumValue(
                        value.Name.Value, DescriptionOf(value.Description), DirectiveValues.DeprecationReason(value.Directives))
                    {
                        AstNode = value,
                    });
                }

                break;
            case GraphQLInputObjectType input:
                foreach (var field in nodes.SelectMany(n => InputFieldsOf(n) ?? []))
                {
                    input.AddField(new GraphQLInputField(
                        field.Name.Value,
                        ResolveType(field.Type),
                        DescriptionOf(field.Description),
                        field.DefaultValue,
                        DirectiveValues.DeprecationReason(field.Directives))
                    {
                        AstNode = field,
                    });
                }

                break;
        }
    }

    /// <summary>Interfaces named in "implements" that are not interfaces (validation reports them).</summary>
    public List<(GraphQLFieldsType Type, NamedType Node)> NonInterfaces { get; } = [];

    /// <summary>Union members that are not object types (validation reports them).</summary>
    public List<(GraphQLUnionType Union, NamedType Node)> NonObjectMembers { get; } = [];

    private static bool KindMatches(TypeDefinition definition, TypeDefinition extension) => (definition, extension) switch
    {
        (ScalarTypeDefinition, ScalarTypeExtension) => true,
        (ObjectTypeDefinition, ObjectTypeExtension) => true,
        (InterfaceTypeDefinition, InterfaceTypeExtension) => true,
        (UnionTypeDefinition, UnionTypeExtension) => true,
        (EnumTypeDefinition, EnumTypeExtension) => true,
        (InputObjectTypeDefinition, InputObjectTypeExtension) => true,
        _ => false,
    };

    private GraphQLField BuildField(FieldDefinition field) => new(
        field.Name.Value,
        ResolveType(field.Type),
        DescriptionOf(field.Description),
        field.Arguments.DistinctBy(a => a.Name.Value).Select(BuildArgument).ToList(),
        DirectiveValues.DeprecationReason(field.Directives))
    {
        AstNode = field,
    };

    private GraphQLArgument BuildArgument(InputValueDefinition argument) => new(
        argument.Name.Value,
        ResolveType(argument.Type),
        DescriptionOf(argument.Description),
        argument.DefaultValue,
        DirectiveValues.DeprecationReason(argument.Directives))
    {
        AstNode = argument,
    };

    private GraphQLDirective BuildDirective(DirectiveDefinition definition)
    {
        var locations = new List<DirectiveLocation>();
        foreach (var location in definition.Locations)
        {
            if (DirectiveLocations.TryParse(location.Value, out var parsed))
            {
                locations.Add(parsed);
            }
            else
            {
                _errors.Add($"Unknown directive location \"{location.Value}\".", location);
            }
        }

        return new GraphQLDirective(
            definition.Name.Value,
            locations,
            definition.Arguments.DistinctBy(a => a.Name.Value).Select(BuildArgument).ToList(),
            DescriptionOf(definition.Description),
            definition.Repeatable,
            DirectiveValues.DeprecationReason(definition.Directives))
        {
            AstNode = definition,
        };
    }
}
