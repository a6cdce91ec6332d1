using Throughline.Core.Storage;
using Throughline.Storage.Contract;

namespace Throughline.Storage.Sqlite.Tests;

/// <summary>The versioned-store contract against a real SQLite file in a temp directory.</summary>
public sealed class SqliteVersionedStoreContractTests : VersionedStoreContract, IDisposable
{
    private readonly TempDirectory _directory = new();

    protected override async Task<IVersionedStore> CreateEmptyStoreAsync() =>
        await SqliteGraphStore.OpenAsync(_directory.File("versioned.db"));

    public void Dispose() => _directory.Dispose();
}
