using System.Runtime.CompilerServices;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;

namespace Throughline.Api.Schema.Lookup;

/// <summary>A selector name that matched nothing, with its suggestions (the NameSuggestion type).</summary>
internal sealed record NameSuggestion(string Argument, string Name, IReadOnlyList<Entity> Entities);

/// <summary>
/// What the PathConnection fields beyond the engine's page need: the query's `to` selector (for placement) and the
/// suggestions for names that matched nothing. Kept beside the page rather than in it, so the engine's record stays
/// the contract every store answers.
/// </summary>
internal sealed record PathPageContext(EntitySelector To, IReadOnlyList<NameSuggestion> Suggestions)
{
    private static readonly ConditionalWeakTable<PathPage, PathPageContext> Contexts = new();

    public static PathPageContext Of(PathPage page) =>
        Contexts.TryGetValue(page, out var context) ? context : new PathPageContext(new EntitySelector(), []);

    /// <summary>The page with "did you mean" messages added, remembered with its context.</summary>
    public static async Task<PathPage> AttachAsync(PathPage page, EntitySelector from, EntitySelector to, IGraphStore store, CancellationToken ct)
    {
        var suggestions = new List<NameSuggestion>();
        if (page.Messages.Count > 0)
        {
            await SuggestAsync(store, "from.names", from.Names, null, suggestions, ct).ConfigureAwait(false);
            await SuggestAsync(store, "from.locatedIn", Names(from.LocatedIn), EntityKind.Place, suggestions, ct).ConfigureAwait(false);
            await SuggestAsync(store, "to.names", to.Names, null, suggestions, ct).ConfigureAwait(false);
            await SuggestAsync(store, "to.locatedIn", Names(to.LocatedIn), EntityKind.Place, suggestions, ct).ConfigureAwait(false);
        }

        var withHints = suggestions.Count == 0 ? page : page with
        {
            Messages = [.. page.Messages, .. suggestions.Select(s =>
                $"{s.Argument}: did you mean {string.Join(" or ", s.Entities.Select(e => $"'{e.Name}' ({e.Id})"))} for '{s.Name}'?")],
        };
        Contexts.AddOrUpdate(withHints, new PathPageContext(to, suggestions));
        return withHints;
    }

    private static IReadOnlyList<string>? Names(IReadOnlyList<string>? places) =>
        places?.Where(p => !p.Contains('/', StringComparison.Ordinal)).ToList();

    private static async Task SuggestAsync(
        IGraphStore store, string argument, IReadOnlyList<string>? names, EntityKind? kind, List<NameSuggestion> into, CancellationToken ct)
    {
        foreach (var name in names ?? [])
        {
            var lookup = await EntityLookup.FindAsync(store, name, kind, ct).ConfigureAwait(false);
            if (lookup.Matches.Count == 0 && lookup.Suggestions.Count > 0)
            {
                into.Add(new NameSuggestion(argument, name, lookup.Suggestions));
            }
        }
    }
}
