using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types.Building;

internal sealed partial class SdlValidator
{
    private void VisitType(TypeDefinition type)
    {
        var name = type.Name.Value;
        var isExtension = SchemaBuilder.IsExtension(type);

        // Rules in graphql-js order: UniqueTypeNames, UniqueEnumValueNames, UniqueFieldDefinitionNames,
        // UniqueArgumentDefinitionNames, UniqueDirectivesPerLocation, PossibleTypeExtensions.
        if (!isExtension && !_knownTypeNames.TryAdd(name, type.Name))
        {
            _errors.Add($"There can be only one type named \"{name}\".", _knownTypeNames[name], type.Name);
        }

        switch (type)
        {
            case EnumTypeDefinition e:
                CheckUniqueEnumValues(name, e.Values);
                break;
            case EnumTypeExtension e:
                CheckUniqueEnumValues(name, e.Values);
                break;
        }

        var fields = SchemaBuilder.FieldsOf(type);
        if (fields is not null)
        {
            CheckUniqueFields(name, fields.Select(f => f.Name));
            foreach (var field in fields)
            {
                CheckArgumentDefinitions($"{name}.{field.Name.Value}", field.Arguments);
            }
        }

        var inputFields = SchemaBuilder.InputFieldsOf(type);
        if (inputFields is not null)
        {
            CheckUniqueFields(name, inputFields.Select(f => f.Name));
        }

        if (!_typeDirectives.TryGetValue(name, out var seenDirectives))
        {
            seenDirectives = new Dictionary<string, Directive>(StringComparer.Ordinal);
            _typeDirectives[name] = seenDirectives;
        }

        CheckUniquePerLocation(type.Directives, seenDirectives);
        if (isExtension)
        {
            CheckExtension(type);
        }

        // Children in graphql-js visit order: interfaces, directives, then fields/values/members.
        foreach (var iface in SchemaBuilder.InterfacesOf(type))
        {
            CheckNamedType(iface, isSdl: true);
        }

        VisitDirectives(type.Directives, LocationOf(type));
        VisitTypeChildren(type);
    }

    private void VisitTypeChildren(TypeDefinition type)
    {
        switch (type)
        {
            case ObjectTypeDefinition or ObjectTypeExtension or InterfaceTypeDefinition or InterfaceTypeExtension:
                foreach (var field in SchemaBuilder.FieldsOf(type)!)
                {
                    CheckUniquePerLocation(field.Directives, []);
                    foreach (var argument in field.Arguments)
                    {
                        VisitInputValue(argument, "ARGUMENT_DEFINITION");
                    }

                    CheckNamedType(field.Type, isSdl: true);
                    VisitDirectives(field.Directives, "FIELD_DEFINITION");
                }

                break;
            case UnionTypeDefinition or UnionTypeExtension:
                foreach (var member in SchemaBuilder.UnionMembersOf(type))
                {
                    CheckNamedType(member, isSdl: true);
                }

                break;
            case EnumTypeDefinition or EnumTypeExtension:
                foreach (var value in SchemaBuilder.EnumValuesOf(type))
                {
                    CheckDirectives(value.Directives, [], "ENUM_VALUE");
                }

                break;
            case InputObjectTypeDefinition or InputObjectTypeExtension:
                // graphql-js 16 calls fields of an *extension* ARGUMENT_DEFINITION here (it only checks for
                // InputObjectTypeDefinition); the spec location is INPUT_FIELD_DEFINITION for both, as used here.
                foreach (var field in SchemaBuilder.InputFieldsOf(type)!)
                {
                    VisitInputValue(field, "INPUT_FIELD_DEFINITION");
                }

                break;
        }
    }

    private void VisitInputValue(InputValueDefinition value, string location)
    {
        CheckUniquePerLocation(value.Directives, []);
        CheckNamedType(value.Type, isSdl: true);
        if (value.DefaultValue is { } defaultValue)
        {
            CheckUniqueInputFields(defaultValue);
        }

        VisitDirectives(value.Directives, location);
    }

    private void CheckUniqueEnumValues(string typeName, IReadOnlyList<EnumValueDefinition> values)
    {
        if (!_knownEnumValues.TryGetValue(typeName, out var known))
        {
            known = new Dictionary<string, Name>(StringComparer.Ordinal);
            _knownEnumValues[typeName] = known;
        }

        foreach (var value in values)
        {
            if (!known.TryAdd(value.Name.Value, value.Name))
            {
                _errors.Add(
                    $"Enum value \"{typeName}.{value.Name.Value}\" can only be defined once.",
                    known[value.Name.Value],
                    value.Name);
            }
        }
    }

    private void CheckUniqueFields(string typeName, IEnumerable<Name> names)
    {
        if (!_knownFieldNames.TryGetValue(typeName, out var known))
        {
            known = new Dictionary<string, Name>(StringComparer.Ordinal);
            _knownFieldNames[typeName] = known;
        }

        foreach (var name in names)
        {
            if (!known.TryAdd(name.Value, name))
            {
                _errors.Add($"Field \"{typeName}.{name.Value}\" can only be defined once.", known[name.Value], name);
            }
        }
    }

    private void CheckExtension(TypeDefinition extension)
    {
        var name = extension.Name.Value;
        var kind = ExtensionKind(extension);
        if (_definedTypes.TryGetValue(name, out var definition))
        {
            if (ExtensionKind(definition) != kind)
            {
                _errors.Add($"Cannot extend non-{kind} type \"{name}\".", definition, extension);
            }

            return;
        }

        var suggestions = Suggestions.List(name, _definedTypeNames);
        _errors.Add($"Cannot extend type \"{name}\" because it is not defined." + Suggestions.DidYouMean(suggestions), extension.Name);
    }

    private static string ExtensionKind(TypeDefinition type) => type switch
    {
        ScalarTypeDefinition or ScalarTypeExtension => "scalar",
        ObjectTypeDefinition or ObjectTypeExtension => "object",
        InterfaceTypeDefinition or InterfaceTypeExtension => "interface",
        UnionTypeDefinition or UnionTypeExtension => "union",
        EnumTypeDefinition or EnumTypeExtension => "enum",
        _ => "input object",
    };

    private static string LocationOf(TypeDefinition type) => type switch
    {
        ScalarTypeDefinition or ScalarTypeExtension => "SCALAR",
        ObjectTypeDefinition or ObjectTypeExtension => "OBJECT",
        InterfaceTypeDefinition or InterfaceTypeExtension => "INTERFACE",
        UnionTypeDefinition or UnionTypeExtension => "UNION",
        EnumTypeDefinition or EnumTypeExtension => "ENUM",
        _ => "INPUT_OBJECT",
    };
}
