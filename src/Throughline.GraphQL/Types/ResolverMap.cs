namespace Throughline.GraphQL.Types;

/// <summary>
/// Code bound to an SDL schema: field resolvers, custom scalar hooks, abstract type resolution and enum
/// internal values. Every binding must name something the SDL defines, or building the schema fails
/// (a typo must not silently fall back to the default resolver).
/// </summary>
public sealed class ResolverMap
{
    private readonly List<(string Type, string Field, FieldResolver Resolver)> _fields = [];
    private readonly List<(string Type, ScalarBinding Binding)> _scalars = [];
    private readonly List<(string Type, TypeResolver Resolver)> _typeResolvers = [];
    private readonly List<(string Type, Func<object, bool> Check)> _isTypeOf = [];
    private readonly List<(string Type, IReadOnlyDictionary<string, object?> Values)> _enumValues = [];

    internal IReadOnlyList<(string Type, string Field, FieldResolver Resolver)> Fields => _fields;

    internal IReadOnlyList<(string Type, ScalarBinding Binding)> Scalars => _scalars;

    internal IReadOnlyList<(string Type, TypeResolver Resolver)> TypeResolvers => _typeResolvers;

    internal IReadOnlyList<(string Type, Func<object, bool> Check)> IsTypeOfChecks => _isTypeOf;

    internal IReadOnlyList<(string Type, IReadOnlyDictionary<string, object?> Values)> EnumValueBindings => _enumValues;

    /// <summary>Binds an (async) resolver to <paramref name="typeName"/>.<paramref name="fieldName"/>.</summary>
    public ResolverMap Field(string typeName, string fieldName, FieldResolver resolver)
    {
        _fields.Add((typeName, fieldName, resolver));
        return this;
    }

    /// <summary>Binds a synchronous resolver.</summary>
    public ResolverMap Field(string typeName, string fieldName, Func<ResolveFieldContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Field(typeName, fieldName, context => ValueTask.FromResult(resolver(context)));
    }

    public ResolverMap Scalar(string scalarName, ScalarBinding binding)
    {
        _scalars.Add((scalarName, binding));
        return this;
    }

    /// <summary>Names the concrete type of values of an interface or union.</summary>
    public ResolverMap TypeResolver(string abstractTypeName, TypeResolver resolver)
    {
        _typeResolvers.Add((abstractTypeName, resolver));
        return this;
    }

    public ResolverMap IsTypeOf(string objectTypeName, Func<object, bool> check)
    {
        _isTypeOf.Add((objectTypeName, check));
        return this;
    }

    /// <summary>Maps enum value names to the internal values resolvers use (default: the name string).</summary>
    public ResolverMap EnumValues(string enumName, IReadOnlyDictionary<string, object?> nameToInternalValue)
    {
        _enumValues.Add((enumName, nameToInternalValue));
        return this;
    }
}
