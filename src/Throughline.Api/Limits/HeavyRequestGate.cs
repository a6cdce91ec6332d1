using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Throughline.Api.Configuration;
using Throughline.Api.Http;

namespace Throughline.Api.Limits;

/// <summary>
/// At most <see cref="LimitOptions.MaxConcurrentHeavyRequests"/> requests with graph searches per client at once: with
/// the per-request expansion allowance this keeps one client from holding every core however fast it sends.
/// </summary>
public sealed class HeavyRequestGate(IOptions<ApiOptions> options)
{
    private readonly int _limit = options.Value.Limits.MaxConcurrentHeavyRequests;
    private readonly ConcurrentDictionary<string, int> _running = new(StringComparer.Ordinal);

    /// <summary>Admits one heavy request of <paramref name="client"/> (dispose to release) or throws a 429 problem.</summary>
    public IDisposable Enter(string client)
    {
        if (_limit <= 0)
        {
            return Release.None;
        }

        var now = _running.AddOrUpdate(client, 1, (_, n) => n + 1);
        if (now > _limit)
        {
            Leave(client);
            throw new RequestProblem(
                StatusCodes.Status429TooManyRequests,
                $"This client already runs {_limit} request(s) with path queries or searches; wait for it to finish.",
                ErrorCodes.LimitExceeded)
            {
                Headers = new Dictionary<string, string> { ["Retry-After"] = "1" },
            };
        }

        return new Release(this, client);
    }

    private void Leave(string client)
    {
        var left = _running.AddOrUpdate(client, 0, (_, n) => n - 1);
        if (left <= 0)
        {
            _running.TryRemove(new KeyValuePair<string, int>(client, left));
        }
    }

    private sealed class Release(HeavyRequestGate? gate, string client) : IDisposable
    {
        public static readonly Release None = new(null, string.Empty);

        private int _done;

        public void Dispose()
        {
            if (gate is not null && Interlocked.Exchange(ref _done, 1) == 0)
            {
                gate.Leave(client);
            }
        }
    }
}
