using System.Text.Json;
using Throughline.GraphQL.Execution;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Execution;

public sealed class ResolverErrorTests
{
    private static readonly GraphQLSchema Schema = GraphQLSchema.FromSdl(
        "type Query { plain: String coded: String asyncFail: String errorValue: String }",
        new ResolverMap()
            .Throws("Query", "plain", () => new InvalidOperationException("Database is down"))
            .Throws("Query", "coded", () => new GraphQLException(
                "Not allowed", new Dictionary<string, object?> { ["code"] = "FORBIDDEN", ["retry"] = false }))
            .Field("Query", "asyncFail", async _ =>
            {
                await Task.Yield();
                throw new TimeoutException("Too slow");
            })
            .Value("Query", "errorValue", new InvalidOperationException("Returned, not thrown")));

    [Fact]
    public async Task A_resolver_exception_becomes_a_field_error_with_its_message_only()
    {
        (await Schema.RunAsync("{ plain }")).Should().Be(
            """{"errors":[{"message":"Database is down","locations":[{"line":1,"column":3}],"path":["plain"]}],"data":{"plain":null}}""");
    }

    [Fact]
    public async Task A_GraphQLException_keeps_its_extensions()
    {
        (await Schema.RunAsync("{ coded }")).Should().Be(
            """{"errors":[{"message":"Not allowed","locations":[{"line":1,"column":3}],"path":["coded"],"extensions":{"code":"FORBIDDEN","retry":false}}],"data":{"coded":null}}""");
    }

    [Fact]
    public async Task An_asynchronous_failure_is_reported_like_a_synchronous_one()
    {
        (await Schema.RunAsync("{ asyncFail }")).Should().Be(
            """{"errors":[{"message":"Too slow","locations":[{"line":1,"column":3}],"path":["asyncFail"]}],"data":{"asyncFail":null}}""");
    }

    [Fact]
    public async Task An_exception_returned_as_the_value_counts_as_thrown()
    {
        (await Schema.RunAsync("{ errorValue }")).Should().Be(
            """{"errors":[{"message":"Returned, not thrown","locations":[{"line":1,"column":3}],"path":["errorValue"]}],"data":{"errorValue":null}}""");
    }

    [Fact]
    public async Task Exception_details_appear_only_when_the_debug_option_is_on()
    {
        var json = await Schema.RunAsync("{ plain }", options: new ExecutionOptions { IncludeExceptionDetails = true });
        using var document = JsonDocument.Parse(json);
        var exception = document.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("exception");
        exception.GetProperty("type").GetString().Should().Be("System.InvalidOperationException");
        exception.GetProperty("stacktrace").EnumerateArray().Select(l => l.GetString())
            .Should().Contain(line => line!.Contains(nameof(ExecutionHelpers.Throws), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Errors_of_sibling_fields_are_reported_in_selection_order()
    {
        (await Schema.RunAsync("{ coded plain a: plain }")).Should().Be(
            """{"errors":[{"message":"Not allowed","locations":[{"line":1,"column":3}],"path":["coded"],"extensions":{"code":"FORBIDDEN","retry":false}},{"message":"Database is down","locations":[{"line":1,"column":9}],"path":["plain"]},{"message":"Database is down","locations":[{"line":1,"column":15}],"path":["a"]}],"data":{"coded":null,"plain":null,"a":null}}""");
    }
}
