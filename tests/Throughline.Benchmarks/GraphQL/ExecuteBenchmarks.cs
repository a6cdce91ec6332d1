using BenchmarkDotNet.Attributes;
using Throughline.GraphQL;
using Throughline.GraphQL.Execution;
using Throughline.GraphQL.Language;

namespace Throughline.Benchmarks.GraphQL;

/// <summary>
/// Executing the benchmark documents over Fixtures/data.json with default resolvers: the already parsed and validated
/// document (graphql-js-bench.mjs "execute"), and the whole request from text (parse + validate + execute).
/// </summary>
[MemoryDiagnoser]
public class ExecuteBenchmarks
{
    private GraphQLSchema _schema = null!;
    private Document _document = null!;
    private ExecutionRequest _request = null!;

    [Params("Introspection", "Nested", "Large10kB")]
    public string Document { get; set; } = "Introspection";

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchmarkSchema.Schema;
        var source = BenchmarkFixtures.Document(Document);
        _document = Parser.Parse(source);
        _request = BenchmarkSchema.Request(source);
        var result = _schema.ExecuteAsync(_request).GetAwaiter().GetResult();
        if (result.Errors.Count != 0)
        {
            throw new InvalidOperationException($"{Document} does not execute: {result.Errors[0].Message}");
        }
    }

    [Benchmark]
    public Task<ExecutionResult> Execute() => _schema.ExecuteAsync(_document, _request);

    [Benchmark]
    public Task<ExecutionResult> ParseValidateExecute() => _schema.ExecuteAsync(_request);
}
