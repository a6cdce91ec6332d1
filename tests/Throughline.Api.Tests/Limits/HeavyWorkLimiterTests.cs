using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Throughline.Api.Limits;
using Throughline.Api.Tests.Support;
using Throughline.Core.Synthetic;

namespace Throughline.Api.Tests.Limits;

/// <summary>
/// Finding 2 of issue 10: heavy work cannot take every core or starve the thread pool, whoever sends it. Engine calls
/// and text searches run in MaxConcurrentHeavyWork server-wide slots (default: cores − 1), the aliases of one request
/// included; at most HeavyWorkQueueLimit heavy requests wait beyond those, and more get 503 with Retry-After before
/// any work, while /health and cheap queries are still answered. Clients are told apart by X-Forwarded-For from a
/// trusted proxy (this test, on 127.0.0.1), so the per-client gate does not hide the server-wide one.
/// </summary>
public sealed class HeavyWorkLimiterTests : IDisposable
{
    private readonly string _seed = Directory.CreateTempSubdirectory("throughline-heavy-work-seed-").FullName;

    public HeavyWorkLimiterTests()
    {
        // The server is in the test process: enough pool threads up front that every request reaches the limiter at
        // once, as on a server with more cores (without them the pool itself would serialise the searches).
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), io);
        SeedDataWriter.Write(SyntheticGraph.Generate(new SyntheticGraphOptions(1_000, 6_000)), _seed);
    }

    public void Dispose() => Directory.Delete(_seed, recursive: true);

    // With no expansion budget to stop it this search runs until the request's time limit cancels it.
    private const string Endless = "paths(from: { kinds: [ORGANIZATION] }, to: { kinds: [PROJECT] }, options: { maxHops: 6, direction: ANY }, first: 100) { totalCount }";

    [Fact]
    public async Task Heavy_requests_beyond_the_running_and_waiting_ones_get_503_and_health_is_answered_meanwhile()
    {
        await using var api = await StartAsync(slots: 1, queue: 1, timeoutSeconds: 3);

        var heavy = new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3" }.Select(client => SendAsync(api, client, "{ " + Endless + " }")).ToList();
        // Still answered while a search holds the one slot (and another waits for it): no thread is blocked waiting.
        var live = await api.SendAsync(HttpMethod.Get, "/health/live");
        var cheap = await api.PostAsync("{ entities(first: 1) { totalCount } }");
        var answeredWhileBusy = heavy.Count(t => !t.IsCompleted);
        var results = await Task.WhenAll(heavy);

        live.Status.Should().Be(HttpStatusCode.OK);
        cheap.Errors.Should().BeEmpty(cheap.Text);
        answeredWhileBusy.Should().BePositive("/health and the cheap query were answered before the heavy requests ended");
        var busy = results.Where(r => r.Status == HttpStatusCode.ServiceUnavailable).ToList();
        busy.Should().ContainSingle("one runs, one waits (HeavyWorkQueueLimit 1), the third is refused; statuses: " + string.Join(", ", results.Select(r => r.Status)));
        busy[0].Headers.Should().ContainKey("Retry-After");
        busy[0].Text.Should().Contain("LIMIT_EXCEEDED").And.Contain("MaxConcurrentHeavyWork").And.NotContain("   at ");
        results.Where(r => r.Status != HttpStatusCode.ServiceUnavailable).Should().OnlyContain(r => r.Text.Contains("time limit"));
        api.Services.GetRequiredService<HeavyWorkLimiter>().PeakRunning.Should().Be(1);
    }

    [Fact]
    public async Task Engine_calls_of_many_clients_and_aliases_never_run_more_than_the_slots_at_once()
    {
        await using var api = await StartAsync(slots: 1, queue: 100, timeoutSeconds: 60, expansionBudget: 200_000);
        var aliased = new StringBuilder("{");
        for (var i = 0; i < 3; i++)
        {
            aliased.Append(" a").Append(i).Append(": ").Append(Endless);
        }

        var document = aliased.Append(" s: entities(search: \"1\", first: 5) { totalCount } }").ToString();
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => SendAsync(api, $"198.51.100.{i + 1}", document)));

        results.Should().OnlyContain(r => r.Status == HttpStatusCode.OK && !r.Text.Contains("\"errors\""), string.Join("\n", results.Select(r => r.Text)));
        // Twenty-four searches from six clients at once, one at a time: on 2 cores the other is left to everything else.
        api.Services.GetRequiredService<HeavyWorkLimiter>().PeakRunning.Should().Be(1);
    }

    [Fact]
    public async Task Path_and_neighbourhood_exports_take_the_same_slots_and_are_refused_with_503_when_they_are_full()
    {
        await using var api = await StartAsync(slots: 1, queue: 0, timeoutSeconds: 3);
        const string EndlessExport = "/export/paths?format=cytoscape&from.kinds=ORGANIZATION&to.kinds=PROJECT&maxHops=6&direction=ANY&first=100";

        // Two clients at once, no waiting room: one export holds the one slot until the time limit, the other is refused.
        var results = await Task.WhenAll(new[] { "203.0.113.7", "203.0.113.8" }.Select(client => GetAsync(api, client, EndlessExport)));
        var neighbourhood = await GetAsync(api, "203.0.113.9", "/export/neighborhood?format=cytoscape&id=" + Uri.EscapeDataString(FirstEntity()) + "&depth=2");

        var busy = results.Where(r => r.Status == HttpStatusCode.ServiceUnavailable).ToList();
        busy.Should().ContainSingle("statuses: " + string.Join(", ", results.Select(r => r.Status)));
        busy[0].Headers.Should().ContainKey("Retry-After");
        busy[0].Text.Should().Contain("LIMIT_EXCEEDED").And.Contain("MaxConcurrentHeavyWork").And.NotContain("   at ");
        results.Should().ContainSingle(r => r.Status == HttpStatusCode.BadRequest && r.Text.Contains("time limit"));
        neighbourhood.Status.Should().Be(HttpStatusCode.OK, neighbourhood.Text);
        // Without the slots an export ran the engine outside them and this stayed 0.
        api.Services.GetRequiredService<HeavyWorkLimiter>().PeakRunning.Should().Be(1);
    }

    [Fact]
    public async Task A_whole_graph_export_beyond_the_streaming_ones_gets_503_with_retry_after()
    {
        await using var api = await StartAsync(slots: 1, queue: 0, timeoutSeconds: 10);
        var slots = api.Services.GetRequiredService<GraphExportSlots>();

        // The test holds the one slot as a long export streaming to another client would.
        ApiResponse refused;
        using (slots.Enter())
        {
            refused = await GetAsync(api, "203.0.113.20", "/export/graph?format=csv-edges");
        }

        var served = await GetAsync(api, "203.0.113.21", "/export/graph?format=csv-edges");

        refused.Status.Should().Be(HttpStatusCode.ServiceUnavailable, refused.Text);
        refused.Headers.Should().ContainKey("Retry-After");
        refused.Text.Should().Contain("LIMIT_EXCEEDED").And.Contain("MaxConcurrentGraphExports").And.NotContain("   at ");
        served.Status.Should().Be(HttpStatusCode.OK, served.Text);
        served.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.Should().Be(6_001, "a header and the synthetic graph's 6,000 relations");
    }

    private string FirstEntity() =>
        File.ReadLines(Path.Combine(_seed, "entities.yaml")).Select(l => l.Trim()).First(l => l.StartsWith("- id:", StringComparison.Ordinal))["- id:".Length..].Trim();

    private static async Task<ApiResponse> GetAsync(ApiServer api, string client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", client);
        using var response = await api.Client.SendAsync(request);
        return await ApiResponse.ReadAsync(response);
    }

    private Task<ApiServer> StartAsync(int slots, int queue, int timeoutSeconds, long expansionBudget = 1_000_000_000_000) =>
        ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:SeedData"] = _seed,
            ["Throughline:Limits:WorkPerCost"] = "1000000",
            ["Throughline:Limits:MaxConcurrentHeavyWork"] = slots.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Throughline:Limits:HeavyWorkQueueLimit"] = queue.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Throughline:Limits:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Throughline:Limits:ExpansionBudget"] = expansionBudget.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Throughline:Limits:RequestExpansionBudget"] = "1000000000000",
            ["Throughline:Limits:MaxComplexity"] = "1000000000",
            ["Throughline:RateLimit:TrustedProxies:0"] = "127.0.0.1",
        });

    private static async Task<ApiResponse> SendAsync(ApiServer api, string client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", client);
        using var response = await api.Client.SendAsync(request);
        return await ApiResponse.ReadAsync(response);
    }
}
