using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Throughline.GraphQL.Execution;

/// <summary>
/// A completed object of the response: its plan's response keys (shared) and one value per key, in selection order.
/// Costs one small array per object instead of a hash table.
/// </summary>
internal sealed class ResultMap(SelectionPlan plan) : IReadOnlyDictionary<string, object?>
{
    private readonly object?[] _values = new object?[plan.Keys.Length];

    public int Count => _values.Length;

    public IEnumerable<string> Keys => plan.Keys;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] =>
        plan.IndexOf(key) is var index and >= 0 ? _values[index] : throw new KeyNotFoundException($"No response key \"{key}\".");

    public void Set(int index, object? value) => _values[index] = value;

    public bool ContainsKey(string key) => plan.IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = plan.IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(plan.Keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
