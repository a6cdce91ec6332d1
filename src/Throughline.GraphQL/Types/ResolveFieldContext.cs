using System.Globalization;
using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Types;

/// <summary>Everything a resolver may look at for one field of one object. Built by the executor.</summary>
public sealed class ResolveFieldContext
{
    // Shared read-only defaults: the executor builds one context per field, so defaults must not allocate.
    private static readonly IReadOnlyDictionary<string, object?> EmptyValues = new Dictionary<string, object?>().AsReadOnly();
    private static readonly IReadOnlyDictionary<string, FragmentDefinition> EmptyFragments =
        new Dictionary<string, FragmentDefinition>().AsReadOnly();

    private IDictionary<string, object?>? _requestItems;

    /// <summary>The parent object's value (the root value for top-level fields).</summary>
    public object? Source { get; init; }

    /// <summary>
    /// Coerced arguments: Int→int, Float→double, String/ID→string, Boolean→bool, enum→internal value,
    /// input object→IReadOnlyDictionary&lt;string, object?&gt;, list→IReadOnlyList&lt;object?&gt;.
    /// Arguments not given and without default are absent.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = EmptyValues;

    public object? UserContext { get; init; }

    public CancellationToken CancellationToken { get; init; }

    public required string FieldName { get; init; }

    /// <summary>All field nodes merged into this response key.</summary>
    public required IReadOnlyList<Field> FieldNodes { get; init; }

    public required GraphQLField FieldDefinition { get; init; }

    public GraphQLType ReturnType => FieldDefinition.Type;

    public required GraphQLObjectType ParentType { get; init; }

    /// <summary>Response path: field names (string) and list indices (int).</summary>
    public required IReadOnlyList<object> Path { get; init; }

    public required GraphQLSchema Schema { get; init; }

    public required OperationDefinition Operation { get; init; }

    public IReadOnlyDictionary<string, FragmentDefinition> Fragments { get; init; } = EmptyFragments;

    public IReadOnlyDictionary<string, object?> VariableValues { get; init; } = EmptyValues;

    /// <summary>Per-request cache shared by all resolvers of one execution (DataLoaders live here).</summary>
    public IDictionary<string, object?> RequestItems
    {
        get => _requestItems ??= new Dictionary<string, object?>();
        init => _requestItems = value;
    }

    /// <summary>
    /// The argument converted to <typeparamref name="T"/> (numbers convert between CLR numeric types);
    /// default when absent or null.
    /// </summary>
    public T? GetArgument<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target) && !target.IsEnum)
        {
            return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        if (target.IsEnum && value is string s)
        {
            return (T)Enum.Parse(target, s, ignoreCase: true);
        }

        throw new InvalidCastException(
            $"Argument \"{name}\" of field \"{ParentType.Name}.{FieldName}\" is {value.GetType().Name}, not {typeof(T).Name}.");
    }
}
