using System.Collections;

namespace Throughline.GraphQL.Execution;

/// <summary>
/// A position in the response as a linked list (parent + key), so creating one per field costs one small object;
/// it reads as the list of keys (field names and list indices) resolvers and errors report.
/// </summary>
internal sealed class ResponsePath : IReadOnlyList<object>
{
    private ResponsePath(ResponsePath? parent, object key)
    {
        Parent = parent;
        Key = key;
        Count = (parent?.Count ?? 0) + 1;
    }

    public ResponsePath? Parent { get; }

    /// <summary>A response key (string) or a list index (int).</summary>
    public object Key { get; }

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

    public static ResponsePath Add(ResponsePath? parent, object key) => new(parent, key);

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
