using System.Net;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Security;

/// <summary>Finding 10 of issue 10: any origin may query; only Cors:MutationOrigins may send Authorization (and so mutations).</summary>
public sealed class CorsTests : IAsyncLifetime
{
    private const string Listed = "https://editor.example";
    private ApiServer _api = null!;

    public async Task InitializeAsync() => _api = await ApiServer.StartAsync(new Dictionary<string, string?>
    {
        ["Throughline:Cors:MutationOrigins:0"] = Listed,
    });

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_foreign_origin_s_preflight_with_authorization_is_not_allowed()
    {
        var headers = await PreflightAsync("https://evil.example", "authorization,content-type");
        headers.TryGetValue("Access-Control-Allow-Headers", out var allowed);
        (allowed ?? string.Empty).Should().NotContainEquivalentOf("authorization");
    }

    [Fact]
    public async Task A_listed_origin_s_preflight_with_authorization_is_allowed()
    {
        var headers = await PreflightAsync(Listed, "authorization,content-type");
        headers["Access-Control-Allow-Origin"].Should().Be(Listed);
        headers["Access-Control-Allow-Headers"].Should().ContainEquivalentOf("authorization");
    }

    [Fact]
    public async Task A_foreign_origin_may_still_query_but_not_mutate()
    {
        var query = await SendAsync("https://evil.example", "{\"query\":\"{ stats { entities } }\"}");
        query.StatusCode.Should().Be(HttpStatusCode.OK);
        query.Headers.GetValues("Access-Control-Allow-Origin").Should().Contain("*");

        var mutation = await SendAsync("https://evil.example", "{\"query\":\"mutation { upsertEntity(input: {id: \\\"org/x-cors\\\", name: \\\"X\\\", kind: ORGANIZATION}) { id } }\"}");
        mutation.StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    private async Task<HttpResponseMessage> SendAsync(string origin, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", origin);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ApiServer.ApiKey);
        return await _api.Client.SendAsync(request);
    }

    private async Task<IReadOnlyDictionary<string, string>> PreflightAsync(string origin, string headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", headers);
        using var response = await _api.Client.SendAsync(request);
        return (await ApiResponse.ReadAsync(response)).Headers;
    }
}
