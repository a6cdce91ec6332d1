using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Benchmarks.Storage;

/// <summary>A random but reproducible batch: one entity per five relations, each relation with one quote from one article.</summary>
public static class SyntheticImportBatch
{
    public static ImportBatch Create(int relations, int seed = 42)
    {
        var random = new Random(seed);
        var article = new Article("bench-article", "Benchmark article", null, [], null, null, null, [], "Company A sells chips to company B.");
        var entities = Enumerable.Range(0, Math.Max(2, relations / 5))
            .Select(i => new Entity($"org/company-{i:D8}", $"Company {i}", EntityKind.Organization, [$"Co {i}"], "US"))
            .ToList();
        var evidence = new Evidence[] { new(article.Id, "sells chips", 10, 21) };
        var relationList = Enumerable.Range(0, relations)
            .Select(i => new Relation(
                $"rel-{random.Next():x8}-{i:D9}",
                RelationType.Supplies,
                entities[random.Next(entities.Count)].Id,
                entities[random.Next(entities.Count)].Id,
                RelationStatus.Reported,
                0.8,
                evidence,
                PartialDate.FromYear(2000 + random.Next(20))))
            .ToList();
        return new ImportBatch([article], entities, relationList);
    }
}
