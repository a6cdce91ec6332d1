using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types.Building;

internal sealed partial class SchemaValidator
{
    private void ValidateUnionMembers(GraphQLUnionType union)
    {
        var nonObjects = builder.NonObjectMembers
            .Where(m => ReferenceEquals(m.Union, union) && schema.GetType(m.Node.Name.Value) is { } t && !builder.IsUnknown(t))
            .ToList();
        var unknownMembers = builder.NonObjectMembers
            .Count(m => ReferenceEquals(m.Union, union) && (schema.GetType(m.Node.Name.Value) is not { } t || builder.IsUnknown(t)));
        if (union.Types.Count == 0 && nonObjects.Count == 0 && unknownMembers == 0)
        {
            errors.Add(
                $"Union type {union.Name} must define one or more member types.", [union.AstNode, .. union.ExtensionAstNodes]);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                errors.Add(
                    $"Union type {union.Name} can only include type {member.Name} once.",
                    MemberNodes(union, member.Name).ToArray());
            }
        }

        foreach (var (_, node) in nonObjects)
        {
            errors.Add(
                $"Union type {union.Name} can only include Object types, it cannot include {node.Name.Value}.",
                MemberNodes(union, node.Name.Value).ToArray());
        }
    }

    private void ValidateEnumValues(GraphQLEnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add(
                $"Enum type {enumType.Name} must define one or more values.", [enumType.AstNode, .. enumType.ExtensionAstNodes]);
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, value.AstNode);
        }
    }

    private void ValidateInputFields(GraphQLInputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add(
                $"Input Object type {input.Name} must define one or more fields.", [input.AstNode, .. input.ExtensionAstNodes]);
        }

        foreach (var field in input.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode);
            if (!IsInput(field.Type))
            {
                errors.Add(
                    $"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                errors.Add(
                    $"Required input field {input.Name}.{field.Name} cannot be deprecated.",
                    DeprecatedDirectiveNode(field.AstNode),
                    field.AstNode?.Type);
            }

            if (input.IsOneOf)
            {
                if (field.Type is GraphQLNonNull)
                {
                    errors.Add($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    errors.Add(
                        $"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }

    private static IEnumerable<Node> MemberNodes(GraphQLUnionType union, string typeName) =>
        new[] { union.AstNode }.Concat(union.ExtensionAstNodes)
            .Where(n => n is not null)
            .SelectMany(n => SchemaBuilder.UnionMembersOf(n!))
            .Where(t => t.Name.Value == typeName);
}
