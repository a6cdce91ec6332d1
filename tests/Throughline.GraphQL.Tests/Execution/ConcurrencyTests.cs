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

    [Fact]
    public async Task Errors_are_reported_in_execution_order_whatever_order_they_happen_in()
    {
        // "late" fails only after "early" has failed, yet it comes first in the selection and so in the errors.
        var earlyFailed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = GraphQLSchema.FromSdl(
            "type Query { late: [String] early: String }",
            new ResolverMap()
                .Field("Query", "late", async _ =>
                {
                    await earlyFailed.Task.WaitAsync(TimeSpan.FromSeconds(30));
                    return new object?[] { "x", new InvalidOperationException("late item failed") };
                })
                .Field("Query", "early", async _ =>
                {
                    await Task.Yield();
                    try
                    {
                        throw new InvalidOperationException("early failed");
                    }
                    finally
                    {
                        earlyFailed.SetResult();
                    }
                }));

        (await schema.RunAsync("{ late early }")).Should().Be(
            """{"errors":[{"message":"late item failed","locations":[{"line":1,"column":3}],"path":["late",1]},{"message":"early failed","locations":[{"line":1,"column":8}],"path":["early"]}],"data":{"late":["x",null],"early":null}}""");
    }

    [Fact]
    public async Task Max_parallelism_holds_back_resolvers_until_a_slot_is_free()
    {
        var events = new ConcurrentQueue<string>();
        var schema = GraphQLSchema.FromSdl(
            "type Query { first: String second: String }",
            new ResolverMap()
                .Field("Query", "first", async _ =>
                {
                    events.Enqueue("first started");
                    await Task.Yield();
                    events.Enqueue("first finished");
                    return "1";
                })
                .Field("Query", "second", _ =>
                {
                    events.Enqueue("second started");
                    return "2";
                }));

        var options = new Throughline.GraphQL.Execution.ExecutionOptions { MaxParallelism = 1 };
        (await schema.RunAsync("{ first second }", options: options)).Should().Be("""{"data":{"first":"1","second":"2"}}""");
        events.Should().Equal("first started", "first finished", "second started");
    }

    [Fact]
    public async Task A_field_or_item_that_finishes_while_the_executor_looks_at_it_is_not_taken_for_a_failure()
    {
        // The executor reads a pending completion's state as the resolver's continuation finishes it on another
        // thread. The window is a few instructions wide, so the test makes many of them: 64 items of 8 fields that
        // each complete on the thread pool, executed 3000 times (about 2 s; before the fix it failed within a few hundred runs here). Reading "not completed successfully" and then
        // "completed" as two separate observations took a successful field for a failed one (seen as the error "A
        // failed completion completed successfully." and a nulled item in the conformance corpus).
        const int Items = 64;
        var fields = Enumerable.Range(0, 8).Select(i => $"f{i}").ToArray();
        var resolvers = new ResolverMap().Value("Query", "items", Enumerable.Range(0, Items).ToArray());
        foreach (var field in fields)
        {
            resolvers.Field("Item", field, async context =>
            {
                await Task.Yield();
                return (int)context.Source!;
            });
        }

        var schema = GraphQLSchema.FromSdl(
            $"type Query {{ items: [Item] }} type Item {{ {string.Join(" ", fields.Select(f => f + ": Int"))} }}",
            resolvers);
        var query = $"{{ items {{ {string.Join(" ", fields)} }} }}";
        var expected = "{\"data\":{\"items\":["
            + string.Join(",", Enumerable.Range(0, Items).Select(n => "{" + string.Join(",", fields.Select(f => $"\"{f}\":{n}")) + "}"))
            + "]}}";

        for (var run = 0; run < 3000; run++)
        {
            var result = await schema.RunAsync(query);
            if (result != expected)
            {
                Assert.Fail($"run {run} of 3000 took a completed field for a failed one: {result[..Math.Min(result.Length, 300)]}");
            }
        }
    }
}
