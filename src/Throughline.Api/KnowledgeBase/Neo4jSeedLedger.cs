using Throughline.Storage.Neo4j;

namespace Throughline.Api.KnowledgeBase;

/// <summary>The seed ledger kept in Neo4j itself (a :SeedImport node per seed directory), shared by every API process on the server.</summary>
public sealed class Neo4jSeedLedger(Neo4jGraphStore store) : ISeedLedger
{
    public Task<string?> ImportedAtAsync(string seed, string fingerprint, CancellationToken ct) => store.SeedImportedAtAsync(seed, fingerprint, ct);

    public Task RecordAsync(string seed, string fingerprint, CancellationToken ct) => store.RecordSeedImportAsync(seed, fingerprint, ct);
}
