using Throughline.Api.Configuration;
using Throughline.GraphQL.Validation;

namespace Throughline.Api.Limits;

/// <summary>
/// The engine's validation rules that bound a document's cost — depth, aliases and estimated complexity — configured
/// from <see cref="LimitOptions"/>. Path queries are priced at <see cref="LimitOptions.PathQueryCost"/> each, since one
/// of them searches the graph where other fields read a record.
/// </summary>
public static class LimitRules
{
    public static IReadOnlyList<IValidationRule> Create(LimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var pathCost = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["Query.paths"] = limits.PathQueryCost,
            ["Query.shortestPaths"] = limits.PathQueryCost,
            ["Query.neighborhood"] = limits.PathQueryCost,
        };
        return
        [
            new MaxDepthRule(limits.MaxDepth),
            new MaxAliasesRule(limits.MaxAliases),
            new ComplexityRule(new ComplexityOptions
            {
                MaxComplexity = limits.MaxComplexity,
                FieldCosts = pathCost,
                ListSizeArguments = ["first", "maxEntities"],
                DefaultListSize = limits.DefaultListSize,
            }),
        ];
    }
}
