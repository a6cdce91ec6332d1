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
    }

    [Fact]
    public async Task Retry_after_is_the_time_left_in_the_window_not_the_whole_window()
    {
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:RateLimit:PermitLimit"] = "1",
            ["Throughline:RateLimit:WindowSeconds"] = "3600",
        });
        await api.PostAsync("{ stats { entities } }");
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var rejected = await api.PostAsync("{ stats { entities } }");
        rejected.Status.Should().Be(HttpStatusCode.TooManyRequests);
        int.Parse(rejected.Headers["Retry-After"], System.Globalization.CultureInfo.InvariantCulture).Should().BeLessThan(3599);
    }

    [Fact]
    public async Task X_forwarded_for_picks_the_bucket_only_behind_a_trusted_proxy()
    {
        var limits = new Dictionary<string, string?>
        {
            ["Throughline:RateLimit:PermitLimit"] = "1",
            ["Throughline:RateLimit:WindowSeconds"] = "3600",
        };
        await using (var untrusted = await ApiServer.StartAsync(limits))
        {
            (await ForwardedAsync(untrusted, "203.0.113.1")).Should().Be(HttpStatusCode.OK);
            (await ForwardedAsync(untrusted, "203.0.113.2")).Should().Be(HttpStatusCode.TooManyRequests, "a client cannot pick its own bucket");
        }

        limits["Throughline:RateLimit:TrustedProxies:0"] = "127.0.0.1";
        await using var trusted = await ApiServer.StartAsync(limits);
        (await ForwardedAsync(trusted, "203.0.113.1")).Should().Be(HttpStatusCode.OK);
        (await ForwardedAsync(trusted, "203.0.113.2")).Should().Be(HttpStatusCode.OK, "behind a trusted proxy each forwarded client has its own bucket");
        (await ForwardedAsync(trusted, "203.0.113.1")).Should().Be(HttpStatusCode.TooManyRequests);
    }

    private static async Task<HttpStatusCode> ForwardedAsync(ApiServer api, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ stats { entities } }\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", client);
        using var response = await api.Client.SendAsync(request);
        return response.StatusCode;
    }
}
