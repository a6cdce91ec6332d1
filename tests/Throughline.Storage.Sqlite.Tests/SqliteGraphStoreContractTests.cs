using Throughline.Core.Storage;
using Throughline.Storage.Contract;

namespace Throughline.Storage.Sqlite.Tests;

/// <summary>The store contract against a real SQLite file in a temp directory.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly TempDirectory _directory = new();

    protected override async Task<IGraphStore> CreateEmptyStoreAsync() =>
        await SqliteGraphStore.OpenAsync(_directory.File("contract.db"));

    public void Dispose() => _directory.Dispose();
}
