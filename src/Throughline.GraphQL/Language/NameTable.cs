namespace Throughline.GraphQL.Language;

/// <summary>
/// Process-wide cache of name strings, so that parsing the same names again (every request repeats its field
/// names) allocates no new strings. Fixed size, lossy and lock-free: a slot holds the last name hashed to it, a
/// miss just allocates. Hostile documents can only churn it, never grow it.
/// </summary>
internal static class NameTable
{
    private const int Size = 4096;
    private const int MaxCachedLength = 48;

    private static readonly string?[] _slots = new string?[Size];

    public static string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxCachedLength)
        {
            return name.ToString();
        }

        var slot = (int)(Hash(name) % Size);
        var cached = Volatile.Read(ref _slots[slot]);
        if (cached is not null && name.SequenceEqual(cached))
        {
            return cached;
        }

        var created = name.ToString();
        Volatile.Write(ref _slots[slot], created);
        return created;
    }

    // FNV-1a: names are short, so this beats string.GetHashCode's randomised Marvin. Collisions only cost a miss
    // (slots are overwritten, never chained), so a predictable hash gives an attacker nothing.
    private static uint Hash(ReadOnlySpan<char> name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
