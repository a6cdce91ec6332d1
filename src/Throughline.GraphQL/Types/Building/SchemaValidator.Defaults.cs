using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types.Building;

// Beyond graphql-js 16 (which silently drops a default that does not coerce): a default value that is not
// valid for its type is reported, so resolvers never see a default the SDL author did not get.
internal sealed partial class SchemaValidator
{
    private void ValidateDefaultValues()
    {
        foreach (var directive in schema.Directives.Where(d => d.AstNode is not null))
        {
            foreach (var argument in directive.Arguments)
            {
                ValidateDefault($"argument @{directive.Name}({argument.Name}:)", argument);
            }
        }

        foreach (var type in schema.Types.Values.Where(t => t.AstNode is not null))
        {
            switch (type)
            {
                case GraphQLFieldsType fieldsType:
                    foreach (var field in fieldsType.Fields.Values)
                    {
                        foreach (var argument in field.Arguments)
                        {
                            ValidateDefault($"argument {type.Name}.{field.Name}({argument.Name}:)", argument);
                        }
                    }

                    break;
                case GraphQLInputObjectType input:
                    foreach (var field in input.Fields.Values)
                    {
                        ValidateDefault($"input field {input.Name}.{field.Name}", field);
                    }

                    break;
            }
        }
    }

    private void ValidateDefault(string what, GraphQLInputValue value)
    {
        if (value.DefaultValue is not { } literal || !IsInput(value.Type) || ContainsUnknown(value.Type, []))
        {
            return;
        }

        if (DefaultValues.Canonicalize(literal, value.Type) is null)
        {
            errors.Add($"Default value {Printer.Print(literal)} of {what} is not a valid {value.Type}.", literal);
        }
    }

    // Inputs referring (possibly through input objects) to undefined types were reported already.
    private bool ContainsUnknown(GraphQLType type, HashSet<string> seen)
    {
        var named = type.GetNamedType();
        if (builder.IsUnknown(named))
        {
            return true;
        }

        return named is GraphQLInputObjectType input && seen.Add(input.Name)
            && input.Fields.Values.Any(f => ContainsUnknown(f.Type, seen));
    }
}
