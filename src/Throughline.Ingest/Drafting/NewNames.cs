using Throughline.Core.Model;

namespace Throughline.Ingest.Drafting;

/// <summary>
/// The new names of one article: each distinct name (by matching key) is resolved once, either to an existing entity
/// (score at least <see cref="EntityResolver.ResolveAt"/>, recorded in <see cref="Resolved"/>) or to one proposed entity
/// with a fresh id and its ranked candidates.
/// </summary>
internal sealed class NewNames(EntityResolver resolver, IEnumerable<string> existingIds)
{
    private readonly Dictionary<string, SentenceParty> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = existingIds.ToHashSet(StringComparer.Ordinal);
    private readonly List<EntityProposal> _proposals = [];
    private readonly List<ResolvedName> _resolved = [];

    public IReadOnlyList<EntityProposal> Proposals => _proposals;

    public IReadOnlyList<ResolvedName> Resolved => _resolved;

    public SentenceParty Party(NameSpan name, IReadOnlyDictionary<string, Entity> entities)
    {
        // "The Journal" and "Journal" are one name: a leading article is not part of the matching key.
        var key = string.Join(' ', NameKey.Of(name.Text).SkipWhile(w => w == "the"));
        if (_byKey.TryGetValue(key, out var known))
        {
            return known with { Start = name.Start, End = name.End, Text = name.Text };
        }

        // Only a confident kind guess (a suffix, a head noun, a title) counts as context; "two capitalised words" is no evidence against an organisation.
        var candidates = resolver.Candidates(name.Text, name.KindConfidence >= 0.7 ? name.Kind : null);
        SentenceParty party;
        if (EntityResolver.Best(candidates) is { } best)
        {
            _resolved.Add(new ResolvedName(name.Text, best.EntityId, best.Score));
            party = new SentenceParty(name.Start, name.End, name.Text, [(best.EntityId, entities[best.EntityId].Kind)],
                $"'{name.Text}' resolved to {best.EntityId} by name similarity {best.Score:0.00}: check");
        }
        else
        {
            var id = FreshId(name.Kind, name.Text);
            _proposals.Add(new EntityProposal(id, name.Text, name.Kind, name.KindConfidence, $"new name; kind from {name.Signal}", candidates));
            party = new SentenceParty(name.Start, name.End, name.Text, [(id, name.Kind)], $"{id} is a proposed new entity");
        }

        _byKey[key] = party;
        return party;
    }

    private string FreshId(EntityKind kind, string name)
    {
        var stem = $"{Core.SeedData.SeedIds.PrefixOf(kind)}/{Slug.Of(string.Join(' ', NameKey.Of(name)))}";
        var id = stem;
        for (var n = 2; !_ids.Add(id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }
}
