using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation;

/// <summary>
/// Helpers for the limit rules, which measure an operation as executed: fragments count wherever they are
/// spread. Measures are memoised per fragment so that fragments spreading fragments many times over cannot
/// make measuring itself exponential; a spread already being measured counts as empty (such cycles are
/// NoFragmentCyclesRule's business).
/// </summary>
internal static class OperationWalk
{
    public static string Describe(OperationDefinition operation) =>
        operation.Name is { } name ? $"Operation \"{name.Value}\"" : "The anonymous operation";

    /// <summary>The parent type of a fragment's or inline fragment's selections.</summary>
    public static GraphQLNamedType? ConditionType(GraphQLSchema schema, NamedType? condition, GraphQLNamedType? parentType) =>
        condition is null ? parentType : TypeFromAst.Resolve(schema, condition) as GraphQLNamedType;

    public static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    public static long SaturatingMultiply(long a, long b) =>
        a == 0 || b == 0 ? 0 : a > long.MaxValue / b ? long.MaxValue : a * b;
}
