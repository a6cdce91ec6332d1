namespace Throughline.Api.KnowledgeBase;

/// <summary>
/// Where a store remembers the fingerprint of the seed directory last imported into it, so a start with unchanged seed
/// files skips the import (and keeps what mutations changed in seed records).
/// </summary>
public interface ISeedLedger
{
    /// <summary>When <paramref name="fingerprint"/> was imported for <paramref name="seed"/>, or null if it was not.</summary>
    Task<string?> ImportedAtAsync(string seed, string fingerprint, CancellationToken ct);

    Task RecordAsync(string seed, string fingerprint, CancellationToken ct);
}
