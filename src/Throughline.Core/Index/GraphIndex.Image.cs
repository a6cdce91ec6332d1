using System.Runtime.InteropServices;
using System.Text;
using Throughline.Core.Model;

namespace Throughline.Core.Index;

public sealed partial class GraphIndex
{
    // The parts of an index image after its header (IndexImage): strings as UTF-8 bytes with int offsets, arrays as
    // their little-endian bytes, facts one array per field.
    private const int EntityIdBytes = 1, EntityIdOffsets = 2, NameBytes = 3, NameOffsets = 4, AliasBytes = 5, AliasOffsets = 6,
        AliasStarts = 7, KindsPart = 8, ParentsPart = 9, RelationIdBytes = 10, RelationIdOffsets = 11, FromPart = 12, ToPart = 13,
        ValidFromPart = 14, ValidToPart = 15, ConfidencePart = 16, FlagsPart = 17, OutgoingOrder = 18, IncomingOrder = 19,
        NameEntities = 20, NameSlots = 21;

    private const int StringChunk = 65_536;

    /// <summary>
    /// This index as an image taken at store version <paramref name="version"/>; only a compact index (no delta) has one,
    /// since the image holds the compressed arrays alone.
    /// </summary>
    public IndexImage ToImage(long version)
    {
        if (_delta is not null)
        {
            throw new InvalidOperationException("An index with writes layered over it has no image; compact it first");
        }

        var parts = new byte[IndexImage.PartCount][];
        var aliasStarts = new int[_entityIds.Length + 1];
        for (var e = 0; e < _entityIds.Length; e++)
        {
            aliasStarts[e + 1] = aliasStarts[e] + (_aliases[e]?.Length ?? 0);
        }

        var aliases = new string[aliasStarts[^1]];
        for (var e = 0; e < _entityIds.Length; e++)
        {
            _aliases[e]?.CopyTo(aliases, aliasStarts[e]);
        }

        // Which of its entity's names each name-table key is (0 the name, j alias j - 1), so the image need not repeat the strings.
        var slots = new int[_nameTable.Entities.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            var e = _nameTable.Entities[i];
            var key = _nameTable.Key(i);
            slots[i] = ReferenceEquals(key, _names[e]) ? 0 : 1 + Array.FindIndex(_aliases[e] ?? [], a => ReferenceEquals(a, key));
            if (slots[i] == 0 && !ReferenceEquals(key, _names[e]))
            {
                // The table holds the entities' own strings; a copy (equal text) is matched by value instead.
                slots[i] = string.Equals(key, _names[e], StringComparison.Ordinal) ? 0 : 1 + Array.IndexOf(_aliases[e] ?? [], key);
            }
        }

        var validFrom = new int[_facts.Length];
        var validTo = new int[_facts.Length];
        var confidence = new double[_facts.Length];
        var flags = new int[_facts.Length];
        for (var r = 0; r < _facts.Length; r++)
        {
            var f = _facts[r];
            (validFrom[r], validTo[r], confidence[r]) = (f.ValidFrom, f.ValidTo, f.Confidence);
            flags[r] = (int)f.Type | ((int)f.Status << 8) | ((f.Contested ? 1 : 0) << 12) | (f.Sources << 16);
        }

        (parts[EntityIdBytes], parts[EntityIdOffsets]) = Utf8(_entityIds);
        (parts[NameBytes], parts[NameOffsets]) = Utf8(_names);
        (parts[AliasBytes], parts[AliasOffsets]) = Utf8(aliases);
        (parts[RelationIdBytes], parts[RelationIdOffsets]) = Utf8(_relationIds);
        parts[AliasStarts] = Bytes<int>(aliasStarts);
        parts[KindsPart] = [.. _kinds.Select(k => (byte)k)];
        parts[ParentsPart] = Bytes<int>(_parents);
        parts[FromPart] = Bytes<int>(_from);
        parts[ToPart] = Bytes<int>(_to);
        parts[ValidFromPart] = Bytes<int>(validFrom);
        parts[ValidToPart] = Bytes<int>(validTo);
        parts[ConfidencePart] = Bytes<double>(confidence);
        parts[FlagsPart] = Bytes<int>(flags);
        parts[OutgoingOrder] = Bytes<int>(Outgoing.Relations);
        parts[IncomingOrder] = Bytes<int>(Incoming.Relations);
        parts[NameEntities] = Bytes<int>(_nameTable.Entities);
        parts[NameSlots] = Bytes<int>(slots);
        parts[0] = IndexImage.Header.Write(version, _entityIds.Length, _relationIds.Length, aliases.Length, parts);
        return new IndexImage(parts);
    }

