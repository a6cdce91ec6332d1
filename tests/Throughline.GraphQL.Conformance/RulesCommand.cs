using System.Text.Json;
using Throughline.GraphQL.Validation;

namespace Throughline.GraphQL.Conformance;

/// <summary>"rules": {} → {"specified": [type names of SpecifiedRules.All], "recommended": [... of SpecifiedRules.Recommended]}.</summary>
internal sealed class RulesCommand : IConformanceCommand
{
    public string Name => "rules";

    public Task<string> RunAsync(string inputJson) => Task.FromResult(JsonSerializer.Serialize(new
    {
        specified = SpecifiedRules.All.Select(rule => rule.GetType().Name),
        recommended = SpecifiedRules.Recommended.Select(rule => rule.GetType().Name),
    }));
}
