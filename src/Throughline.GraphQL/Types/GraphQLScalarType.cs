using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

/// <summary>
/// A scalar type. Built-ins are <see cref="SpecifiedScalars"/>; a custom scalar without a
/// <see cref="ScalarBinding"/> passes values through unchanged (as graphql-js does).
/// https://spec.graphql.org/October2021/#sec-Scalars
/// </summary>
public sealed class GraphQLScalarType(
    string name, string? description = null, string? specifiedByUrl = null, ScalarBinding? binding = null)
    : GraphQLNamedType(name, description)
{
    /// <summary>URL given by @specifiedBy, describing the scalar's behaviour.</summary>
    public string? SpecifiedByUrl { get; } = specifiedByUrl;

    public ScalarBinding? Binding { get; internal set; } = binding;

    /// <summary>Resolver value → response value.</summary>
    public object? Serialize(object? value) => Binding is { } b ? b.Serialize(value) : value;

    /// <summary>Variable value → internal value.</summary>
    public object? ParseValue(object? value) => Binding is { } b ? b.ParseValue(value) : value;

    /// <summary>Literal → internal value. Variables in the literal are looked up in <paramref name="variables"/>.</summary>
    public object? ParseLiteral(Value literal, IReadOnlyDictionary<string, object?>? variables = null) =>
        Binding is { } b ? b.ParseLiteral(literal, variables) : UntypedValue.FromAst(literal, variables);
}
