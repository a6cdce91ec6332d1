using Throughline.GraphQL.Introspection;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL;

// The meta-fields every query can ask for. They are ordinary fields with resolvers, so the executor answers
// introspection by resolving fields like any other (graphql-js SchemaMetaFieldDef, TypeMetaFieldDef, TypeNameMetaFieldDef).
public sealed partial class GraphQLSchema
{
    /// <summary><c>__schema: __Schema!</c>, valid on the query root type only.</summary>
    public static GraphQLField SchemaMetaField { get; } = new(
        "__schema",
        new GraphQLNonNull(IntrospectionTypes.Schema),
        "Access the current type schema of this server.",
        resolver: context => ValueTask.FromResult<object?>(context.Schema));

    /// <summary><c>__type(name: String!): __Type</c>, valid on the query root type only.</summary>
    public static GraphQLField TypeMetaField { get; } = new(
        "__type",
        IntrospectionTypes.Type,
        "Request the type information of a single type.",
        [new GraphQLArgument("name", new GraphQLNonNull(SpecifiedScalars.String))],
        resolver: context => ValueTask.FromResult<object?>(
            context.GetArgument<string>("name") is { } name ? context.Schema.GetType(name) : null));

    /// <summary><c>__typename: String!</c>, valid on every object, interface and union.</summary>
    public static GraphQLField TypeNameMetaField { get; } = new(
        "__typename",
        new GraphQLNonNull(SpecifiedScalars.String),
        "The name of the current Object type at runtime.",
        resolver: context => ValueTask.FromResult<object?>(context.ParentType.Name));

    /// <summary>
    /// The field <paramref name="fieldName"/> of <paramref name="parentType"/>, including the meta-fields where
    /// they apply (graphql-js getFieldDef). Null when there is no such field.
    /// </summary>
    public GraphQLField? GetField(GraphQLNamedType parentType, string fieldName)
    {
        switch (fieldName)
        {
            case "__schema" when ReferenceEquals(parentType, QueryType):
                return SchemaMetaField;
            case "__type" when ReferenceEquals(parentType, QueryType):
                return TypeMetaField;
            case "__typename" when parentType.IsCompositeType:
                return TypeNameMetaField;
        }

        return (parentType as GraphQLFieldsType)?.GetField(fieldName);
    }
}
