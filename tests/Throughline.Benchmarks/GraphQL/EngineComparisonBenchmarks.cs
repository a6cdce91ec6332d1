using BenchmarkDotNet.Attributes;
using GraphQLNet = global::GraphQL;
using Throughline.GraphQL;
using Throughline.GraphQL.Execution;

namespace Throughline.Benchmarks.GraphQL;

/// <summary>
/// One request from text to result (parse + validate + execute) through our engine and through GraphQL.NET 8.8.5, in
/// one process, on the same schema, document, variables and data: the figures behind
/// docs/decisions/0001-own-graphql-engine.md. "KnowledgeBaseIntrospection" is graphql-js's introspection query (as
/// GraphQL.NET accepts it: no isRepeatable, specifiedByURL or input-value deprecation) on the API's own schema; the
/// other two documents run on Fixtures/schema.graphql over Fixtures/data.json with default resolvers.
/// </summary>
[MemoryDiagnoser]
public class EngineComparisonBenchmarks
{
    private GraphQLSchema _ours = null!;
    private GraphQLNet.Types.ISchema _theirs = null!;
    private ExecutionRequest _request = null!;
    private string _query = string.Empty;
    private GraphQLNet.Inputs _variables = GraphQLNet.Inputs.Empty;
    private object? _root;

    [Params("KnowledgeBaseIntrospection", "Introspection", "Nested")]
    public string Document { get; set; } = "Nested";

    [GlobalSetup]
    public void Setup()
    {
        var knowledgeBase = Document == "KnowledgeBaseIntrospection";
        var sdl = knowledgeBase
            ? File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Throughline.Api", "Schema", "schema.graphql"))
            : BenchmarkFixtures.Read("schema.graphql");
        _query = knowledgeBase ? BenchmarkFixtures.Read("introspection-query.graphql") : BenchmarkFixtures.Document(Document);
        _ours = GraphQLSchema.FromSdl(sdl);
        _theirs = ReferenceSchema.Build(sdl);
        _request = knowledgeBase ? new ExecutionRequest(_query) : BenchmarkSchema.Request(_query);
        if (!knowledgeBase)
        {
            _variables = new GraphQLNet.SystemTextJson.GraphQLSerializer().Deserialize<GraphQLNet.Inputs>(BenchmarkFixtures.Read("variables.json"))!;
            _root = JsonClr.From(System.Text.Json.JsonDocument.Parse(BenchmarkFixtures.Read("data.json")).RootElement);
        }

        // Both engines must answer without errors, or the comparison measures an error path.
        var ours = Throughline().GetAwaiter().GetResult();
        if (ours.Errors.Count != 0)
        {
            throw new InvalidOperationException($"{Document}: our engine reports {ours.Errors[0].Message}");
        }

        var theirs = GraphQLDotNet().GetAwaiter().GetResult();
        if (theirs.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"{Document}: GraphQL.NET reports {errors[0].Message}");
        }
    }

    [Benchmark(Baseline = true)]
    public Task<ExecutionResult> Throughline() => _ours.ExecuteAsync(_request);

    [Benchmark]
    public Task<GraphQLNet.ExecutionResult> GraphQLDotNet() => ReferenceEngine.ExecuteAsync(_theirs, _query, _variables, _root);
}
