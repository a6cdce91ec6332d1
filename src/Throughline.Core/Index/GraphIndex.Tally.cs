using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Core.Index;

/// <summary>
/// What the statistics need of the entities and relations, counted from the index's arrays rather than by GROUP BY over
/// the store's rows: at 5M relations the store's counts sort millions of rows (seconds) on every explorer page load,
/// the arrays take one pass (milliseconds), and an index never changes, so the pass runs once per version.
/// </summary>
internal sealed record IndexTally(
    int Entities,
    int Relations,
    IReadOnlyDictionary<EntityKind, int> EntitiesByKind,
    IReadOnlyDictionary<RelationType, int> RelationsByType,
    IReadOnlyDictionary<RelationStatus, int> RelationsByStatus,
    YearSpan? RelationYears);

public sealed partial class GraphIndex
{
    private IndexTally? _tally;

    internal IndexTally Tally => Volatile.Read(ref _tally) ?? Interlocked.CompareExchange(ref _tally, Count(), null) ?? _tally!;

    /// <summary>The counts the store's statistics report, with the records' own parts (articles, evidence, countries) from <paramref name="records"/>.</summary>
    internal GraphStats Stats(RecordStats records)
    {
        var tally = Tally;
        return new GraphStats(
            tally.Entities, tally.Relations, records.Articles, records.Evidence,
            tally.EntitiesByKind, tally.RelationsByType, tally.RelationsByStatus)
        {
            EntitiesByCountry = records.EntitiesByCountry,
            Years = Widest(records.ArticleYears, tally.RelationYears),
        };
    }

    private IndexTally Count()
    {
        var kinds = new int[Enum.GetValues<EntityKind>().Max(k => (int)k) + 1];
        for (var e = 0; e < EntityCount; e++)
        {
            kinds[(int)Kind(e)]++;
        }

        // A relation written since the base has its current index in RelationById; the base index it replaced, if any,
        // is still in the arrays (no longer in any row) and is skipped.
        var replaced = _delta is { } d
            ? d.RelationById.Keys.Select(_relationTable.Find).Where(r => r >= 0).Order().ToArray()
            : [];
        var facts = new FactCounts();
        var next = 0;
        for (var r = 0; r < _facts.Length; r++)
        {
            if (next < replaced.Length && replaced[next] == r)
            {
                next++;
                continue;
            }

            facts.Add(_facts[r]);
        }

        foreach (var current in _delta?.RelationById.Values ?? Enumerable.Empty<int>())
        {
            facts.Add(_delta!.Facts[current - _relationIds.Length]);
        }

        return new IndexTally(
            EntityCount, RelationCount, NonZero<EntityKind>(kinds), NonZero<RelationType>(facts.Types),
            NonZero<RelationStatus>(facts.Statuses), facts.Years());
    }

    private static YearSpan? Widest(YearSpan? a, YearSpan? b) =>
        a is null ? b : b is null ? a : new YearSpan(Math.Min(a.First, b.First), Math.Max(a.Last, b.Last));

    private static Dictionary<T, int> NonZero<T>(int[] counts)
        where T : struct, Enum
    {
        var result = new Dictionary<T, int>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] != 0)
            {
                result[(T)Enum.ToObject(typeof(T), i)] = counts[i];
            }
        }

        return result;
    }

    /// <summary>Counts by type and status, and the earliest and latest validity day.</summary>
    private sealed class FactCounts
    {
        public int[] Types { get; } = new int[Enum.GetValues<RelationType>().Max(t => (int)t) + 1];

        public int[] Statuses { get; } = new int[Enum.GetValues<RelationStatus>().Max(s => (int)s) + 1];

        private int _first = int.MaxValue;
        private int _last = int.MinValue;

        public void Add(in RelationFacts f)
        {
            Types[(int)f.Type]++;
            Statuses[(int)f.Status]++;
            Widen(f.ValidFrom);
            Widen(f.ValidTo);
        }

        public YearSpan? Years() => _first > _last
            ? null
            : new YearSpan(DateOnly.FromDayNumber(_first).Year, DateOnly.FromDayNumber(_last).Year);

        private void Widen(int day)
        {
            if (day is int.MinValue or int.MaxValue)
            {
                return;
            }

            _first = Math.Min(_first, day);
            _last = Math.Max(_last, day);
        }
    }
}
