namespace Throughline.GraphQL.Types;

/// <summary>Produces a field's value. Exceptions become field errors in the response.</summary>
public delegate ValueTask<object?> FieldResolver(ResolveFieldContext context);

/// <summary>Names the concrete object type of a value returned for an interface or union field.</summary>
public delegate string? TypeResolver(object value, ResolveFieldContext context);
