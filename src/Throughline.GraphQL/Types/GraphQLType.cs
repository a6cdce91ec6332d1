namespace Throughline.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type or a List/NonNull wrapper around one.
/// https://spec.graphql.org/October2021/#sec-Types
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>True for scalars, enums, input objects and wrappers of those.</summary>
    public bool IsInputType => GetNamedType() is GraphQLScalarType or GraphQLEnumType or GraphQLInputObjectType;

    /// <summary>True for every type except input objects (and wrappers of them).</summary>
    public bool IsOutputType => GetNamedType() is not GraphQLInputObjectType;

    /// <summary>Scalar or enum (not wrapped).</summary>
    public bool IsLeafType => this is GraphQLScalarType or GraphQLEnumType;

    /// <summary>Object, interface or union (not wrapped).</summary>
    public bool IsCompositeType => this is GraphQLObjectType or GraphQLInterfaceType or GraphQLUnionType;

    /// <summary>Interface or union (not wrapped).</summary>
    public bool IsAbstractType => this is GraphQLInterfaceType or GraphQLUnionType;

    /// <summary>The named type at the bottom of any List/NonNull wrappers.</summary>
    public GraphQLNamedType GetNamedType()
    {
        var type = this;
        while (true)
        {
            switch (type)
            {
                case GraphQLNamedType named:
                    return named;
                case GraphQLList list:
                    type = list.OfType;
                    break;
                case GraphQLNonNull nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected type {type.GetType().Name}.");
            }
        }
    }

    /// <summary>The type without an outer NonNull wrapper.</summary>
    public GraphQLType GetNullableType() => this is GraphQLNonNull nonNull ? nonNull.OfType : this;

    /// <summary>Structural equality of type references (named types compare by identity).</summary>
    public static bool AreEqual(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (GraphQLList la, GraphQLList lb) => AreEqual(la.OfType, lb.OfType),
        (GraphQLNonNull na, GraphQLNonNull nb) => AreEqual(na.OfType, nb.OfType),
        _ => ReferenceEquals(a, b),
    };
}
