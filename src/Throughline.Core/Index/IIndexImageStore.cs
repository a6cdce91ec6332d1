namespace Throughline.Core.Index;

/// <summary>
/// A store that keeps one <see cref="IndexImage"/> next to its rows, valid for exactly the store version it was taken at.
/// <see cref="IndexedGraph"/> opens the image instead of reading every row when the version matches, and saves a new one
/// after it had to build from the rows.
/// </summary>
public interface IIndexImageStore
{
    /// <summary>
    /// The saved image when it was taken at the version this store (or snapshot) reads now; null when there is none or
    /// it is of another version. Whether its parts are intact is <see cref="IndexImage.Open"/>'s check.
    /// </summary>
    Task<IndexImage?> ReadIndexImageAsync(CancellationToken ct = default);

    /// <summary>
    /// False when <see cref="SaveIndexImageAsync"/> cannot write at all (a store opened read-only, or a snapshot), so that
    /// no image is built (seconds at millions of relations) only to be refused.
    /// </summary>
    bool CanSaveIndexImage { get; }

    /// <summary>
    /// Replaces the saved image with <paramref name="image"/> if the store is still at the version it was taken at;
    /// false (nothing written) when the store has moved on since or cannot be written.
    /// </summary>
    Task<bool> SaveIndexImageAsync(IndexImage image, CancellationToken ct = default);
}
