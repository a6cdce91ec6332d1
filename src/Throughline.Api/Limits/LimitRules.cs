using Throughline.Api.Configuration;
using Throughline.GraphQL.Validation;

namespace Throughline.Api.Limits;

/// <summary>
/// The engine's validation rules that bound a document's cost — depth, aliases and estimated complexity — configured
/// from <see cref="LimitOptions"/>. Heavy fields (path queries, neighbourhoods, text searches) are priced by the work
/// the engine may do for them (<see cref="HeavyFieldCosts"/>) where other fields read a record. Sizes given as variables are priced at the request's
/// values, and omitted sizes at the schema's defaults, so a document cannot cost less on paper than at run time.
/// </summary>
public static class LimitRules
{
    public static IReadOnlyList<IValidationRule> Create(
        LimitOptions limits, IReadOnlyDictionary<string, object?>? variables = null, GraphSize? size = null)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return
        [
            new MaxDepthRule(limits.MaxDepth),
            new MaxAliasesRule(limits.MaxAliases),
            new ComplexityRule(new ComplexityOptions
            {
                MaxComplexity = limits.MaxComplexity,
                ListSizeArguments = ["first", "maxEntities"],
                DefaultListSize = limits.DefaultListSize,
                Variables = variables ?? new Dictionary<string, object?>(),
                FieldCost = new HeavyFieldCosts(limits, size).Price,
            }),
        ];
    }
}
