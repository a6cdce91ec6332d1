using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Validation;

/// <summary>
/// The default rule set, equal to graphql-js 16.15's <c>specifiedRules</c> in its order (which decides the order of
/// errors found at the same node): the rules of spec section 5, then the <see cref="Recommended"/> ones, as graphql-js
/// appends its <c>recommendedRules</c>. A conformance test compares the list with graphql-js's at test time.
/// </summary>
public static class SpecifiedRules
{
    /// <summary>
    /// Rules the spec does not require but graphql-js runs by default (its <c>recommendedRules</c>): a bound on
    /// introspection nesting, so a public server need not opt in to that protection.
    /// </summary>
    public static IReadOnlyList<IValidationRule> Recommended { get; } = [new MaxIntrospectionDepthRule()];

    /// <summary>Spec section 5's rules followed by <see cref="Recommended"/>: graphql-js's <c>specifiedRules</c>.</summary>
    public static IReadOnlyList<IValidationRule> All { get; } = [.. SpecSection5(), .. Recommended];

    private static IValidationRule[] SpecSection5() =>
    [
        new ExecutableDefinitionsRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new SingleFieldSubscriptionsRule(),
        new KnownTypeNamesRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        new UniqueInputFieldNamesRule(),
    ];
}
