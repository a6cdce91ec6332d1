using Throughline.Core.Index;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.Storage.Contract;

namespace Throughline.Storage.Sqlite.Tests;

/// <summary>The path contract for the embedded store: an IndexedGraph (in-memory index + PathEngine) over a real SQLite file.</summary>
public sealed class SqlitePathQueriesContractTests : PathsContract, IDisposable
{
    private readonly TempDirectory _directory = new();

    protected override async Task<IGraphStore> CreateEmptyStoreAsync() => await SqliteGraphStore.OpenAsync(_directory.File("paths.db"));

    protected override async Task<IPathQueries> OpenPathQueriesAsync(IGraphStore store) => await IndexedGraph.OpenAsync(store);

    public void Dispose() => _directory.Dispose();
}
