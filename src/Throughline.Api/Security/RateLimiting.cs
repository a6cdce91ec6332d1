using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Throughline.Api.Configuration;
using Throughline.Api.Http;

namespace Throughline.Api.Security;

/// <summary>
/// Per-client fixed-window rate limit on /graphql, partitioned by client address (<see cref="ClientAddress"/>). Rejections are 429 with Retry-After
/// and a GraphQL error body (extensions.code LIMIT_EXCEEDED).
/// </summary>
public static class RateLimiting
{
    public const string PolicyName = "per-client";

    public static IServiceCollection AddThroughlineRateLimiting(this IServiceCollection services, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clients = new ClientAddress(options);
        var windows = new WindowClock(TimeSpan.FromSeconds(options.WindowSeconds));
        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PolicyName, context => options.PermitLimit <= 0
                ? RateLimitPartition.GetNoLimiter("unlimited")
                : RateLimitPartition.GetFixedWindowLimiter(
                    clients.Of(context),
                    key => windows.Started(key, new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.PermitLimit,
                        Window = TimeSpan.FromSeconds(options.WindowSeconds),
                        QueueLimit = options.QueueLimit,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })));
            limiter.OnRejected = async (rejected, ct) =>
            {
                // The limiter's own RetryAfter is the whole window; the client's window may be nearly over.
                var retryAfter = Math.Max(1, (int)Math.Ceiling(windows.Remaining(clients.Of(rejected.HttpContext)).TotalSeconds));
                var response = rejected.HttpContext.Response;
                response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await GraphQLResponses.WriteProblemAsync(
                    rejected.HttpContext,
                    new RequestProblem(
                        StatusCodes.Status429TooManyRequests,
                        $"Too many requests from this client: at most {options.PermitLimit} per {options.WindowSeconds} s. Retry after {retryAfter} s.",
                        ErrorCodes.LimitExceeded),
                    ct).ConfigureAwait(false);
            };
        });
    }
}
