using Microsoft.Extensions.Options;
using Throughline.Api.Configuration;
using Throughline.Api.Http;

namespace Throughline.Api.Limits;

/// <summary>
/// Bounds the CPU the whole server spends on heavy work, whoever asks for it. The path engine and the text search run
/// synchronously on a thread-pool thread, so without a bound enough clients (or the aliased fields of one request,
/// which the executor runs concurrently) occupy every core and every pool thread, and /health and cheap queries stall
/// behind them. Every engine call and text search holds one of <see cref="LimitOptions.MaxConcurrentHeavyWork"/>
/// slots (default: one fewer than the cores, at least one) while it runs; a call waiting for a slot waits
/// asynchronously and holds no thread. At most <see cref="LimitOptions.HeavyWorkQueueLimit"/> heavy requests wait
/// beyond those that run; more are refused at once with 503 and Retry-After, before any work.
/// </summary>
public sealed class HeavyWorkLimiter
{
    private readonly SemaphoreSlim _cpu;
    private readonly int _admissions;
    private int _admitted;
    private int _running;
    private int _peak;

    public HeavyWorkLimiter(IOptions<ApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value.Limits;
        Slots = limits.MaxConcurrentHeavyWork > 0 ? limits.MaxConcurrentHeavyWork : Math.Max(1, Environment.ProcessorCount - 1);
        QueueLimit = Math.Max(0, limits.HeavyWorkQueueLimit);
        _admissions = Slots + QueueLimit;
        _cpu = new SemaphoreSlim(Slots, Slots);
    }

    /// <summary>Engine calls that may run at once, server-wide.</summary>
    public int Slots { get; }

    public int QueueLimit { get; }

    /// <summary>The most engine calls that ran at once since start: a work count the tests assert on, never above <see cref="Slots"/>.</summary>
    public int PeakRunning => Volatile.Read(ref _peak);

    /// <summary>Admits one heavy request (dispose when it ends) or throws 503 when <see cref="Slots"/> run and <see cref="QueueLimit"/> wait.</summary>
    public IDisposable Admit()
    {
        if (Interlocked.Increment(ref _admitted) > _admissions)
        {
            Interlocked.Decrement(ref _admitted);
            throw new RequestProblem(
                StatusCodes.Status503ServiceUnavailable,
                $"The server is busy: {Slots} path queries or searches are running and {QueueLimit} are waiting (MaxConcurrentHeavyWork, HeavyWorkQueueLimit); retry in a second.",
                ErrorCodes.LimitExceeded)
            {
                Headers = new Dictionary<string, string> { ["Retry-After"] = "1" },
            };
        }

        return new Admission(this);
    }

    /// <summary>Runs one engine call or text search in a slot, waiting (without a thread) for one to free.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _cpu.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var running = Interlocked.Increment(ref _running);
            for (var peak = Volatile.Read(ref _peak); running > peak; peak = Volatile.Read(ref _peak))
            {
                if (Interlocked.CompareExchange(ref _peak, running, peak) == peak)
                {
                    break;
                }
            }

            return await work().ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
            _cpu.Release();
        }
    }

    private sealed class Admission(HeavyWorkLimiter limiter) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                Interlocked.Decrement(ref limiter._admitted);
            }
        }
    }
}
