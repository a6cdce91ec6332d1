using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

/// <summary>
/// Coercion hooks for a custom scalar. Each hook throws <see cref="GraphQLCoercionException"/> on invalid input.
/// <list type="bullet">
/// <item><c>Serialize</c>: resolver value → response value (string, bool, number, list, dictionary).</item>
/// <item><c>ParseValue</c>: variable value (plain CLR value from JSON) → internal value.</item>
/// <item><c>ParseLiteral</c>: literal in the document (+ variable values, for literals containing variables) → internal value.</item>
/// </list>
/// </summary>
public sealed record ScalarBinding(
    Func<object?, object?> Serialize,
    Func<object?, object?> ParseValue,
    Func<Value, IReadOnlyDictionary<string, object?>?, object?> ParseLiteral);
