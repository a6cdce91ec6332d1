using Throughline.Core.Storage;

namespace Throughline.Storage.Contract;

/// <summary>
/// What every <see cref="IGraphStore"/> must do, identically. A store's test project subclasses this and overrides only
/// <see cref="CreateEmptyStoreAsync"/>; each test gets a fresh, empty store. Topics live in partial files.
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    private IGraphStore? _store;

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("the store is created in InitializeAsync");

    /// <summary>A new store holding nothing, private to one test.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    public async Task InitializeAsync() => _store = await CreateEmptyStoreAsync();

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    protected Task<ImportResult> ImportContractGraphAsync() => Store.ApplyAsync(ContractGraph.Batch);
}
