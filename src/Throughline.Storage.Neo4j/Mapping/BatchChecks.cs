using Throughline.Core.Model;

namespace Throughline.Storage.Neo4j.Mapping;

/// <summary>
/// The value rules the embedded store's schema enforces with CHECK and NOT NULL constraints, checked before a write so
/// both stores reject the same batches. Returns every problem found.
/// </summary>
internal static class BatchChecks
{
    public static List<string> Problems(IEnumerable<Article> articles, IEnumerable<Entity> entities, IEnumerable<Relation> relations)
    {
        var problems = new List<string>();
        foreach (var a in articles.Where(a => a.Title is null))
        {
            problems.Add($"article '{a.Id}' has no title");
        }

        foreach (var e in entities)
        {
            if (e.Name is null)
            {
                problems.Add($"entity '{e.Id}' has no name");
            }

            if (!Enum.IsDefined(e.Kind))
            {
                problems.Add($"entity '{e.Id}' has the unknown kind {(int)e.Kind}");
            }
        }

        foreach (var r in relations)
        {
            if (!Enum.IsDefined(r.Type))
            {
                problems.Add($"relation '{r.Id}' has the unknown type {(int)r.Type}");
            }

            if (!Enum.IsDefined(r.Status))
            {
                problems.Add($"relation '{r.Id}' has the unknown status {(int)r.Status}");
            }

            if (!(r.Confidence is >= 0 and <= 1))
            {
                problems.Add($"relation '{r.Id}' has confidence {r.Confidence}, outside 0..1");
            }

            if (r.StakePercent is { } stake && !(stake is >= 0 and <= 100))
            {
                problems.Add($"relation '{r.Id}' has stakePercent {stake}, outside 0..100");
            }
        }

        return problems;
    }
}
