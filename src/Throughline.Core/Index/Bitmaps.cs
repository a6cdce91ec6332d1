using System.Runtime.CompilerServices;

namespace Throughline.Core.Index;

/// <summary>
/// Bitmaps over dense ids (entities), one bit each: what the path engine's hot loops test instead of hash sets, which a
/// region of tens of thousands of entities or a search's ends would make slow.
/// </summary>
internal static class Bitmaps
{
    /// <summary>An empty bitmap for ids 0 to <paramref name="count"/> − 1.</summary>
    public static ulong[] For(int count) => new ulong[(count + 63) >> 6];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Contains(ulong[] bits, int id) => (bits[id >> 6] & (1UL << id)) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(ulong[] bits, int id) => bits[id >> 6] |= 1UL << id;

    /// <summary>Sets the id's bit; false when it was set already.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Add(ulong[] bits, int id)
    {
        var word = bits[id >> 6];
        bits[id >> 6] = word | (1UL << id);
        return (word & (1UL << id)) == 0;
    }
}
