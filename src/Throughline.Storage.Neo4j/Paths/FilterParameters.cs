using Throughline.Core.Model;
using Throughline.Core.Paths;

namespace Throughline.Storage.Neo4j.Paths;

/// <summary>
/// <see cref="PathOptions.Qualifies"/> as statement parameters: type names, the asOf day range (open when absent, as in
/// the path index), the confidence floor, the independent-source floor and whether negated claims count. Every path statement tests them the same way.
/// </summary>
internal static class FilterParameters
{
    public static Dictionary<string, object?> Of(PathOptions options) => new()
    {
        ["types"] = (options.RelationTypes ?? Enum.GetValues<RelationType>()).Select(t => t.WireName()).Distinct().ToArray(),
        ["asOfFirstDay"] = options.AsOf?.FirstDay ?? int.MinValue,
        ["asOfLastDay"] = options.AsOf?.LastDay ?? int.MaxValue,
        // JSON has no infinities; clamping to the finite range changes no comparison with a stored confidence.
        ["minConfidence"] = Math.Clamp(options.MinConfidence, double.MinValue, double.MaxValue),
        ["includeDenied"] = options.IncludeDenied,
        ["minIndependentSources"] = options.MinIndependentSources,
    };

    public static string Direction(Direction direction) => direction switch
    {
        Core.Paths.Direction.Outgoing => "OUTGOING",
        Core.Paths.Direction.Incoming => "INCOMING",
        _ => "ANY",
    };

    public static string Suffix(Direction direction) => Direction(direction).ToLowerInvariant();
}
