using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Throughline.Api.Configuration;
using Throughline.Api.Http;

namespace Throughline.Api.Security;

/// <summary>
/// The CORS policy per request origin: every allowed origin may query; only <see cref="CorsOptions.MutationOrigins"/>
/// may send Authorization, so a foreign page's preflight for a mutation is refused. Mutations that arrive with a
/// foreign Origin anyway (no preflight needed for a simple request) are refused by <see cref="RequireMutationOrigin"/>.
/// </summary>
public sealed class CorsPolicies(IOptions<ApiOptions> options) : ICorsPolicyProvider
{
    private readonly Configuration.CorsOptions _cors = options.Value.Cors;

    public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        ArgumentNullException.ThrowIfNull(context);
        var origin = context.Request.Headers.Origin.ToString();
        var policy = new CorsPolicyBuilder().WithMethods("GET", "POST");
        if (origin.Length > 0 && MayMutate(origin))
        {
            policy.WithOrigins(origin).WithHeaders("Content-Type", "Accept", "Authorization");
        }
        else
        {
            var origins = _cors.AllowedOrigins;
            _ = origins.Length == 0 || origins.Contains("*") ? policy.AllowAnyOrigin() : policy.WithOrigins(origins);
            policy.WithHeaders("Content-Type", "Accept");
        }

        return Task.FromResult<CorsPolicy?>(policy.Build());
    }

    /// <summary>403 for a mutation whose Origin is neither this server nor a listed mutation origin.</summary>
    public void RequireMutationOrigin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || MayMutate(origin)
            || string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        throw new RequestProblem(
            StatusCodes.Status403Forbidden,
            $"Mutations are not accepted from origin '{origin}': list it in Throughline:Cors:MutationOrigins.",
            ErrorCodes.Forbidden);
    }

    private bool MayMutate(string origin) => _cors.MutationOrigins.Any(o => string.Equals(o.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));
}
