using Throughline.Core.Storage;

namespace Throughline.Api.Schema.Resolvers;

/// <summary>Stats breakdowns as lists, in enum order (countries: most entities first).</summary>
internal static class StatsResolvers
{
    public static void Bind(ResolverBinder binder) => binder
        .Field("Stats", "entitiesByKind", c =>
            ((GraphStats)c.Source!).EntitiesByKind.Where(p => p.Value > 0).OrderBy(p => p.Key).Select(p => new KindCount(p.Key, p.Value)).ToList())
        .Field("Stats", "relationsByType", c =>
            ((GraphStats)c.Source!).RelationsByType.Where(p => p.Value > 0).OrderBy(p => p.Key).Select(p => new RelationTypeCount(p.Key, p.Value)).ToList())
        .Field("Stats", "relationsByStatus", c =>
            ((GraphStats)c.Source!).RelationsByStatus.Where(p => p.Value > 0).OrderBy(p => p.Key).Select(p => new StatusCount(p.Key, p.Value)).ToList())
        .Field("Stats", "entitiesByCountry", c =>
            ((GraphStats)c.Source!).EntitiesByCountry.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new CountryCount(p.Key, p.Value)).ToList());
}
