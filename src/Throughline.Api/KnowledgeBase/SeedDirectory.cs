using System.Security.Cryptography;
using System.Text;

namespace Throughline.Api.KnowledgeBase;

/// <summary>Finds the seed-data directory and fingerprints its contents.</summary>
public static class SeedDirectory
{
    /// <summary>
    /// An absolute <paramref name="configured"/> path as is; a relative one is looked up in the working directory, the
    /// content root and the assembly directory, and in each of their parents (so a built dll finds the repo's seed-data).
    /// </summary>
    public static string? Find(string configured, string contentRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configured);
        if (Path.IsPathRooted(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, configured);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>SHA-256 over every file's relative path and bytes, in ordinal path order.</summary>
    public static string Fingerprint(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                     .Select(f => (Full: f, Relative: Path.GetRelativePath(directory, f).Replace('\\', '/')))
                     .OrderBy(f => f.Relative, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Relative + "\0"));
            hash.AppendData(File.ReadAllBytes(file.Full));
            hash.AppendData("\0"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
