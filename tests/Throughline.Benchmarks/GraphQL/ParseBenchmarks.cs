using BenchmarkDotNet.Attributes;
using Throughline.GraphQL.Language;

namespace Throughline.Benchmarks.GraphQL;

/// <summary>Parsing the three benchmark documents (compare with graphql-js-bench.mjs "parse").</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _source = string.Empty;

    [Params("Introspection", "Nested", "Large10kB")]
    public string Document { get; set; } = "Introspection";

    [GlobalSetup]
    public void Setup() => _source = BenchmarkFixtures.Document(Document);

    [Benchmark]
    public Document Parse() => Parser.Parse(_source);
}
