using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Execution;

/// <summary>Resolves and prints type references written in a document.</summary>
internal static class TypeReferences
{
    /// <summary>graphql-js typeFromAST: null when the named type is not in the schema.</summary>
    public static GraphQLType? FromAst(GraphQLSchema schema, TypeNode node) => node switch
    {
        NamedType named => schema.GetType(named.Name.Value),
        ListType list => FromAst(schema, list.Type) is { } item ? new GraphQLList(item) : null,
        NonNullType nonNull => FromAst(schema, nonNull.Type) is { } inner ? new GraphQLNonNull(inner) : null,
        _ => null,
    };

    public static string Print(TypeNode node) => node switch
    {
        NamedType named => named.Name.Value,
        ListType list => $"[{Print(list.Type)}]",
        NonNullType nonNull => $"{Print(nonNull.Type)}!",
        _ => string.Empty,
    };
}
