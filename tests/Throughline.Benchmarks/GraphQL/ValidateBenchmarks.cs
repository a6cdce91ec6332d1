using BenchmarkDotNet.Attributes;
using Throughline.GraphQL;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Validation;

namespace Throughline.Benchmarks.GraphQL;

/// <summary>
/// Validating the parsed benchmark documents with every specified rule (graphql-js-bench.mjs "validate"),
/// and parse + validate together (the plan's target for the introspection query: under 50 µs).
/// </summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private GraphQLSchema _schema = null!;
    private string _source = string.Empty;
    private Document _document = null!;

    [Params("Introspection", "Nested", "Large10kB")]
    public string Document { get; set; } = "Introspection";

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchmarkSchema.Schema;
        _source = BenchmarkFixtures.Document(Document);
        _document = Parser.Parse(_source);
        var errors = DocumentValidator.Validate(_schema, _document);
        if (errors.Count != 0)
        {
            throw new InvalidOperationException($"{Document} does not validate: {errors[0].Message}");
        }
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> Validate() => DocumentValidator.Validate(_schema, _document);

    [Benchmark]
    public IReadOnlyList<GraphQLError> ParseAndValidate() => DocumentValidator.Validate(_schema, Parser.Parse(_source));
}
