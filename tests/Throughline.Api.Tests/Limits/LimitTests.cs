using System.Net;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Limits;

/// <summary>A server with small limits, so that every limit can be crossed with a small document.</summary>
public sealed class LimitTests : IAsyncLifetime
{
    private const string Strict = "application/graphql-response+json";
    private ApiServer _api = null!;

    public async Task InitializeAsync() => _api = await ApiServer.StartAsync(new Dictionary<string, string?>
    {
        ["Throughline:Limits:MaxDepth"] = "4",
        ["Throughline:Limits:MaxAliases"] = "2",
        ["Throughline:Limits:MaxComplexity"] = "110",
        ["Throughline:Limits:MaxDocumentLength"] = "400",
        ["Throughline:Limits:MaxTokens"] = "60",
        ["Throughline:Limits:ExpansionBudget"] = "3",
    });

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_query_within_the_limits_runs()
    {
        var response = await _api.PostAsync("{ entity(id: \"org/intel\") { relations { to { name } } } }", accept: Strict);
        response.Status.Should().Be(HttpStatusCode.OK);
        response.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task An_over_deep_query_is_refused_before_it_runs()
    {
        var response = await _api.PostAsync("{ entity(id: \"org/intel\") { relations { to { relations { to { name } } } } } }", accept: Strict);
        AssertLimit(response, "has a depth of 6, more than the maximum depth of 4.");
    }

    [Fact]
    public async Task Depth_counts_through_fragments()
    {
        var response = await _api.PostAsync(
            "{ entity(id: \"org/intel\") { ...R } } fragment R on Entity { relations { to { relations { id } } } }", accept: Strict);
        AssertLimit(response, "has a depth of 5");
    }

    [Fact]
    public async Task Too_many_aliases_are_refused()
    {
        var response = await _api.PostAsync("{ a: stats { entities } b: stats { entities } c: stats { entities } }", accept: Strict);
        AssertLimit(response, "uses 3 aliases, more than the maximum of 2.");
    }

    [Fact]
    public async Task A_query_too_costly_is_refused_and_path_queries_cost_more()
    {
        var cheap = await _api.PostAsync("{ entities(first: 20) { edges { node { id name } } } }", accept: Strict);
        cheap.Status.Should().Be(HttpStatusCode.OK);
        var paths = await _api.PostAsync(
            "{ paths(from: { ids: [\"org/intel\"] }, to: { ids: [\"org/netposa\"] }, first: 20) { edges { node { length } } } }", accept: Strict);
        // paths costs PathQueryCost (100) + its work bound (the expansion budget of 3, in units of 100: 1)
        // + edges 1 + 10 (default list size) × (node 1 + length 1) = 122
        AssertLimit(paths, "has a complexity of 122, more than the maximum of 110.");
    }

    [Fact]
    public async Task A_document_over_the_length_limit_is_refused()
    {
        var response = await _api.PostAsync("{ stats { entities } }" + new string(' ', 500), accept: Strict);
        AssertLimit(response, "characters long; the limit is 400");
    }

    [Fact]
    public async Task A_document_with_too_many_tokens_is_refused()
    {
        var response = await _api.PostAsync("{ " + string.Concat(Enumerable.Repeat("x ", 70)) + "}", accept: Strict);
        AssertLimit(response, "tokens");
    }

    [Fact]
    public async Task The_path_engine_s_expansion_budget_truncates_the_search()
    {
        var response = await _api.PostAsync(
            "{ paths(from: { ids: [\"org/intel\"] }, to: { kinds: [PROJECT] }, first: 1) { truncated totalCount totalCountIsExact } }", accept: Strict);
        response.Errors.Should().BeEmpty();
        response.Data.GetProperty("paths").GetProperty("truncated").GetBoolean().Should().BeTrue();
        response.Data.GetProperty("paths").GetProperty("totalCountIsExact").GetBoolean().Should().BeFalse("the count is of the paths found before the budget ran out");
    }

    [Fact]
    public async Task A_request_over_the_time_limit_is_cancelled()
    {
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?> { ["Throughline:Limits:TimeoutSeconds"] = "0" });
        var response = await api.PostAsync("{ stats { entities } }", accept: Strict);
        AssertLimit(response, "time limit");
    }

    private static void AssertLimit(ApiResponse response, string message)
    {
        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.HasData.Should().BeFalse();
        response.FirstErrorCode.Should().Be("LIMIT_EXCEEDED");
        response.Errors[0].GetProperty("message").GetString().Should().Contain(message);
    }
}
