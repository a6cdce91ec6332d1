using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

/// <summary>graphql-js typeFromAST: the schema type a type reference names, or null when the name is unknown.</summary>
internal static class TypeFromAst
{
    public static GraphQLType? Resolve(GraphQLSchema schema, TypeNode node) => node switch
    {
        NamedType named => schema.GetType(named.Name.Value),
        ListType list => Resolve(schema, list.Type) is { } item ? new GraphQLList(item) : null,
        NonNullType nonNull => Resolve(schema, nonNull.Type) is { } inner and not GraphQLNonNull
            ? new GraphQLNonNull(inner)
            : null,
        _ => null,
    };
}
