using Microsoft.Extensions.Options;
using Throughline.Api.Configuration;
using Throughline.Api.Http;

namespace Throughline.Api.Limits;

/// <summary>
/// At most <see cref="LimitOptions.MaxConcurrentGraphExports"/> whole-graph exports (<c>/export/graph</c>) at once,
/// server-wide. Each streams every record of the store and keeps a core busy for as long as that takes (about half a
/// minute at five million relations), so without this a client could start enough of them to hold every core. A
/// request that finds the slots taken gets 503 with Retry-After at once: it would wait the length of an export.
/// </summary>
public sealed class GraphExportSlots(IOptions<ApiOptions> options)
{
    private readonly int _limit = Math.Max(1, options.Value.Limits.MaxConcurrentGraphExports);
    private readonly SemaphoreSlim? _slots = options.Value.Limits.MaxConcurrentGraphExports < 0 ? null
        : new SemaphoreSlim(Math.Max(1, options.Value.Limits.MaxConcurrentGraphExports));

    /// <summary>Takes a slot for one export (dispose to release it) or throws a 503 problem.</summary>
    public IDisposable Enter()
    {
        if (_slots is null)
        {
            return SlotRelease.None;
        }

        if (!_slots.Wait(0))
        {
            throw new RequestProblem(
                StatusCodes.Status503ServiceUnavailable,
                $"The server is busy: {_limit} whole-graph export(s) are streaming (MaxConcurrentGraphExports); retry when it has finished.",
                ErrorCodes.LimitExceeded)
            {
                Headers = new Dictionary<string, string> { ["Retry-After"] = "10" },
            };
        }

        return new SlotRelease(_slots);
    }
}
