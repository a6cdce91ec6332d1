using Throughline.Core.Index;
using Throughline.Core.Model;

namespace Throughline.Core.Paths;

/// <summary>
/// <see cref="PathOptions.Qualifies"/> compiled for the index: a type bit mask and day-number bounds, so the hot loop
/// compares ints instead of walking lists and nullable dates. Must agree with <see cref="PathOptions.Qualifies"/> exactly.
/// </summary>
internal readonly struct RelationFilter
{
    private readonly int _typeMask;
    private readonly int _asOfFirstDay;
    private readonly int _asOfLastDay;
    private readonly double _minConfidence;
    private readonly bool _includeDenied;
    private readonly int _minSources;

    public RelationFilter(PathOptions options)
    {
        _typeMask = options.RelationTypes is null ? -1 : options.RelationTypes.Aggregate(0, (mask, t) => mask | (1 << (int)t));
        _asOfFirstDay = options.AsOf?.FirstDay ?? int.MinValue;
        _asOfLastDay = options.AsOf?.LastDay ?? int.MaxValue;
        _minConfidence = options.MinConfidence;
        _includeDenied = options.IncludeDenied;
        _minSources = options.MinIndependentSources;
        PassesNearlyAll = options.RelationTypes is null && options.AsOf is null && options.MinConfidence <= 0 && options.MinIndependentSources <= 0;
    }

    /// <summary>
    /// Only negated relations (if that) fail: the default options. Distance bounds then skip the relation facts and count
    /// every relation (see <see cref="DistanceBounds"/>), which loses only the few denied or retracted ones.
    /// </summary>
    public bool PassesNearlyAll { get; }

    public bool Qualifies(in RelationFacts facts) =>
        (_typeMask & (1 << (int)facts.Type)) != 0
        && facts.ValidFrom <= _asOfLastDay
        && facts.ValidTo >= _asOfFirstDay
        && facts.Confidence >= _minConfidence
        && facts.Sources >= _minSources
        && (_includeDenied || !facts.Status.IsNegated());
}