    /// <summary>
    /// The index of an image whose parts match their header's lengths and hashes, or null when they contradict each other
    /// (counts, offsets, ends or row orders out of range): a damaged image is rebuilt from rows, never trusted.
    /// </summary>
    internal static GraphIndex? FromImage(IndexImage.Header header, IReadOnlyList<byte[]> parts)
    {
        var (n, m, k) = (header.Entities, header.Relations, header.Aliases);
        var idOffsets = Ints(parts[EntityIdOffsets], n + 1);
        var nameOffsets = Ints(parts[NameOffsets], n + 1);
        var aliasOffsets = Ints(parts[AliasOffsets], k + 1);
        var aliasStarts = Ints(parts[AliasStarts], n + 1);
        var relationIdOffsets = Ints(parts[RelationIdOffsets], m + 1);
        var parents = Ints(parts[ParentsPart], n);
        var from = Ints(parts[FromPart], m);
        var to = Ints(parts[ToPart], m);
        var validFrom = Ints(parts[ValidFromPart], m);
        var validTo = Ints(parts[ValidToPart], m);
        var flags = Ints(parts[FlagsPart], m);
        var outgoingOrder = Ints(parts[OutgoingOrder], m);
        var incomingOrder = Ints(parts[IncomingOrder], m);
        var nameEntities = Ints(parts[NameEntities], n + k);
        var nameSlots = Ints(parts[NameSlots], n + k);
        var confidence = parts[ConfidencePart].Length == (long)m * sizeof(double) ? MemoryMarshal.Cast<byte, double>(parts[ConfidencePart]).ToArray() : null;
        if (idOffsets is null || nameOffsets is null || aliasOffsets is null || aliasStarts is null || relationIdOffsets is null
            || parents is null || from is null || to is null || validFrom is null || validTo is null || flags is null
            || outgoingOrder is null || incomingOrder is null || nameEntities is null || nameSlots is null || confidence is null
            || parts[KindsPart].Length != n
            || !Bounded(idOffsets, parts[EntityIdBytes].Length) || !Bounded(nameOffsets, parts[NameBytes].Length)
            || !Bounded(aliasOffsets, parts[AliasBytes].Length) || !Bounded(relationIdOffsets, parts[RelationIdBytes].Length)
            || !Bounded(aliasStarts, k) || !InRange(from, 0, n) || !InRange(to, 0, n) || !InRange(parents, -1, n)
            || !InRange(nameEntities, 0, n))
        {
            return null;
        }

        var kinds = new EntityKind[n];
        for (var e = 0; e < n; e++)
        {
            if (!Enum.IsDefined((EntityKind)parts[KindsPart][e]))
            {
                return null;
            }

            kinds[e] = (EntityKind)parts[KindsPart][e];
        }

        var facts = new RelationFacts[m];
        for (var r = 0; r < m; r++)
        {
            var f = flags[r];
            var (type, status) = ((RelationType)(f & 0xFF), (RelationStatus)((f >> 8) & 0xF));
            if (!Enum.IsDefined(type) || !Enum.IsDefined(status) || (f & 0xE000) != 0)
            {
                return null;
            }

            facts[r] = new RelationFacts(validFrom[r], validTo[r], confidence[r], type, status, ((f >> 12) & 1) != 0, (ushort)(f >>> 16));
        }

        string[] ids = [], names = [], aliasList = [], relationIds = [];
        Parallel.Invoke(
            () => ids = Strings(parts[EntityIdBytes], idOffsets),
            () => names = Strings(parts[NameBytes], nameOffsets),
            () => aliasList = Strings(parts[AliasBytes], aliasOffsets),
            () => relationIds = Strings(parts[RelationIdBytes], relationIdOffsets));
        for (var e = 1; e < n; e++)
        {
            if (string.CompareOrdinal(ids[e - 1], ids[e]) >= 0)
            {
                return null;
            }
        }

        var aliases = new string[]?[n];
        for (var e = 0; e < n; e++)
        {
            aliases[e] = aliasStarts[e] == aliasStarts[e + 1] ? null : aliasList[aliasStarts[e]..aliasStarts[e + 1]];
        }

        var keys = new string[n + k];
        for (var i = 0; i < keys.Length; i++)
        {
            var (e, slot) = (nameEntities[i], nameSlots[i]);
            if ((uint)slot > (uint)(aliases[e]?.Length ?? 0))
            {
                return null;
            }

            keys[i] = slot == 0 ? names[e] : aliases[e]![slot - 1];
        }

        Adjacency? outgoing = null, incoming = null;
        NameTable? nameTable = null;
        Parallel.Invoke(
            () => outgoing = Adjacency.FromRowOrder(n, from, to, outgoingOrder),
            () => incoming = Adjacency.FromRowOrder(n, to, from, incomingOrder),
            // Checked, not trusted: an order the runtime's case-insensitive comparison disagrees with is sorted again.
            () => nameTable = NameTable.FromSorted(keys, nameEntities) ?? NameTable.Build(names, aliases));
        return outgoing is null || incoming is null
            ? null
            : new GraphIndex(ids, kinds, names, aliases, parents, relationIds, from, to, facts, new Prebuilt(outgoing, incoming, nameTable!));
    }

