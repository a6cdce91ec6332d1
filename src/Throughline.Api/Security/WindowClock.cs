using System.Collections.Concurrent;
using System.Diagnostics;

namespace Throughline.Api.Security;

/// <summary>
/// When each client's fixed window started, so Retry-After can say how long is actually left. A partition's limiter
/// starts its first window when it is created (the factory runs then) and replenishes every window after that.
/// </summary>
internal sealed class WindowClock(TimeSpan window)
{
    private readonly ConcurrentDictionary<string, long> _started = new(StringComparer.Ordinal);

    public T Started<T>(string client, T options)
    {
        _started[client] = Stopwatch.GetTimestamp();
        return options;
    }

    public TimeSpan Remaining(string client)
    {
        if (!_started.TryGetValue(client, out var start) || window <= TimeSpan.Zero)
        {
            return window;
        }

        var elapsed = Stopwatch.GetElapsedTime(start).Ticks % window.Ticks;
        return TimeSpan.FromTicks(window.Ticks - elapsed);
    }
}
