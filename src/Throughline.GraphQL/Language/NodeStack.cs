using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Throughline.GraphQL.Language;

/// <summary>
/// Scratch stack the parser collects list items on before copying them into an exact-size array: one allocation
/// per list instead of a List and its growth. Nested lists use the stack above their parent's items.
/// One instance per thread is reused across parses.
/// </summary>
internal sealed class NodeStack
{
    [ThreadStatic]
    private static NodeStack? _cached;

    // Items are wrapped in a struct so that stores skip the array-covariance check a Node[] store pays.
    private Slot[] _items = new Slot[64];

    public int Count { get; private set; }

    /// <summary>The thread's stack, emptied (a parse that threw may have left items behind).</summary>
    public static NodeStack Rent()
    {
        var stack = _cached ??= new NodeStack();
        stack.Clear();
        return stack;
    }

    public void Push(Node node)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++].Node = node;
    }

    /// <summary>Removes the items pushed since <paramref name="mark"/> and returns them in order.</summary>
    public T[] PopSince<T>(int mark)
        where T : Node
    {
        var length = Count - mark;
        if (length == 0)
        {
            return [];
        }

        // Every item pushed since the mark came from the same ItemParser<T>, so it is a T: the unchecked cast and
        // the unchecked array store are safe, and they are a measurable share of parsing time when checked.
        var result = new T[length];
        ref var destination = ref MemoryMarshal.GetArrayDataReference(result);
        for (var i = 0; i < length; i++)
        {
            ref var slot = ref _items[mark + i];
            Unsafe.Add(ref destination, i) = Unsafe.As<T>(slot.Node!);
            slot.Node = null;
        }

        Count = mark;
        return result;
    }

    private void Clear()
    {
        // Don't keep a huge array alive for the thread's lifetime after one huge document.
        if (_items.Length > 1024)
        {
            _items = new Slot[64];
        }
        else
        {
            Array.Clear(_items, 0, Count);
        }

        Count = 0;
    }

    private struct Slot
    {
        public Node? Node;
    }
}
