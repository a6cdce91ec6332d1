namespace Throughline.GraphQL.Types.Building;

/// <summary>
/// Attaches a <see cref="ResolverMap"/> to a built schema. A binding naming a type or field the SDL does not
/// define is an error (with a suggestion), so a typo cannot silently leave the default resolver in place.
/// </summary>
internal sealed class ResolverBinder(GraphQLSchema schema, SchemaErrors errors)
{
    public void Bind(ResolverMap resolvers)
    {
        foreach (var (typeName, fieldName, resolver) in resolvers.Fields)
        {
            if (Find<GraphQLFieldsType>(typeName, "an object or interface type", "field resolver") is not { } type)
            {
                continue;
            }

            if (type.GetField(fieldName) is { } field)
            {
                field.Resolver = resolver;
            }
            else
            {
                errors.Add(
                    $"Resolver bound to \"{typeName}.{fieldName}\", but type \"{typeName}\" has no field \"{fieldName}\"."
                    + Suggestions.DidYouMean(Suggestions.List(fieldName, type.Fields.Keys)));
            }
        }

        foreach (var (typeName, binding) in resolvers.Scalars)
        {
            if (Find<GraphQLScalarType>(typeName, "a scalar", "scalar binding") is { } scalar)
            {
                if (SpecifiedScalars.IsSpecified(scalar))
                {
                    errors.Add($"Scalar binding for \"{typeName}\": the built-in scalars cannot be rebound.");
                }
                else
                {
                    scalar.Binding = binding;
                }
            }
        }

        foreach (var (typeName, resolver) in resolvers.TypeResolvers)
        {
            switch (Find<GraphQLNamedType>(typeName, "an interface or union", "type resolver"))
            {
                case GraphQLInterfaceType iface:
                    iface.ResolveType = resolver;
                    break;
                case GraphQLUnionType union:
                    union.ResolveType = resolver;
                    break;
                case { } other:
                    errors.Add($"Type resolver bound to \"{typeName}\", but \"{other.Name}\" is not an interface or union.");
                    break;
            }
        }

        foreach (var (typeName, check) in resolvers.IsTypeOfChecks)
        {
            if (Find<GraphQLObjectType>(typeName, "an object type", "IsTypeOf check") is { } type)
            {
                type.IsTypeOf = check;
            }
        }

        foreach (var (typeName, values) in resolvers.EnumValueBindings)
        {
            if (Find<GraphQLEnumType>(typeName, "an enum", "enum value binding") is { } enumType)
            {
                BindEnumValues(enumType, values);
            }
        }
    }

    private void BindEnumValues(GraphQLEnumType enumType, IReadOnlyDictionary<string, object?> values)
    {
        foreach (var (name, internalValue) in values)
        {
            if (enumType.GetValue(name) is { } value)
            {
                value.Value = internalValue;
            }
            else
            {
                errors.Add(
                    $"Enum value binding for \"{enumType.Name}.{name}\", but enum \"{enumType.Name}\" has no value \"{name}\"."
                    + Suggestions.DidYouMean(Suggestions.List(name, enumType.Values.Select(v => v.Name))));
            }
        }
    }

    private T? Find<T>(string typeName, string expectedKind, string what)
        where T : GraphQLNamedType
    {
        var type = schema.GetType(typeName);
        if (type is null || type.IsIntrospectionType)
        {
            var names = schema.Types.Values.Where(t => t is T && !t.IsIntrospectionType).Select(t => t.Name);
            errors.Add(
                $"{char.ToUpperInvariant(what[0])}{what[1..]} bound to \"{typeName}\", but the schema has no type \"{typeName}\"."
                + Suggestions.DidYouMean(Suggestions.List(typeName, names)));
            return null;
        }

        if (type is not T typed)
        {
            errors.Add(
                $"{char.ToUpperInvariant(what[0])}{what[1..]} bound to \"{typeName}\", but \"{typeName}\" is not {expectedKind}.");
            return null;
        }

        return typed;
    }
}
