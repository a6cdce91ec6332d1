namespace Throughline.Core.Storage;

/// <summary>A versioned store that can pin reads to one committed version (one request reads one state of the graph).</summary>
public interface ISnapshotStore : IVersionedStore
{
    /// <summary>
    /// A read-only view of the store at one committed version: every read through it, its <c>GetVersionAsync</c> and its
    /// <c>GetChangesSinceAsync</c> see that version whatever commits meanwhile, until it is disposed. Writing through it
    /// fails. Hold it briefly (one request): the store keeps what the view needs until then.
    /// </summary>
    Task<IVersionedStore> OpenSnapshotAsync(CancellationToken ct = default);
}
