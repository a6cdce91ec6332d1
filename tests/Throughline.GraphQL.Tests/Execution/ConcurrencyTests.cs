using System.Collections.Concurrent;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Execution;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Sibling_query_fields_run_concurrently_and_keep_selection_order()
    {
        // Each resolver waits until the other has started: only concurrent execution can finish.
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = GraphQLSchema.FromSdl(
            "type Query { first: String second: String }",
            new ResolverMap()
                .Field("Query", "first", async _ =>
                {
                    firstStarted.SetResult();
                    await secondStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
                    return "one";
                })
                .Field("Query", "second", async _ =>
                {
                    secondStarted.SetResult();
                    await firstStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
                    return "two";
                }));

        (await schema.RunAsync("{ second first }")).Should().Be("""{"data":{"second":"two","first":"one"}}""");
    }

    [Fact]
    public async Task Mutation_root_fields_run_one_after_another_including_their_selections()
    {
        var events = new ConcurrentQueue<string>();
        var schema = GraphQLSchema.FromSdl(
            "type Query { q: String } type Mutation { add(n: Int!): Result } type Result { n: Int }",
            new ResolverMap()
                .Field("Mutation", "add", async context =>
                {
                    var n = context.GetArgument<int>("n");
                    events.Enqueue($"start {n}");
                    await Task.Yield();
                    return new Dictionary<string, object?> { ["n"] = n };
                })
                .Field("Result", "n", async context =>
                {
                    await Task.Yield();
                    var n = ((IReadOnlyDictionary<string, object?>)context.Source!)["n"];
                    events.Enqueue($"end {n}");
                    return n;
                }));

        (await schema.RunAsync("mutation { a: add(n: 1) { n } b: add(n: 2) { n } }"))
            .Should().Be("""{"data":{"a":{"n":1},"b":{"n":2}}}""");
        events.Should().Equal("start 1", "end 1", "start 2", "end 2");
    }

    [Fact]
    public async Task Concurrent_failures_null_their_own_positions_only()
    {
        var schema = GraphQLSchema.FromSdl(
            "type Query { items: [Item] } type Item { id: Int! slow: String! }",
            new ResolverMap()
                .Value("Query", "items", new[] { 1, 2, 3 })
                .Field("Item", "id", context => context.Source)
                .Field("Item", "slow", async context =>
                {
                    await Task.Yield();
                    return (int)context.Source! == 2 ? throw new InvalidOperationException("two failed") : "ok";
                }));

        (await schema.RunAsync("{ items { id slow } }")).Should().Be(
            """{"errors":[{"message":"two failed","locations":[{"line":1,"column":14}],"path":["items",1,"slow"]}],"data":{"items":[{"id":1,"slow":"ok"},null,{"id":3,"slow":"ok"}]}}""");
    }
}
