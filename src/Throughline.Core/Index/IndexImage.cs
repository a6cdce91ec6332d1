using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Throughline.Core.Index;

/// <summary>
/// A compact index (<see cref="GraphIndex"/> without a delta) as a few byte arrays a store can keep next to its rows and
/// hand back instead of millions of rows: the entities' and relations' arrays, the two adjacencies' row orders and the
/// name table's order, so opening skips the sorts and scatters of a build. Part 0 is a header naming the store version the
/// image was taken at, the counts, and each part's length and hash; <see cref="Open"/> gives the index, or null for an
/// image that is damaged or not of this format (the caller then builds from the rows). Whether the image is of the
/// store's current version is the store's check (<see cref="VersionOf"/>); a stale image must never be opened.
/// </summary>
public sealed class IndexImage
{
    /// <summary>Bumped whenever the parts' layout changes: an image of another format is ignored, not misread.</summary>
    public const int Format = 1;

    /// <summary>How many parts (rows, blobs) an image of this format has, the header included.</summary>
    public const int PartCount = 22;
    private const uint Magic = 0x5849_4C54; // "TLIX" little-endian
    private const int FixedHeader = 32;
    private const int HeaderLength = FixedHeader + ((PartCount - 1) * 16) + 8;

    public IndexImage(IReadOnlyList<byte[]> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Parts = parts;
    }

    /// <summary>Part 0 is the header; the others as <see cref="GraphIndex"/> lays them out (GraphIndex.Image.cs).</summary>
    public IReadOnlyList<byte[]> Parts { get; }

    /// <summary>The store version in a header, or null when <paramref name="header"/> is not an intact header of this format.</summary>
    public static long? VersionOf(ReadOnlySpan<byte> header) => Header.Read(header)?.Version;

    /// <summary>The index, or null when a part is missing, damaged (length or hash) or inconsistent with the others.</summary>
    public GraphIndex? Open() => Parts.Count == PartCount && Header.Read(Parts[0]) is { } header && header.Matches(Parts)
        ? GraphIndex.FromImage(header, Parts)
        : null;

    /// <summary>The header: counts and the store version, with every other part's length and hash.</summary>
    internal sealed record Header(long Version, int Entities, int Relations, int Aliases, long[] Lengths, ulong[] Hashes)
    {
        public static byte[] Write(long version, int entities, int relations, int aliases, IReadOnlyList<byte[]> parts)
        {
            var header = new byte[HeaderLength];
            BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(4), Format);
            BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(8), version);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(16), entities);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(20), relations);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(24), aliases);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(28), PartCount);
            var hashes = new ulong[PartCount];
            Parallel.For(1, PartCount, p => hashes[p] = Hash(parts[p]));
            for (var p = 1; p < PartCount; p++)
            {
                var at = FixedHeader + ((p - 1) * 16);
                BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(at), parts[p].LongLength);
                BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(at + 8), hashes[p]);
            }

            BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(HeaderLength - 8), Hash(header.AsSpan(0, HeaderLength - 8)));
            return header;
        }

        public static Header? Read(ReadOnlySpan<byte> header)
        {
            // The arrays are stored as this machine lays them out; a big-endian reader would misread every one.
            if (!BitConverter.IsLittleEndian || header.Length != HeaderLength
                || BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic
                || BinaryPrimitives.ReadInt32LittleEndian(header[4..]) != Format
                || BinaryPrimitives.ReadInt32LittleEndian(header[28..]) != PartCount
                || BinaryPrimitives.ReadUInt64LittleEndian(header[(HeaderLength - 8)..]) != Hash(header[..(HeaderLength - 8)]))
            {
                return null;
            }

            var lengths = new long[PartCount];
            var hashes = new ulong[PartCount];
            for (var p = 1; p < PartCount; p++)
            {
                var at = FixedHeader + ((p - 1) * 16);
                lengths[p] = BinaryPrimitives.ReadInt64LittleEndian(header[at..]);
                hashes[p] = BinaryPrimitives.ReadUInt64LittleEndian(header[(at + 8)..]);
            }

            var (entities, relations, aliases) = (
                BinaryPrimitives.ReadInt32LittleEndian(header[16..]),
                BinaryPrimitives.ReadInt32LittleEndian(header[20..]),
                BinaryPrimitives.ReadInt32LittleEndian(header[24..]));
            return entities < 0 || relations < 0 || aliases < 0
                ? null
                : new Header(BinaryPrimitives.ReadInt64LittleEndian(header[8..]), entities, relations, aliases, lengths, hashes);
        }

        /// <summary>Every part has the length and hash the header recorded (hashed on both cores).</summary>
        public bool Matches(IReadOnlyList<byte[]> parts)
        {
            for (var p = 1; p < PartCount; p++)
            {
                if (parts[p].LongLength != Lengths[p])
                {
                    return false;
                }
            }

            var intact = true;
            Parallel.For(1, PartCount, p =>
            {
                if (Hash(parts[p]) != Hashes[p])
                {
                    intact = false;
                }
            });
            return intact;
        }
    }

    /// <summary>
    /// A 64-bit hash of the bytes, to notice a damaged part (not an adversary: whoever can write the file can write
    /// rows too). Four independent lanes so it runs near memory speed; the length is mixed in so a truncation shows.
    /// </summary>
    internal static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        const ulong K1 = 0x9E37_79B9_7F4A_7C15, K2 = 0xC2B2_AE3D_27D4_EB4F;
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        ulong a = K1, b = K2, c = K1 ^ K2, d = (ulong)bytes.Length;
        var i = 0;
        for (; i + 4 <= words.Length; i += 4)
        {
            a = BitOperations.RotateLeft(a + (words[i] * K2), 31) * K1;
            b = BitOperations.RotateLeft(b + (words[i + 1] * K2), 31) * K1;
            c = BitOperations.RotateLeft(c + (words[i + 2] * K2), 31) * K1;
            d = BitOperations.RotateLeft(d + (words[i + 3] * K2), 31) * K1;
        }

        for (; i < words.Length; i++)
        {
            a = BitOperations.RotateLeft(a + (words[i] * K2), 31) * K1;
        }

        for (var t = words.Length * 8; t < bytes.Length; t++)
        {
            b = BitOperations.RotateLeft(b + ((bytes[t] + 1UL) * K2), 31) * K1;
        }

        var h = BitOperations.RotateLeft(a, 1) + BitOperations.RotateLeft(b, 7) + BitOperations.RotateLeft(c, 12) + BitOperations.RotateLeft(d, 18);
        h ^= h >> 33;
        h *= K2;
        h ^= h >> 29;
        return h;
    }
}
