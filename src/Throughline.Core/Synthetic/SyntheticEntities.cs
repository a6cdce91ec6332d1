using Throughline.Core.Model;

namespace Throughline.Core.Synthetic;

/// <summary>
/// The entities of a synthetic graph: a Xinjiang-like gazetteer (regions → prefectures → counties, the first region
/// named Xinjiang), then organisations, people, government bodies, projects, products and a few sanctions lists in
/// realistic proportions. Ids are slugs with the kind's prefix, names are unique.
/// </summary>
internal static class SyntheticEntities
{
    public const int PrefecturesPerRegion = 14;
    public const int CountiesPerPrefecture = 7;

    private static readonly (EntityKind Kind, string Prefix, string Name, double Share)[] Kinds =
    [
        (EntityKind.Organization, "org", "Org", 0.50),
        (EntityKind.Person, "person", "Person", 0.10),
        (EntityKind.GovernmentBody, "gov", "Bureau", 0.06),
        (EntityKind.Project, "project", "Project", 0.22),
        (EntityKind.Product, "product", "Product", 0.12),
    ];

    public static List<Entity> Create(int count)
    {
        var entities = new List<Entity>(count);
        var regions = Math.Max(1, count / 100_000);
        for (var r = 0; r < regions; r++)
        {
            var region = r == 0
                ? new Entity("place/xinjiang", "Xinjiang", EntityKind.Place, ["Xinjiang Uyghur Autonomous Region"], "CN")
                : new Entity($"place/region-{r}", $"Region {r}", EntityKind.Place, [], "CN");
            entities.Add(region);
            for (var p = 0; p < PrefecturesPerRegion; p++)
            {
                var prefecture = new Entity($"place/prefecture-{r}-{p}", $"Prefecture {r}-{p}", EntityKind.Place, [], "CN", LocatedIn: region.Id);
                entities.Add(prefecture);
                for (var c = 0; c < CountiesPerPrefecture; c++)
                {
                    entities.Add(new Entity($"place/county-{r}-{p}-{c}", $"County {r}-{p}-{c}", EntityKind.Place, [], "CN", LocatedIn: prefecture.Id));
                }
            }
        }

        const int lists = 3;
        for (var l = 0; l < lists; l++)
        {
            entities.Add(new Entity($"list/list-{l}", $"Sanctions List {l}", EntityKind.SanctionsList, []));
        }

        var remaining = count - entities.Count;
        for (var k = 0; k < Kinds.Length; k++)
        {
            var (kind, prefix, name, share) = Kinds[k];
            var n = k == Kinds.Length - 1 ? count - entities.Count : (int)(remaining * share);
            for (var i = 0; i < n; i++)
            {
                entities.Add(new Entity($"{prefix}/{prefix}-{i}", $"{name} {i}", kind, []));
            }
        }

        return entities;
    }
}
