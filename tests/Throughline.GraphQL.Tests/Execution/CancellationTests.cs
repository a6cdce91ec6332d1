using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Execution;

public sealed class CancellationTests
{
    [Fact]
    public async Task Cancelling_the_request_cancels_resolvers_and_execution()
    {
        using var cancellation = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tokenSeen = CancellationToken.None;
        var schema = GraphQLSchema.FromSdl(
            "type Query { slow: String other: String }",
            new ResolverMap()
                .Field("Query", "slow", async context =>
                {
                    tokenSeen = context.CancellationToken;
                    started.SetResult();
                    await Task.Delay(Timeout.Infinite, context.CancellationToken);
                    return "never";
                })
                .Value("Query", "other", "x"));

        var execution = schema.RunAsync("{ slow other }", cancellationToken: cancellation.Token);
        await started.Task;
        await cancellation.CancelAsync();

        await FluentActions.Awaiting(() => execution).Should().ThrowAsync<OperationCanceledException>();
        tokenSeen.Should().Be(cancellation.Token);
    }

    [Fact]
    public async Task An_already_cancelled_token_runs_no_resolver()
    {
        var calls = 0;
        var schema = GraphQLSchema.FromSdl(
            "type Query { a: String }",
            new ResolverMap().Field("Query", "a", _ => Interlocked.Increment(ref calls).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        await FluentActions.Awaiting(() => schema.RunAsync("{ a }", cancellationToken: new CancellationToken(canceled: true)))
            .Should().ThrowAsync<OperationCanceledException>();
        calls.Should().Be(0);
    }

    [Fact]
    public async Task A_resolver_timing_out_on_its_own_is_an_ordinary_field_error()
    {
        var schema = GraphQLSchema.FromSdl(
            "type Query { a: String }",
            new ResolverMap().Throws("Query", "a", () => new OperationCanceledException("Upstream call cancelled")));

        (await schema.RunAsync("{ a }")).Should().Be(
            """{"errors":[{"message":"Upstream call cancelled","locations":[{"line":1,"column":3}],"path":["a"]}],"data":{"a":null}}""");
    }

    [Fact]
    public async Task Cancellation_wins_over_a_field_error_that_happened_first()
    {
        using var cancellation = new CancellationTokenSource();
        var schema = GraphQLSchema.FromSdl(
            "type Query { strict: String! slow: String }",
            new ResolverMap()
                .Field("Query", "strict", async _ =>
                {
                    await Task.Yield();
                    // The caller gives up while this field fails: the request is cancelled before the executor has
                    // finished with the error. (Cancelling after the error raced the executor, which may complete the
                    // request first once a non-null root field has failed.)
                    await cancellation.CancelAsync();
                    throw new InvalidOperationException("strict failed");
                })
                .Field("Query", "slow", async context =>
                {
                    await Task.Delay(Timeout.Infinite, context.CancellationToken);
                    return "never";
                }));

        var execution = schema.RunAsync("{ strict slow }", cancellationToken: cancellation.Token);

        await FluentActions.Awaiting(() => execution).Should().ThrowAsync<OperationCanceledException>();
    }
}
