namespace Throughline.Core.Synthetic;

/// <summary>How endpoints are chosen: uniformly, or by preferential attachment (likely to a high-degree entity: hubs form).</summary>
public enum GraphShape
{
    Uniform,
    PowerLaw,
}

/// <summary>
/// A synthetic graph's size and shape. <see cref="RelationsPerArticle"/> sets how many claims one generated article
/// states (each quoted verbatim from its text); <see cref="WithArticles"/> false leaves evidence out, for index benchmarks.
/// </summary>
public sealed record SyntheticGraphOptions(
    int Entities,
    int Relations,
    GraphShape Shape = GraphShape.PowerLaw,
    int Seed = 1,
    bool WithArticles = true,
    int RelationsPerArticle = 50)
{
    public void Validate()
    {
        var problems = new List<string>();
        if (Entities < 200)
        {
            problems.Add($"entities must be at least 200, to hold the place hierarchy and every kind (got {Entities})");
        }

        if (Relations < 1)
        {
            problems.Add($"relations must be at least 1 (got {Relations})");
        }

        if (RelationsPerArticle < 1)
        {
            problems.Add($"relations per article must be at least 1 (got {RelationsPerArticle})");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems));
        }
    }
}
