using System.Collections.Concurrent;
using Throughline.GraphQL.Execution;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Execution;

public sealed class DataLoaderTests
{
    private const string Sdl = """
        type Query { person(id: ID!): Person people(ids: [ID!]!): [Person] }
        type Person { id: ID! name: String friend: Person }
        """;

    // A store that records every batch it serves and answers asynchronously, like a real database.
    private sealed class CountingStore
    {
        public ConcurrentQueue<IReadOnlyList<string>> Batches { get; } = new();

        public async Task<IReadOnlyDictionary<string, string>> LoadNamesAsync(
            IReadOnlyList<string> ids, CancellationToken cancellationToken)
        {
            Batches.Enqueue(ids);
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return ids.Where(id => id != "ghost").ToDictionary(id => id, id => $"Name of {id}");
        }
    }

    private static GraphQLSchema BuildSchema(CountingStore store) => GraphQLSchema.FromSdl(
        Sdl,
        new ResolverMap()
            .Field("Query", "person", context => context.GetArgument<string>("id"))
            .Field("Query", "people", context => context.GetArgument<IReadOnlyList<object?>>("ids"))
            .Field("Person", "id", context => context.Source)
            .Field("Person", "name", async context =>
                await context.GetDataLoader<string, string>("names", store.LoadNamesAsync).LoadAsync((string)context.Source!))
            .Field("Person", "friend", context => $"{context.Source}-friend"));

    [Fact]
    public async Task Sibling_fields_cost_exactly_one_batch_call()
    {
        var store = new CountingStore();
        var json = await BuildSchema(store).RunAsync(
            """{ a: person(id: "1") { name } b: person(id: "2") { name } c: person(id: "3") { name } d: person(id: "4") { name } }""");

        json.Should().Be(
            """{"data":{"a":{"name":"Name of 1"},"b":{"name":"Name of 2"},"c":{"name":"Name of 3"},"d":{"name":"Name of 4"}}}""");
        store.Batches.Should().ContainSingle().Which.Should().Equal("1", "2", "3", "4");
    }

    [Fact]
    public async Task List_items_share_a_batch_and_each_nesting_level_costs_one_more()
    {
        var store = new CountingStore();
        var json = await BuildSchema(store).RunAsync(
            """{ people(ids: ["1", "2", "3"]) { name friend { name } } }""");

        json.Should().Be(
            """{"data":{"people":[{"name":"Name of 1","friend":{"name":"Name of 1-friend"}},{"name":"Name of 2","friend":{"name":"Name of 2-friend"}},{"name":"Name of 3","friend":{"name":"Name of 3-friend"}}]}}""");
        store.Batches.Should().ContainSingle("names of all levels are known before anything is awaited")
            .Which.Should().Equal("1", "1-friend", "2", "2-friend", "3", "3-friend");
    }

    [Fact]
    public async Task Keys_asked_for_again_in_a_request_come_from_the_cache()
    {
        var store = new CountingStore();
        var json = await BuildSchema(store).RunAsync(
            """{ a: person(id: "7") { name } b: person(id: "7") { n: name } c: people(ids: ["7", "ghost"]) { name } }""");

        json.Should().Be(
            """{"data":{"a":{"name":"Name of 7"},"b":{"n":"Name of 7"},"c":[{"name":"Name of 7"},{"name":null}]}}""");
        store.Batches.Should().ContainSingle().Which.Should().Equal("7", "ghost");
    }

    [Fact]
    public async Task Keys_that_become_known_after_a_batch_form_the_next_batch()
    {
        var store = new CountingStore();
        var schema = GraphQLSchema.FromSdl(
            "type Query { chain(ids: [ID!]!): [String] }",
            new ResolverMap().Field("Query", "chain", async context =>
            {
                var loader = context.GetDataLoader<string, string>("names", store.LoadNamesAsync);
                var ids = context.GetArgument<IReadOnlyList<object?>>("ids")!.Cast<string>().ToList();
                var first = await loader.LoadManyAsync(ids);
                var second = await loader.LoadManyAsync(first.Select(name => $"{name}!"));
                return (object?)second;
            }));

        (await schema.RunAsync("""{ chain(ids: ["x", "y"]) }"""))
            .Should().Be("""{"data":{"chain":["Name of Name of x!","Name of Name of y!"]}}""");
        store.Batches.Select(batch => string.Join(",", batch)).Should().Equal("x,y", "Name of x!,Name of y!");
    }

    [Fact]
    public async Task A_failing_batch_fails_every_field_that_waited_for_it()
    {
        var schema = GraphQLSchema.FromSdl(
            "type Query { a: String b: String }",
            new ResolverMap()
                .Field("Query", "a", async context => await Loader(context).LoadAsync(1))
                .Field("Query", "b", async context => await Loader(context).LoadAsync(2)));

        (await schema.RunAsync("{ a b }")).Should().Be(
            """{"errors":[{"message":"store offline","locations":[{"line":1,"column":3}],"path":["a"]},{"message":"store offline","locations":[{"line":1,"column":5}],"path":["b"]}],"data":{"a":null,"b":null}}""");

        static DataLoader<int, string> Loader(ResolveFieldContext context) =>
            context.GetDataLoader<int, string>("failing", (_, _) => throw new InvalidOperationException("store offline"));
    }

    [Fact]
    public async Task Each_request_has_its_own_loaders_and_cache()
    {
        var store = new CountingStore();
        var schema = BuildSchema(store);

        await schema.RunAsync("""{ person(id: "1") { name } }""");
        await schema.RunAsync("""{ person(id: "1") { name } }""");

        store.Batches.Select(batch => string.Join(",", batch)).Should().Equal("1", "1");
    }

    [Fact]
    public async Task One_loader_key_cannot_serve_two_kinds_of_loader()
    {
        var schema = GraphQLSchema.FromSdl(
            "type Query { a: String b: String }",
            new ResolverMap()
                .Field("Query", "a", async context =>
                    await context.GetDataLoader<int, string>("shared", (keys, _) => Answer(keys)).LoadAsync(1))
                .Field("Query", "b", async context =>
                    await context.GetDataLoader<string, string>("shared", (keys, _) => Answer(keys)).LoadAsync("1")));

        (await schema.RunAsync("{ a b }")).Should().Be(
            """{"errors":[{"message":"Request item \"shared\" is a DataLoader<Int32, String>, not a DataLoader<String, String>.","locations":[{"line":1,"column":5}],"path":["b"]}],"data":{"a":"1","b":null}}""");

        static Task<IReadOnlyDictionary<TKey, string>> Answer<TKey>(IReadOnlyList<TKey> keys)
            where TKey : notnull =>
            Task.FromResult<IReadOnlyDictionary<TKey, string>>(keys.ToDictionary(k => k, k => k.ToString()!));
    }
}
