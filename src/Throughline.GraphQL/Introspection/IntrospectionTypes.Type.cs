using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Introspection;

public static partial class IntrospectionTypes
{
    /// <summary>The __TypeKind name of a type.</summary>
    public static string KindOf(GraphQLType type) => type switch
    {
        GraphQLScalarType => "SCALAR",
        GraphQLObjectType => "OBJECT",
        GraphQLInterfaceType => "INTERFACE",
        GraphQLUnionType => "UNION",
        GraphQLEnumType => "ENUM",
        GraphQLInputObjectType => "INPUT_OBJECT",
        GraphQLList => "LIST",
        GraphQLNonNull => "NON_NULL",
        _ => throw new ArgumentException($"Unexpected type: \"{type}\".", nameof(type)),
    };

    private static void AddTypeFields()
    {
        Type.AddField(new GraphQLField("kind", NonNull(TypeKind), resolver: Resolve<GraphQLType>(KindOf)));
        Type.AddField(new GraphQLField(
            "name", SpecifiedScalars.String, resolver: Resolve<GraphQLType>(t => (t as GraphQLNamedType)?.Name)));
        Type.AddField(new GraphQLField(
            "description",
            SpecifiedScalars.String,
            resolver: Resolve<GraphQLType>(t => (t as GraphQLNamedType)?.Description)));
        Type.AddField(new GraphQLField(
            "specifiedByURL",
            SpecifiedScalars.String,
            resolver: Resolve<GraphQLType>(t => (t as GraphQLScalarType)?.SpecifiedByUrl)));
        Type.AddField(new GraphQLField(
            "fields",
            ListOfNonNull(Field),
            arguments: [IncludeDeprecated()],
            resolver: Resolve<GraphQLType>((t, context) => t is GraphQLFieldsType fieldsType
                ? fieldsType.Fields.Values.Where(f => IncludeDeprecatedArgument(context) || !f.IsDeprecated).ToList()
                : null)));
        Type.AddField(new GraphQLField(
            "interfaces",
            ListOfNonNull(Type),
            resolver: Resolve<GraphQLType>(t => (t as GraphQLFieldsType)?.Interfaces)));
        Type.AddField(new GraphQLField(
            "possibleTypes",
            ListOfNonNull(Type),
            resolver: Resolve<GraphQLType>((t, context) => t is IGraphQLAbstractType abstractType
                ? context.Schema.GetPossibleTypes(abstractType)
                : null)));
        Type.AddField(new GraphQLField(
            "enumValues",
            ListOfNonNull(EnumValue),
            arguments: [IncludeDeprecated()],
            resolver: Resolve<GraphQLType>((t, context) => t is GraphQLEnumType enumType
                ? enumType.Values.Where(v => IncludeDeprecatedArgument(context) || !v.IsDeprecated).ToList()
                : null)));
        Type.AddField(new GraphQLField(
            "inputFields",
            ListOfNonNull(InputValue),
            arguments: [IncludeDeprecated()],
            resolver: Resolve<GraphQLType>((t, context) => t is GraphQLInputObjectType inputType
                ? inputType.Fields.Values.Where(f => IncludeDeprecatedArgument(context) || !f.IsDeprecated).ToList()
                : null)));
        Type.AddField(new GraphQLField(
            "ofType",
            Type,
            resolver: Resolve<GraphQLType>(t => t switch
            {
                GraphQLList list => list.OfType,
                GraphQLNonNull nonNull => nonNull.OfType,
                _ => null,
            })));
        Type.AddField(new GraphQLField(
            "isOneOf",
            SpecifiedScalars.Boolean,
            resolver: Resolve<GraphQLType>(t => (t as GraphQLInputObjectType)?.IsOneOf)));
    }
}
