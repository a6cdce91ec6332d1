using Throughline.GraphQL;
using Throughline.GraphQL.Execution;

namespace Throughline.Benchmarks.GraphQL;

/// <summary>The research-graph schema of Fixtures/schema.graphql and its data (default resolvers read plain CLR maps).</summary>
internal static class BenchmarkSchema
{
    public static GraphQLSchema Schema { get; } = GraphQLSchema.FromSdl(BenchmarkFixtures.Read("schema.graphql"));

    /// <summary>Root value for execution: data.json as dictionaries and lists, like graphql-js's rootValue object.</summary>
    public static object? RootValue { get; } = JsonValues.ToClr(
        System.Text.Json.JsonDocument.Parse(BenchmarkFixtures.Read("data.json")).RootElement);

    public static IReadOnlyDictionary<string, object?>? Variables { get; } =
        ExecutionRequest.VariablesFromJson(BenchmarkFixtures.Read("variables.json"));

    public static ExecutionRequest Request(string query) =>
        new(query) { RootValue = RootValue, Variables = Variables };
}
