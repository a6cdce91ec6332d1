using System.Net;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Limits;

/// <summary>Finding 1 of issue 10: a list size costs what it will be at run time — the variable's value, or the schema's default when omitted.</summary>
public sealed class VariableCostTests : IAsyncLifetime
{
    private const string Strict = "application/graphql-response+json";
    private const string Nested = "query($n: Int) { entity(id: \"org/intel\") { relations(first: $n) { to { relations(first: $n) { id } } } } }";
    private ApiServer _api = null!;

    // relations(first: 500) nested twice costs far more than 20,000; first: 2 nested twice costs a handful.
    public async Task InitializeAsync() => _api = await ApiServer.StartAsync(new Dictionary<string, string?>
    {
        ["Throughline:Limits:MaxComplexity"] = "20000",
    });

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_list_size_given_as_a_variable_is_priced_at_the_variable_s_value()
    {
        var large = await _api.PostAsync(Nested, new { n = 500 }, accept: Strict);
        large.Status.Should().Be(HttpStatusCode.BadRequest);
        large.FirstErrorCode.Should().Be("LIMIT_EXCEEDED");
        large.Errors[0].GetProperty("message").GetString().Should().Contain("complexity");

        var small = await _api.PostAsync(Nested, new { n = 2 }, accept: Strict);
        small.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_variable_with_a_default_is_priced_at_the_value_sent_not_the_default()
    {
        var response = await _api.PostAsync(Nested.Replace("$n: Int)", "$n: Int = 1)", StringComparison.Ordinal), new { n = 500 }, accept: Strict);
        response.FirstErrorCode.Should().Be("LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task An_omitted_size_is_priced_at_the_schema_s_default()
    {
        // relations defaults to first: 50; four levels cost about 50^4 = 6,250,000 at the schema's default (10^4 at a guessed 10).
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?> { ["Throughline:Limits:MaxComplexity"] = "100000" });
        var response = await api.PostAsync(
            "{ entity(id: \"org/intel\") { relations { to { relations { to { relations { to { relations { id } } } } } } } } }", accept: Strict);
        response.FirstErrorCode.Should().Be("LIMIT_EXCEEDED");
    }
}
