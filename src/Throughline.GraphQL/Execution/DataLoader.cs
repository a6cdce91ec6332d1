namespace Throughline.GraphQL.Execution;

/// <summary>
/// Batches and caches loads of one kind within one request: every key asked for before the scheduler dispatches is
/// fetched with a single call of the batch function, and each key at most once per request. Obtain one per request
/// with <c>context.GetDataLoader(...)</c>.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IBatchDispatcher
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _batch;
    private readonly DataLoaderScheduler _scheduler;
    private readonly CancellationToken _cancellationToken;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private List<(TKey Key, TaskCompletionSource<TValue?> Result)> _queue = [];

    public DataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch,
        DataLoaderScheduler scheduler,
        CancellationToken cancellationToken = default)
    {
        _batch = batch ?? throw new ArgumentNullException(nameof(batch));
        _scheduler = scheduler ?? throw new ArgumentNullException(nameof(scheduler));
        _cancellationToken = cancellationToken;
    }

    /// <summary>The value for <paramref name="key"/>; default when the batch function's answer lacks the key.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        bool first;
        Task<TValue?> task;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var result = new TaskCompletionSource<TValue?>();
            task = result.Task;
            _cache.Add(key, task);
            first = _queue.Count == 0;
            _queue.Add((key, result));
        }

        if (first)
        {
            _scheduler.Enqueue(this);
        }

        return task;
    }

    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return await Task.WhenAll(keys.Select(LoadAsync).ToList()).ConfigureAwait(false);
    }

    void IBatchDispatcher.Dispatch()
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Result)> queue;
        lock (_gate)
        {
            queue = _queue;
            _queue = [];
        }

        if (queue.Count > 0)
        {
            _ = RunBatchAsync(queue);
        }
    }

    private async Task RunBatchAsync(List<(TKey Key, TaskCompletionSource<TValue?> Result)> queue)
    {
        IReadOnlyDictionary<TKey, TValue>? values = null;
        Exception? failure = null;
        try
        {
            values = await _batch(queue.ConvertAll(entry => entry.Key), _cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("DataLoader batch function returned null instead of a dictionary.");
        }
        catch (Exception e)
        {
            failure = e;
        }

        _scheduler.BeginCompleting();
        try
        {
            foreach (var (key, result) in queue)
            {
                if (failure is OperationCanceledException)
                {
                    result.TrySetCanceled(_cancellationToken.IsCancellationRequested ? _cancellationToken : default);
                }
                else if (failure is not null)
                {
                    result.TrySetException(failure);
                }
                else
                {
                    result.TrySetResult(values!.TryGetValue(key, out var value) ? value : default);
                }
            }
        }
        finally
        {
            _scheduler.EndCompleting();
        }
    }
}
