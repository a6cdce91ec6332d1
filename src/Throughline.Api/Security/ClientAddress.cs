using System.Net;
using Microsoft.Extensions.Options;
using Throughline.Api.Configuration;

namespace Throughline.Api.Security;

/// <summary>
/// Who a request comes from, for rate limits: the remote address, or — only when that address is one of
/// <see cref="RateLimitOptions.TrustedProxies"/> — the nearest address in X-Forwarded-For that is not a trusted proxy.
/// A client cannot pick its bucket by sending the header itself.
/// </summary>
public sealed class ClientAddress
{
    private readonly HashSet<IPAddress> _proxies;

    public ClientAddress(IOptions<ApiOptions> options)
        : this(options.Value.RateLimit)
    {
    }

    public ClientAddress(RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _proxies = [.. options.TrustedProxies.Select(p => IPAddress.TryParse(p.Trim(), out var ip) ? Normalize(ip) : null).OfType<IPAddress>()];
    }

    public string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var remote = context.Connection.RemoteIpAddress is { } address ? Normalize(address) : null;
        if (remote is null)
        {
            return "unknown";
        }

        if (!_proxies.Contains(remote))
        {
            return remote.ToString();
        }

        // Each proxy appends the address it received from; walk back from the nearest hop past our own proxies.
        var hops = context.Request.Headers["X-Forwarded-For"].SelectMany(v => (v ?? string.Empty).Split(',')).Select(h => h.Trim()).ToList();
        for (var i = hops.Count - 1; i >= 0; i--)
        {
            if (!IPAddress.TryParse(hops[i], out var hop))
            {
                break; // a malformed entry: do not trust anything beyond it
            }

            hop = Normalize(hop);
            if (!_proxies.Contains(hop))
            {
                return hop.ToString();
            }
        }

        return remote.ToString();
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
