using System.Runtime.CompilerServices;

namespace Throughline.Benchmarks.GraphQL;

/// <summary>
/// The documents, schema and data shared by the GraphQL suites and graphql-js-bench.mjs (Fixtures/ next to this file).
/// Located through the compile-time source path, because BenchmarkDotNet runs the suites from a generated project.
/// </summary>
internal static class BenchmarkFixtures
{
    public static string Directory { get; } = Locate();

    public static string Read(string file) => File.ReadAllText(Path.Combine(Directory, file));

    /// <summary>The three documents measured: graphql-js's introspection query, a nested query, a 10 kB query.</summary>
    public static string Document(string name) => name switch
    {
        "Introspection" => Read("introspection-query.graphql"),
        "Nested" => Read("nested-query.graphql"),
        "Large10kB" => Read("large-query.graphql"),
        _ => throw new ArgumentException($"Unknown benchmark document '{name}'.", nameof(name)),
    };

    private static string Locate([CallerFilePath] string sourceFile = "") =>
        Path.Combine(Path.GetDirectoryName(sourceFile)!, "Fixtures");
}
