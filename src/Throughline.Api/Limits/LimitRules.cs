using Throughline.Api.Configuration;
using Throughline.GraphQL.Validation;

namespace Throughline.Api.Limits;

/// <summary>
/// The engine's validation rules that bound a document's cost — depth, aliases and estimated complexity — configured
/// from <see cref="LimitOptions"/>. Path queries are priced at <see cref="LimitOptions.PathQueryCost"/> each, since one
/// of them searches the graph where other fields read a record. Sizes given as variables are priced at the request's
/// values, and omitted sizes at the schema's defaults, so a document cannot cost less on paper than at run time.
/// </summary>
public static class LimitRules
{
    public static IReadOnlyList<IValidationRule> Create(LimitOptions limits, IReadOnlyDictionary<string, object?>? variables = null)
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
                Variables = variables ?? new Dictionary<string, object?>(),
            }),
        ];
    }
}
