using Throughline.GraphQL.Introspection;
using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types.Building;

/// <summary>
/// graphql-js validateSchema with its messages: root types, directives, then every type in type-map order.
/// References to undefined types were already reported by the SDL rules and are skipped here.
/// </summary>
internal sealed partial class SchemaValidator(GraphQLSchema schema, SchemaErrors errors, SchemaBuilder builder)
{
    public void Validate()
    {
        ValidateRootTypes();
        ValidateDirectives();
        var cycles = new InputCycleDetector(errors);
        foreach (var type in schema.Types.Values)
        {
            if (builder.IsUnknown(type))
            {
                continue;
            }

            if (!IntrospectionTypes.All.Contains(type))
            {
                ValidateName(type.Name, type.AstNode);
            }

            switch (type)
            {
                case GraphQLFieldsType fieldsType when !IntrospectionTypes.All.Contains(type):
                    ValidateFields(fieldsType);
                    ValidateInterfaces(fieldsType);
                    break;
                case GraphQLUnionType union:
                    ValidateUnionMembers(union);
                    break;
                case GraphQLEnumType enumType when !IntrospectionTypes.All.Contains(type):
                    ValidateEnumValues(enumType);
                    break;
                case GraphQLInputObjectType input:
                    ValidateInputFields(input);
                    cycles.Detect(input);
                    break;
            }
        }

        ValidateDefaultValues();
    }

    private void ValidateRootTypes()
    {
        var roots = builder.RootTypeCandidates;
        if (!roots.TryGetValue(OperationType.Query, out var query))
        {
            errors.Add("Query root type must be provided.", schema.AstNode);
        }
        else if (query is not GraphQLObjectType && !builder.IsUnknown(query))
        {
            errors.Add($"Query root type must be Object type, it cannot be {query.Name}.", (Node?)OperationTypeNode(OperationType.Query) ?? query.AstNode);
        }

        foreach (var (operation, label) in new[] { (OperationType.Mutation, "Mutation"), (OperationType.Subscription, "Subscription") })
        {
            if (roots.TryGetValue(operation, out var root) && root is not GraphQLObjectType && !builder.IsUnknown(root))
            {
                errors.Add(
                    $"{label} root type must be Object type if provided, it cannot be {root.Name}.",
                    (Node?)OperationTypeNode(operation) ?? root.AstNode);
            }
        }
    }

    private NamedType? OperationTypeNode(OperationType operation) =>
        new Node?[] { schema.AstNode }.Concat(schema.ExtensionAstNodes)
            .SelectMany(n => n switch
            {
                SchemaDefinition d => d.OperationTypes,
                SchemaExtension e => e.OperationTypes,
                _ => [],
            })
            .FirstOrDefault(o => o.Operation == operation)?.Type;

    private void ValidateDirectives()
    {
        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                errors.Add($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, argument.AstNode);
                if (!IsInput(argument.Type))
                {
                    errors.Add(
                        $"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.",
                        argument.AstNode);
                }

                if (argument.IsRequired && argument.IsDeprecated)
                {
                    errors.Add(
                        $"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.",
                        DeprecatedDirectiveNode(argument.AstNode),
                        argument.AstNode?.Type);
                }
            }
        }
    }

    private void ValidateName(string name, Node? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private bool IsInput(GraphQLType type) => type.IsInputType || builder.IsUnknown(type.GetNamedType());

    private bool IsOutput(GraphQLType type) => type.IsOutputType || builder.IsUnknown(type.GetNamedType());

    private static Directive? DeprecatedDirectiveNode(Node? definition) => definition switch
    {
        InputValueDefinition d => d.Directives.FirstOrDefault(x => x.Name.Value == "deprecated"),
        _ => null,
    };
}
