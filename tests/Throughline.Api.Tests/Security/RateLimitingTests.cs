using System.Net;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Security;

public sealed class RateLimitingTests
{
    [Fact]
    public async Task A_client_over_its_rate_gets_429_with_retry_after()
    {
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:RateLimit:PermitLimit"] = "3",
            ["Throughline:RateLimit:WindowSeconds"] = "3600",
        });
        var statuses = new List<HttpStatusCode>();
        ApiResponse last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await api.PostAsync("{ stats { entities } }");
            statuses.Add(last.Status);
        }

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        int.Parse(last.Headers["Retry-After"], System.Globalization.CultureInfo.InvariantCulture).Should().BePositive();
        last.FirstErrorCode.Should().Be("LIMIT_EXCEEDED");
        (await api.SendAsync(HttpMethod.Get, "/health")).Status.Should().Be(HttpStatusCode.OK, "health checks are not rate limited");
    }
}
