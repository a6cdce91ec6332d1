namespace Throughline.Core.Storage;

/// <summary>
/// The parts of <see cref="GraphStats"/> that an index of entities and relations does not hold. A store that offers them
/// lets <see cref="Index.IndexedGraph"/> count the rest from its index instead of from every relation row.
/// </summary>
public interface IRecordStats
{
    Task<RecordStats> GetRecordStatsAsync(CancellationToken ct = default);
}

/// <param name="EntitiesByCountry">entities per country code; entities without one are left out.</param>
/// <param name="ArticleYears">the earliest and latest year of the articles' publication dates; null when none is dated.</param>
public sealed record RecordStats(int Articles, int Evidence, IReadOnlyDictionary<string, int> EntitiesByCountry, YearSpan? ArticleYears);
