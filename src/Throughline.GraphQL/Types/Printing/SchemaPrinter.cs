using System.Text;
using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types.Printing;

/// <summary>
/// graphql-js printSchema: schema definition (unless the roots use the standard names), directives that are
/// not built in, then every type that is not a built-in scalar or introspection type, in type-map order.
/// </summary>
internal static class SchemaPrinter
{
    public static string Print(GraphQLSchema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(d => !SpecifiedDirectives.All.Contains(d)).Select(PrintDirective));
        parts.AddRange(schema.Types.Values
            .Where(t => !SpecifiedScalars.IsSpecified(t) && !t.IsIntrospectionType)
            .Select(PrintType));
        return string.Join("\n\n", parts);
    }

    private static string? PrintSchemaDefinition(GraphQLSchema schema)
    {
        var commonNames = schema.QueryType?.Name is null or "Query"
            && schema.MutationType?.Name is null or "Mutation"
            && schema.SubscriptionType?.Name is null or "Subscription";
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var operationTypes = new List<string>();
        if (schema.QueryType is { } query)
        {
            operationTypes.Add($"  query: {query.Name}");
        }

        if (schema.MutationType is { } mutation)
        {
            operationTypes.Add($"  mutation: {mutation.Name}");
        }

        if (schema.SubscriptionType is { } subscription)
        {
            operationTypes.Add($"  subscription: {subscription.Name}");
        }

        return Description(schema.Description) + $"schema {{\n{string.Join('\n', operationTypes)}\n}}";
    }

    private static string PrintType(GraphQLNamedType type) => type switch
    {
        GraphQLScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar),
        GraphQLObjectType obj => Description(obj.Description) + "type " + obj.Name + Interfaces(obj) + Fields(obj),
        GraphQLInterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Interfaces(iface) + Fields(iface),
        GraphQLUnionType union => Description(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        GraphQLEnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Block(enumType.Values
            .Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        GraphQLInputObjectType input => Description(input.Description) + "input " + input.Name
            + (input.IsOneOf ? " @oneOf" : string.Empty)
            + Block(input.Fields.Values.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException($"Unexpected type: {type}", nameof(type)),
    };

    private static string PrintDirective(GraphQLDirective directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments)
        + Deprecated(directive.DeprecationReason) + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static string Interfaces(GraphQLFieldsType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(GraphQLFieldsType type) => Block(type.Fields.Values.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type
        + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join('\n', list) + "\n}" : string.Empty;
    }

    private static string Arguments(IReadOnlyList<GraphQLArgument> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        // Without descriptions the arguments fit on one line.
        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        var builder = new StringBuilder("(\n");
        builder.AppendJoin('\n', arguments.Select((a, i) =>
            Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a)));
        return builder.Append('\n').Append(indentation).Append(')').ToString();
    }

    private static string InputValue(GraphQLInputValue value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (DefaultValues.Print(value) is { } defaultValue)
        {
            declaration += " = " + defaultValue;
        }

        return declaration + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        SpecifiedDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + ValueText.PrintString(reason) + ")",
    };

    private static string SpecifiedBy(GraphQLScalarType scalar) =>
        scalar.SpecifiedByUrl is { } url ? " @specifiedBy(url: " + ValueText.PrintString(url) + ")" : string.Empty;

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var text = BlockString.IsPrintable(description) ? BlockString.Print(description) : ValueText.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + text.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
