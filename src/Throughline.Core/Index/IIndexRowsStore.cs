namespace Throughline.Core.Index;

/// <summary>
/// A store that reads the path index's rows itself (<see cref="GraphIndexRows"/>), narrower and cheaper than the whole
/// graph as records. <see cref="IndexedGraph"/> uses it, when the store (or its snapshot) offers it, to build the index at
/// start-up and on a full reload; the index must equal <see cref="GraphIndex.Build(Storage.GraphSnapshot)"/> of the same state.
/// </summary>
public interface IIndexRowsStore
{
    /// <summary>Every entity and relation the store holds, read in one state of the store.</summary>
    Task<GraphIndexRows> ReadIndexRowsAsync(CancellationToken ct = default);
}
