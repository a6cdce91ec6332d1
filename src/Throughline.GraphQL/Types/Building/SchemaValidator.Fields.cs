using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types.Building;

internal sealed partial class SchemaValidator
{
    private void ValidateFields(GraphQLFieldsType type)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Type {type.Name} must define one or more fields.", [type.AstNode, .. type.ExtensionAstNodes]);
        }

        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode);
            if (!IsOutput(field.Type))
            {
                errors.Add(
                    $"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, argument.AstNode);
                if (!IsInput(argument.Type))
                {
                    errors.Add(
                        $"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.",
                        argument.AstNode?.Type);
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    errors.Add(
                        $"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.",
                        DeprecatedDirectiveNode(argument.AstNode),
                        argument.AstNode?.Type);
                }
            }
        }
    }

    private void ValidateInterfaces(GraphQLFieldsType type)
    {
        foreach (var (owner, node) in builder.NonInterfaces)
        {
            if (ReferenceEquals(owner, type)
                && schema.GetType(node.Name.Value) is { } named && !builder.IsUnknown(named))
            {
                errors.Add(
                    $"Type {type.Name} must only implement Interface types, it cannot implement {node.Name.Value}.",
                    ImplementsNodes(type, node.Name.Value).ToArray());
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                errors.Add(
                    $"Type {type.Name} cannot implement itself because it would create a circular reference.",
                    ImplementsNodes(type, iface.Name).ToArray());
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                errors.Add($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface.Name).ToArray());
                continue;
            }

            ValidateImplementsAncestors(type, iface);
            ValidateImplementsInterface(type, iface);
        }
    }

    private void ValidateImplementsInterface(GraphQLFieldsType type, GraphQLInterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields.Values)
        {
            var name = ifaceField.Name;
            if (type.GetField(name) is not { } typeField)
            {
                errors.Add(
                    $"Interface field {iface.Name}.{name} expected but {type.Name} does not provide it.",
                    [ifaceField.AstNode, type.AstNode, .. type.ExtensionAstNodes]);
                continue;
            }

            if (!IsTypeSubTypeOf(typeField.Type, ifaceField.Type))
            {
                errors.Add(
                    $"Interface field {iface.Name}.{name} expects type {ifaceField.Type} but {type.Name}.{name} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type,
                    typeField.AstNode?.Type);
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                if (typeField.GetArgument(ifaceArg.Name) is not { } typeArg)
                {
                    errors.Add(
                        $"Interface field argument {iface.Name}.{name}({ifaceArg.Name}:) expected but {type.Name}.{name} does not provide it.",
                        ifaceArg.AstNode,
                        typeField.AstNode);
                    continue;
                }

                if (!GraphQLType.AreEqual(ifaceArg.Type, typeArg.Type) && !HasUnknown(ifaceArg.Type, typeArg.Type))
                {
                    errors.Add(
                        $"Interface field argument {iface.Name}.{name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{name}({ifaceArg.Name}:) is type {typeArg.Type}.",
                        ifaceArg.AstNode?.Type,
                        typeArg.AstNode?.Type);
                }
            }

            foreach (var typeArg in typeField.Arguments)
            {
                if (ifaceField.GetArgument(typeArg.Name) is null && typeArg.IsRequired)
                {
                    errors.Add(
                        $"Object field {type.Name}.{name} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{name}.",
                        typeArg.AstNode,
                        ifaceField.AstNode);
                }
            }
        }
    }

    private void ValidateImplementsAncestors(GraphQLFieldsType type, GraphQLInterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                errors.Add(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                    [.. ImplementsNodes(iface, transitive.Name), .. ImplementsNodes(type, iface.Name)]);
            }
        }
    }

    // graphql-js isTypeSubTypeOf: covariant output types.
    private bool IsTypeSubTypeOf(GraphQLType maybeSubType, GraphQLType superType)
    {
        if (GraphQLType.AreEqual(maybeSubType, superType) || HasUnknown(maybeSubType, superType))
        {
            return true;
        }

        if (superType is GraphQLNonNull superNonNull)
        {
            return maybeSubType is GraphQLNonNull subNonNull && IsTypeSubTypeOf(subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is GraphQLNonNull nonNull)
        {
            return IsTypeSubTypeOf(nonNull.OfType, superType);
        }

        if (superType is GraphQLList superList)
        {
            return maybeSubType is GraphQLList subList && IsTypeSubTypeOf(subList.OfType, superList.OfType);
        }

        return maybeSubType is not GraphQLList
            && superType is IGraphQLAbstractType abstractType
            && maybeSubType is GraphQLFieldsType sub
            && schema.IsSubType(abstractType, sub);
    }

    private bool HasUnknown(GraphQLType a, GraphQLType b) =>
        builder.IsUnknown(a.GetNamedType()) || builder.IsUnknown(b.GetNamedType());

    private static IEnumerable<Node> ImplementsNodes(GraphQLNamedType type, string interfaceName) =>
        new[] { type.AstNode }.Concat(type.ExtensionAstNodes)
            .Where(n => n is not null)
            .SelectMany(n => SchemaBuilder.InterfacesOf(n!))
            .Where(i => i.Name.Value == interfaceName);
}
