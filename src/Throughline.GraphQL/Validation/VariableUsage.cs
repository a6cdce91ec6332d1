using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation;

/// <summary>
/// A variable used in a value position: the input type expected there, the default value of the argument or
/// input field at that position (null when it has none), and the enclosing input type.
/// </summary>
public sealed record VariableUsage(
    Variable Node,
    GraphQLType? Type,
    Value? DefaultValue,
    GraphQLType? ParentType);
