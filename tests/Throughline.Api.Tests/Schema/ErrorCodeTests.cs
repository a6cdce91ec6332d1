using System.Text;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Schema;

/// <summary>Finding 9 of issue 10: every error a client can cause carries extensions.code, and input errors name the argument.</summary>
public sealed class ErrorCodeTests
{
    [Fact]
    public async Task An_amount_too_large_for_a_decimal_is_BAD_USER_INPUT_naming_the_argument()
    {
        await using var api = await ApiServer.StartAsync();
        var response = await api.PostAsync(
            """
            mutation { addRelation(input: { id: "huge-amount", type: INVESTED_IN, from: "org/intel", to: "org/netposa",
              amount: { value: 1e300, currency: "USD" }, evidence: [] }) { id } }
            """,
            apiKey: ApiServer.ApiKey);
        response.FirstErrorCode.Should().Be("BAD_USER_INPUT");
        response.Errors[0].GetProperty("message").GetString().Should().Contain("amount.value");
    }

    [Fact]
    public async Task A_validation_that_gives_up_still_answers_with_a_code()
    {
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:Limits:MaxTokens"] = "100000",
            ["Throughline:Limits:MaxDocumentLength"] = "200000",
            ["Throughline:Limits:MaxBodyBytes"] = "400000",
            ["Throughline:Limits:MaxAliases"] = "100000",
        });
        var document = new StringBuilder("{");
        for (var i = 0; i < 400; i++)
        {
            document.Append(" a").Append(i).Append(": nosuchfield").Append(i);
        }

        var response = await api.PostAsync(document.Append(" }").ToString());
        response.Errors.Should().NotBeEmpty();
        response.Errors.Where(e => !HasCode(e)).Should().BeEmpty();
    }

    private static bool HasCode(System.Text.Json.JsonElement error) =>
        error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out _);

    [Fact]
    public async Task Syntax_errors_and_bad_variables_have_codes()
    {
        await using var api = await ApiServer.StartAsync();
        (await api.PostAsync("{ stats {")).FirstErrorCode.Should().Be("GRAPHQL_PARSE_FAILED");
        (await api.PostAsync("query($n: Int) { entities(first: $n) { totalCount } }", new { n = "many" })).FirstErrorCode.Should().Be("BAD_USER_INPUT");
    }
}
