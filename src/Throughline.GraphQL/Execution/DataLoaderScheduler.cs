namespace Throughline.GraphQL.Execution;

/// <summary>
/// Decides when queued <see cref="DataLoader{TKey,TValue}"/> keys are fetched: only once every piece of work that can
/// run without waiting has run, so all keys asked for by sibling fields (and list items) land in one batch.
/// The executor creates one per request and drives it with <see cref="RunAsync"/>.
/// </summary>
public sealed class DataLoaderScheduler
{
    private readonly Lock _gate = new();
    private readonly List<IBatchDispatcher> _pending = [];
    private TaskCompletionSource? _signal;
    private int _completing;

    /// <summary>
    /// Waits for <paramref name="work"/>, dispatching queued loaders whenever the work is blocked on nothing else.
    /// </summary>
    public async Task RunAsync(Task work)
    {
        ArgumentNullException.ThrowIfNull(work);
        while (!work.IsCompleted)
        {
            List<IBatchDispatcher>? ready = null;
            Task signal;
            lock (_gate)
            {
                // While a batch is handing out its results, its continuations run synchronously and may queue the next
                // level's keys; dispatching before they finish would split that level into several batches.
                if (_pending.Count > 0 && _completing == 0)
                {
                    ready = [.. _pending];
                    _pending.Clear();
                    signal = Task.CompletedTask;
                }
                else
                {
                    _signal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    signal = _signal.Task;
                }
            }

            if (ready is not null)
            {
                foreach (var loader in ready)
                {
                    loader.Dispatch();
                }

                continue;
            }

            await Task.WhenAny(work, signal).ConfigureAwait(false);
        }

        await work.ConfigureAwait(false);
    }

    internal void Enqueue(IBatchDispatcher loader)
    {
        lock (_gate)
        {
            _pending.Add(loader);
            Signal();
        }
    }

    internal void BeginCompleting()
    {
        lock (_gate)
        {
            _completing++;
        }
    }

    internal void EndCompleting()
    {
        lock (_gate)
        {
            _completing--;
            Signal();
        }
    }

    private void Signal()
    {
        var signal = _signal;
        _signal = null;
        signal?.TrySetResult();
    }
}

/// <summary>A loader with queued keys, as the scheduler sees it.</summary>
internal interface IBatchDispatcher
{
    void Dispatch();
}
