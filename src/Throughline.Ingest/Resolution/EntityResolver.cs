using F23.StringSimilarity;
using Throughline.Core.Model;
using Throughline.Ingest.Drafting;

namespace Throughline.Ingest;

/// <summary>
/// Ranks the existing entities a new name may be. A name's score against an entity is its best score against any of the
/// entity's names and aliases, compared as matching keys (case, punctuation and corporate suffixes dropped): the larger
/// of Jaro-Winkler similarity (spelling variants, "Hikvison"), shared words (a longer or shorter form of the name,
/// "Hikvision Digital"), and initials ("HPE" for Hewlett Packard Enterprise), then moved by context: the kind guessed
/// for the name agreeing with the entity's kind. It only ranks; accepting a candidate is the reviewer's decision.
/// </summary>
public sealed class EntityResolver
{
    /// <summary>A score from which the drafter uses the candidate in its proposed relations (the signal says so).</summary>
    public const double ResolveAt = 0.85;

    private const double KeepAt = 0.55;

    private readonly JaroWinkler _jaroWinkler = new();
    private readonly List<(Entity Entity, string[] Key)> _names = [];

    public EntityResolver(IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var entity in entities)
        {
            foreach (var name in entity.Names)
            {
                if (NameKey.Of(name) is { Length: > 0 } key)
                {
                    _names.Add((entity, key));
                }
            }
        }
    }

    /// <summary>Candidates for <paramref name="name"/>, best first, at most <paramref name="limit"/>, each scoring at least 0.55.</summary>
    public IReadOnlyList<ResolutionCandidate> Candidates(string name, EntityKind? kind, int limit = 3)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0)
        {
            return [];
        }

        return _names
            .Select(n => (n.Entity, Score: Adjust(Score(key, n.Key), kind, n.Entity.Kind)))
            .Where(c => c.Score >= KeepAt)
            .GroupBy(c => c.Entity.Id, StringComparer.Ordinal)
            .Select(g => g.MaxBy(c => c.Score))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Entity.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(c => new ResolutionCandidate(c.Entity.Id, c.Entity.Name, Math.Round(c.Score, 3)))
            .ToList();
    }

    /// <summary>The candidate to use in proposals: the best one when it scores at least <see cref="ResolveAt"/> and clearly beats the next.</summary>
    public static ResolutionCandidate? Best(IReadOnlyList<ResolutionCandidate> candidates) =>
        candidates.Count > 0 && candidates[0].Score >= ResolveAt && (candidates.Count == 1 || candidates[0].Score - candidates[1].Score >= 0.05)
            ? candidates[0]
            : null;

    private double Score(string[] a, string[] b)
    {
        if (a.SequenceEqual(b))
        {
            return 1;
        }

        // Spelling word by word: each word of the longer name against its best match in the other, so a misspelt word
        // ("Sytems") scores high while a different word ("Group" for "Holdings") does not. Jaro-Winkler over the whole
        // string would reward any shared beginning ("Intel" against "Intel Capital").
        var (longer, shorter) = a.Length >= b.Length ? (a, b) : (b, a);
        var spelling = longer.Average(w => shorter.Max(o => _jaroWinkler.Similarity(w, o))) * 0.95;
        var common = a.Intersect(b, StringComparer.Ordinal).Count();
        var words = common == 0 ? 0 : (0.55 * common / Math.Min(a.Length, b.Length)) + (0.4 * common / Math.Max(a.Length, b.Length));
        return Math.Max(spelling, Math.Max(words, Initials(a, b)));
    }

    private static double Initials(string[] a, string[] b)
    {
        static bool Abbreviates(string[] shortForm, string[] longForm) =>
            shortForm.Length == 1 && longForm.Length >= 2 && shortForm[0].Length == longForm.Length
            && string.Concat(longForm.Select(w => w[0])) == shortForm[0];

        return Abbreviates(a, b) || Abbreviates(b, a) ? 0.86 : 0;
    }

    private static double Adjust(double score, EntityKind? guessed, EntityKind actual) => guessed switch
    {
        null => score,
        var k when k == actual => Math.Min(1, score + 0.04),
        _ => score - 0.12,
    };
}
