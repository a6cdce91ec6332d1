using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Throughline.Api.Configuration;
using Throughline.Api.Http;

namespace Throughline.Api.Limits;

/// <summary>
/// At most <see cref="LimitOptions.MaxConcurrentHeavyRequests"/> requests with graph searches per client at once: with
/// the per-request expansion allowance this keeps one client from holding every core however fast it sends. A heavy
/// request that finds its client's slots taken waits for one (a page's autocomplete and route query overlap as a
/// matter of course) and gets 429 only when none frees within <see cref="LimitOptions.HeavyRequestQueueSeconds"/>.
/// </summary>
public sealed class HeavyRequestGate(IOptions<ApiOptions> options)
{
    private readonly int _limit = options.Value.Limits.MaxConcurrentHeavyRequests;
    private readonly TimeSpan _queueWait = TimeSpan.FromSeconds(Math.Max(0, options.Value.Limits.HeavyRequestQueueSeconds));
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _slots = new(StringComparer.Ordinal);

    /// <summary>Admits one heavy request of <paramref name="client"/> (dispose to release) or throws a 429 problem.</summary>
    public async Task<IDisposable> EnterAsync(string client, CancellationToken ct)
    {
        if (_limit <= 0)
        {
            return SlotRelease.None;
        }

        // One semaphore per client address, kept for the process's life: a few hundred bytes per address seen.
        var slots = _slots.GetOrAdd(client, _ => new SemaphoreSlim(_limit, _limit));
        if (!await slots.WaitAsync(_queueWait, ct).ConfigureAwait(false))
        {
            throw new RequestProblem(
                StatusCodes.Status429TooManyRequests,
                $"This client already runs {_limit} request(s) with path queries or searches; wait for it to finish.",
                ErrorCodes.LimitExceeded)
            {
                Headers = new Dictionary<string, string> { ["Retry-After"] = "1" },
            };
        }

        return new SlotRelease(slots);
    }
}
