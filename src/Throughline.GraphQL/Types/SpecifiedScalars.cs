namespace Throughline.GraphQL.Types;

/// <summary>The five scalars the spec defines, with graphql-js 16's coercion rules and messages.</summary>
public static class SpecifiedScalars
{
    public static GraphQLScalarType Int { get; } = new(
        "Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        binding: new ScalarBinding(IntCoercion.Serialize, IntCoercion.ParseValue, IntCoercion.ParseLiteral));

    public static GraphQLScalarType Float { get; } = new(
        "Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        binding: new ScalarBinding(FloatCoercion.Serialize, FloatCoercion.ParseValue, FloatCoercion.ParseLiteral));

    public static GraphQLScalarType String { get; } = new(
        "String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        binding: new ScalarBinding(StringCoercion.Serialize, StringCoercion.ParseValue, StringCoercion.ParseLiteral));

    public static GraphQLScalarType Boolean { get; } = new(
        "Boolean",
        "The `Boolean` scalar type represents `true` or `false`.",
        binding: new ScalarBinding(BooleanCoercion.Serialize, BooleanCoercion.ParseValue, BooleanCoercion.ParseLiteral));

    public static GraphQLScalarType ID { get; } = new(
        "ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        binding: new ScalarBinding(IdCoercion.Serialize, IdCoercion.ParseValue, IdCoercion.ParseLiteral));

    /// <summary>In graphql-js's order: String, Int, Float, Boolean, ID.</summary>
    public static IReadOnlyList<GraphQLScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    public static bool IsSpecified(GraphQLNamedType type) => type is GraphQLScalarType && Get(type.Name) is not null;

    public static GraphQLScalarType? Get(string name) => name switch
    {
        "String" => String,
        "Int" => Int,
        "Float" => Float,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}
