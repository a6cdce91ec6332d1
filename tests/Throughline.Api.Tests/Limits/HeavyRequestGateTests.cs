using System.Net;
using System.Text;
using System.Text.Json;
using Throughline.Api.Tests.Support;
using Throughline.Core.Synthetic;

namespace Throughline.Api.Tests.Limits;

/// <summary>
/// Finding 2 of issue 10: one client cannot occupy every core. Requests with searches run at most
/// MaxConcurrentHeavyRequests at a time per client; the client's others wait and then get 429, while another client
/// is served meanwhile. Clients are told apart by X-Forwarded-For from a trusted proxy (this test, on 127.0.0.1).
/// </summary>
public sealed class HeavyRequestGateTests : IDisposable
{
    private readonly string _seed = Directory.CreateTempSubdirectory("throughline-gate-seed-").FullName;

    public void Dispose() => Directory.Delete(_seed, recursive: true);

    // With no expansion budget to stop it, this search over a synthetic graph of 1,000 entities and 6,000 relations (the
    // seed graph's routes are all found in a second) runs until the request's time limit cancels it: every admitted
    // request holds its slot for the whole time limit, far longer than the queue wait.
    private const string Endless = "{ paths(from: { kinds: [ORGANIZATION] }, to: { kinds: [PROJECT] }, options: { maxHops: 6, direction: ANY }, first: 100) { totalCount } }";

    [Fact]
    public async Task A_client_s_heavy_requests_run_at_most_the_limit_at_a_time_the_rest_get_429_and_another_client_is_served()
    {
        // The searches are CPU-bound and this server is in the test process: on 2 cores the two admitted ones hold both
        // pool threads, and the others would reach the gate only when the pool grows, seconds later (after the slots are
        // free again). Enough threads up front make all six reach the gate at once, as on a server with more cores.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), io);
        SeedDataWriter.Write(SyntheticGraph.Generate(new SyntheticGraphOptions(1_000, 6_000)), _seed);
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:SeedData"] = _seed,
            ["Throughline:Limits:WorkPerCost"] = "1000000",
            ["Throughline:Limits:MaxConcurrentHeavyRequests"] = "2",
            ["Throughline:Limits:HeavyRequestQueueSeconds"] = "0.5",
            ["Throughline:Limits:TimeoutSeconds"] = "3",
            ["Throughline:Limits:ExpansionBudget"] = "1000000000000",
            ["Throughline:Limits:RequestExpansionBudget"] = "1000000000000",
            ["Throughline:Limits:MaxComplexity"] = "1000000000",
            ["Throughline:RateLimit:TrustedProxies:0"] = "127.0.0.1",
        });

        var fromA = Enumerable.Range(0, 5).Select(_ => SendAsync(api, "203.0.113.7")).ToList();
        var fromB = SendAsync(api, "198.51.100.9");
        var a = await Task.WhenAll(fromA);
        var b = await fromB;

        a.Count(r => r.Status == HttpStatusCode.TooManyRequests).Should().Be(3, "two of client A's five run; three wait 0.5 s for a slot and are refused");
        a.Where(r => r.Status == HttpStatusCode.TooManyRequests).Should().OnlyContain(r => r.Headers.ContainsKey("Retry-After") && r.Text.Contains("LIMIT_EXCEEDED"));
        a.Where(r => r.Status != HttpStatusCode.TooManyRequests).Should().OnlyContain(r => r.Text.Contains("time limit"), "the admitted ones ran until the time limit");
        b.Status.Should().NotBe(HttpStatusCode.TooManyRequests, "client B has slots of its own while A's are taken");
        b.Text.Should().Contain("time limit");

        // The slots are given back: A is served again once its requests are done.
        var again = await SendAsync(api, "203.0.113.7", "{ entities(search: \"a\", first: 1) { edges { node { id } } } }");
        again.Status.Should().Be(HttpStatusCode.OK, again.Text);
    }

    private static async Task<ApiResponse> SendAsync(ApiServer api, string client, string query = Endless)
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