    private static (byte[] Bytes, byte[] Offsets) Utf8(string[] strings)
    {
        var offsets = new int[strings.Length + 1];
        for (var i = 0; i < strings.Length; i++)
        {
            offsets[i + 1] = checked(offsets[i] + Encoding.UTF8.GetByteCount(strings[i]));
        }

        var bytes = new byte[offsets[^1]];
        Parallel.For(0, (strings.Length + StringChunk - 1) / StringChunk, chunk =>
        {
            var end = Math.Min(strings.Length, (chunk + 1) * StringChunk);
            for (var i = chunk * StringChunk; i < end; i++)
            {
                Encoding.UTF8.GetBytes(strings[i], bytes.AsSpan(offsets[i]));
            }
        });
        return (bytes, Bytes<int>(offsets));
    }

    /// <summary>Each string between consecutive offsets, decoded on both cores (7M short strings at 1M entities / 5M relations).</summary>
    private static string[] Strings(byte[] bytes, int[] offsets)
    {
        var strings = new string[offsets.Length - 1];
        Parallel.For(0, (strings.Length + StringChunk - 1) / StringChunk, chunk =>
        {
            var end = Math.Min(strings.Length, (chunk + 1) * StringChunk);
            for (var i = chunk * StringChunk; i < end; i++)
            {
                strings[i] = Encoding.UTF8.GetString(bytes, offsets[i], offsets[i + 1] - offsets[i]);
            }
        });
        return strings;
    }

    private static byte[] Bytes<T>(ReadOnlySpan<T> values)
        where T : unmanaged => MemoryMarshal.AsBytes(values).ToArray();

    /// <summary>The part as <paramref name="count"/> ints, or null when its length says otherwise.</summary>
    private static int[]? Ints(byte[] part, int count) =>
        part.LongLength == (long)count * sizeof(int) ? MemoryMarshal.Cast<byte, int>(part).ToArray() : null;

    /// <summary>Offsets that start at 0, never decrease and end at <paramref name="end"/>.</summary>
    private static bool Bounded(int[] offsets, int end)
    {
        if (offsets[0] != 0 || offsets[^1] != end)
        {
            return false;
        }

        for (var i = 1; i < offsets.Length; i++)
        {
            if (offsets[i] < offsets[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every value in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    private static bool InRange(int[] values, int low, int high)
    {
        foreach (var v in values)
        {
            if (v < low || v >= high)
            {
                return false;
            }
        }

        return true;
    }
}
