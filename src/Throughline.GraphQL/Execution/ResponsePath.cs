using System.Collections;

namespace Throughline.GraphQL.Execution;

/// <summary>
/// A position in the response as a linked list (parent + key), so creating one per field costs one small object;
/// it reads as the list of keys (field names and list indices) resolvers and errors report.
/// </summary>
internal sealed class ResponsePath : IReadOnlyList<object>
{
    private ResponsePath(ResponsePath? parent, object key, int ordinal)
    {
        Parent = parent;
        Key = key;
        Ordinal = ordinal;
        Count = (parent?.Count ?? 0) + 1;
    }

    public ResponsePath? Parent { get; }

    /// <summary>A response key (string) or a list index (int).</summary>
    public object Key { get; }

    /// <summary>Execution order among siblings: the field's place in its selection set, or the list index.</summary>
    public int Ordinal { get; }

    public int Count { get; }

    public object this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var node = this;
            for (var i = Count - 1; i > index; i--)
            {
                node = node.Parent!;
            }

            return node.Key;
        }
    }

    public static ResponsePath Field(ResponsePath? parent, string responseKey, int ordinal) => new(parent, responseKey, ordinal);

    public static ResponsePath Index(ResponsePath parent, int index) => new(parent, index, index);

    /// <summary>
    /// Orders positions as a depth-first execution with synchronous resolvers visits them (graphql-js's error order);
    /// null (the whole response) comes first.
    /// </summary>
    public static int CompareExecutionOrder(ResponsePath? a, ResponsePath? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        var left = a.Ordinals();
        var right = b.Ordinals();
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            if (left[i] != right[i])
            {
                return left[i].CompareTo(right[i]);
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private int[] Ordinals()
    {
        var ordinals = new int[Count];
        for (var node = this; node is not null; node = node.Parent)
        {
            ordinals[node.Count - 1] = node.Ordinal;
        }

        return ordinals;
    }

    public object[] ToArray()
    {
        var keys = new object[Count];
        for (var node = this; node is not null; node = node.Parent)
        {
            keys[node.Count - 1] = node.Key;
        }

        return keys;
    }

    public IEnumerator<object> GetEnumerator() => ((IEnumerable<object>)ToArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join('.', ToArray());
}
