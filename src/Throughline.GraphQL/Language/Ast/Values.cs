namespace Throughline.GraphQL.Language;

// https://spec.graphql.org/October2021/#sec-Input-Values

public abstract record Value : Node;

public sealed record Variable(Name Name) : Value;

/// <summary>An Int literal, kept as its source text (coercion decides the range).</summary>
public sealed record IntValue(string Value) : Value;

/// <summary>A Float literal, kept as its source text.</summary>
public sealed record FloatValue(string Value) : Value;

/// <summary>A string literal with escapes (or block-string indentation) already resolved.</summary>
public sealed record StringValue(string Value, bool Block = false) : Value;

public sealed record BooleanValue(bool Value) : Value;

public sealed record NullValue : Value;

public sealed record EnumValue(string Value) : Value;

public sealed record ListValue(IReadOnlyList<Value> Values) : Value;

public sealed record ObjectValue(IReadOnlyList<ObjectField> Fields) : Value;

public sealed record ObjectField(Name Name, Value Value) : Node;

// https://spec.graphql.org/October2021/#sec-Type-References

public abstract record TypeNode : Node;

public sealed record NamedType(Name Name) : TypeNode;

public sealed record ListType(TypeNode Type) : TypeNode;

public sealed record NonNullType(TypeNode Type) : TypeNode;
