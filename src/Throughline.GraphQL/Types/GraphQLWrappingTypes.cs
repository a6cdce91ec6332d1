namespace Throughline.GraphQL.Types;

/// <summary>A list of <see cref="OfType"/>. https://spec.graphql.org/October2021/#sec-List</summary>
public sealed class GraphQLList(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override string ToString() => $"[{OfType}]";
}

/// <summary>A non-null <see cref="OfType"/>. https://spec.graphql.org/October2021/#sec-Non-Null</summary>
public sealed class GraphQLNonNull : GraphQLType
{
    public GraphQLNonNull(GraphQLType ofType)
    {
        if (ofType is GraphQLNonNull)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override string ToString() => $"{OfType}!";
}
