namespace Throughline.GraphQL.Conformance;

/// <summary>
/// One command of the bridge: reads a JSON request from stdin, writes a JSON answer to stdout.
/// Each command lives in its own file and is found by reflection, so adding one touches no other file.
/// </summary>
internal interface IConformanceCommand
{
    string Name { get; }

    Task<string> RunAsync(string inputJson);
}
