using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Api.Schema.Lookup;

/// <summary>
/// "Did you mean": the entities whose name or an alias is closest to a name that matched nothing, by edit distance.
/// Candidates come from the store's substring search on a few three-letter pieces of the name, so the cost does not
/// grow with the graph; a misspelling leaves at least one piece intact unless the name is very short or mangled.
/// </summary>
internal static class NameSuggester
{
    private const int MaxSuggestions = 5;
    private const int CandidatesPerPiece = 100;

    public static async Task<IReadOnlyList<Entity>> SuggestAsync(
        IGraphStore store, string name, EntityKind? kind, CancellationToken ct)
    {
        var text = name.Trim();
        if (text.Length == 0)
        {
            return [];
        }

        var limit = MaxDistance(text);
        var candidates = new Dictionary<string, (Entity Entity, int Distance)>(StringComparer.Ordinal);
        foreach (var piece in Pieces(text))
        {
            var page = await store.SearchEntitiesAsync(
                new EntitySearch(piece, kind is null ? null : [kind.Value], CandidatesPerPiece), ct).ConfigureAwait(false);
            foreach (var entity in page.Items)
            {
                var distance = entity.Names.Min(n => EditDistance.Between(text, n));
                if (distance <= limit && (!candidates.TryGetValue(entity.Id, out var seen) || distance < seen.Distance))
                {
                    candidates[entity.Id] = (entity, distance);
                }
            }
        }

        return [.. candidates.Values
            .OrderBy(c => c.Distance).ThenBy(c => c.Entity.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Entity.Id, StringComparer.Ordinal)
            .Take(MaxSuggestions).Select(c => c.Entity)];
    }

    /// <summary>A third of the name's length, at least 1 and at most 3: "Intell" may mean "Intel", "Ant" not "Intel".</summary>
    private static int MaxDistance(string text) => Math.Clamp(text.Length / 3, 1, 3);

    private static IEnumerable<string> Pieces(string text)
    {
        if (text.Length <= 3)
        {
            return [text[..Math.Min(2, text.Length)]];
        }

        var starts = new[] { 0, (text.Length - 3) / 3, 2 * (text.Length - 3) / 3, text.Length - 3 };
        return starts.Distinct().Select(s => text.Substring(s, 3)).Where(p => p.Trim().Length == 3).Distinct(StringComparer.OrdinalIgnoreCase);
    }
}
