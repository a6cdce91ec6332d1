using System.Net;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Health;

/// <summary>Finding 4 of issue 10: health and the SDL are rate limited; counts are cached but follow writes; liveness touches nothing.</summary>
public sealed class HealthLimitTests
{
    [Fact]
    public async Task Health_and_the_schema_text_are_inside_the_rate_limit()
    {
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:RateLimit:PermitLimit"] = "2",
            ["Throughline:RateLimit:WindowSeconds"] = "3600",
        });
        (await api.SendAsync(HttpMethod.Get, "/health")).Status.Should().Be(HttpStatusCode.OK);
        (await api.SendAsync(HttpMethod.Get, "/health/live")).Status.Should().Be(HttpStatusCode.OK);
        (await api.SendAsync(HttpMethod.Get, "/health")).Status.Should().Be(HttpStatusCode.TooManyRequests);
        (await api.SendAsync(HttpMethod.Get, "/graphql/schema.graphql")).Status.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Liveness_answers_without_touching_the_store()
    {
        await using var api = await ApiServer.StartAsync();
        var live = await api.SendAsync(HttpMethod.Get, "/health/live");
        live.Status.Should().Be(HttpStatusCode.OK);
        live.Json.GetProperty("status").GetString().Should().Be("live");

    }

    [Fact]
    public async Task Cached_counts_follow_a_write()
    {
        await using var api = await ApiServer.StartAsync();
        var before = (await api.SendAsync(HttpMethod.Get, "/health")).Json.GetProperty("counts").GetProperty("entities").GetInt32();

        var added = await api.PostAsync(
            "mutation { upsertEntity(input: {id: \"org/health-probe\", name: \"Health Probe\", kind: ORGANIZATION}) { id } }",
            apiKey: ApiServer.ApiKey);

        added.Errors.Should().BeEmpty();
        var after = (await api.SendAsync(HttpMethod.Get, "/health")).Json.GetProperty("counts").GetProperty("entities").GetInt32();
        after.Should().Be(before + 1, "the cached counts are keyed on the store's version, which the write moved");
    }
}
