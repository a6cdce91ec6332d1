using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation;

/// <summary>graphql-js typeComparators: sub-typing and overlap of types as validation needs them.</summary>
internal static class TypeComparators
{
    /// <summary>Whether a value of <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is GraphQLNonNull superNonNull)
        {
            return maybeSubType is GraphQLNonNull subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is GraphQLNonNull nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is GraphQLList superList)
        {
            return maybeSubType is GraphQLList subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is GraphQLList)
        {
            return false;
        }

        return superType is IGraphQLAbstractType abstractType
            && maybeSubType is GraphQLInterfaceType or GraphQLObjectType
            && schema.IsSubType(abstractType, (GraphQLNamedType)maybeSubType);
    }

    /// <summary>Whether some object type could be of both types (both are composite named types).</summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, GraphQLNamedType typeA, GraphQLNamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA is IGraphQLAbstractType abstractA)
        {
            if (typeB is IGraphQLAbstractType abstractB)
            {
                return schema.GetPossibleTypes(abstractA).Any(type => schema.IsSubType(abstractB, type));
            }

            return schema.IsSubType(abstractA, typeB);
        }

        return typeB is IGraphQLAbstractType abstractTypeB && schema.IsSubType(abstractTypeB, typeA);
    }
}
