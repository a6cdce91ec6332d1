using Throughline.Core.Model;
using Throughline.Ingest.Cues;

namespace Throughline.Ingest.Drafting;

/// <summary>
/// Drafts claims from one article against the entities of a graph: sentences, mentions of known entities, new names
/// (resolved to an existing entity only when the resolver is sure, and then said so), relations per sentence, and
/// responses ("X denied ...", "X declined to comment") attached to the relations of the sentences just before that
/// name the responding party. Proposals of the same type between the same ends are merged, their quotes kept.
/// </summary>
public sealed class Drafter
{
    /// <summary>A response sentence is attached to relations proposed in this many sentences before it (and its own).</summary>
    private const int ResponseReach = 2;

    private readonly MentionFinder _mentions;
    private readonly EntityResolver _resolver;
    private readonly Dictionary<string, Entity> _entities;
    private readonly HashSet<string> _relationIds;

    public Drafter(IReadOnlyCollection<Entity> entities, IEnumerable<string> existingRelationIds)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(existingRelationIds);
        _mentions = new MentionFinder(entities);
        _resolver = new EntityResolver(entities);
        _entities = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _relationIds = existingRelationIds.ToHashSet(StringComparer.Ordinal);
    }

    public ArticleDraftResult Draft(ExtractedArticle article, string articleId)
    {
        ArgumentNullException.ThrowIfNull(article);
        PartialDate? published = PartialDate.TryParse(article.Published, out var date, out _) ? date : null;
        var names = new NewNames(_resolver, _entities.Keys);
        var merged = new RelationMerger(_relationIds);
        var recent = new List<(int Sentence, SentenceRelation Relation)>();
        var sentences = SentenceSplitter.Split(article.Text);
        for (var index = 0; index < sentences.Count; index++)
        {
            var sentence = sentences[index];
            var parties = Parties(sentence.Text, names);
            var relations = RelationProposer.Propose(sentence, parties, published);
            foreach (var relation in relations)
            {
                merged.Add(relation);
                recent.Add((index, relation));
            }

            if (parties.Count > 0 && StanceCue.Find(sentence.Text) is { } stance)
            {
                AttachResponse(sentence, index, parties, stance, recent, merged);
            }

            recent.RemoveAll(r => r.Sentence < index - ResponseReach + 1);
        }

        var proposals = merged.Proposals();
        var used = proposals.SelectMany(p => new[] { p.From, p.To }).ToHashSet(StringComparer.Ordinal);
        var entities = names.Proposals.Where(e => used.Contains(e.Id) || e.Confidence >= 0.5).ToList();
        return new ArticleDraftResult(articleId, article, proposals, entities, names.Resolved);
    }

    /// <summary>
    /// "Microsoft denied that any such partnership exists": a response sentence naming a party of a relation proposed
    /// just before becomes evidence for that relation with the response's stance, spoken by that party.
    /// </summary>
    private static void AttachResponse(
        Sentence sentence, int index, IReadOnlyList<SentenceParty> parties, (EvidenceStance Stance, string Signal) stance,
        List<(int Sentence, SentenceRelation Relation)> recent, RelationMerger merged)
    {
        var speaker = SpeakerCue.Find(sentence.Text, parties.Select(p => new SpeakerCue.Party(p.Start, p.End, p.Options[0].Id)).ToList());
        if (speaker.Speaker is null && parties.Count == 1)
        {
            speaker = speaker with { Speaker = parties[0].Options[0].Id, Signal = $"speaker: the only party named, '{parties[0].Text}'" };
        }

        foreach (var (at, relation) in recent.Where(r => r.Sentence < index).ToList())
        {
            if (speaker.Speaker is { } s && (s == relation.From || s == relation.To))
            {
                var evidence = RelationProposer.Evidence(sentence, stance, speaker, relation.From, relation.To);
                merged.Add(relation with
                {
                    Confidence = relation.Confidence,
                    Signal = $"response in a later sentence ({evidence.Signal})",
                    Evidence = evidence,
                    ValidFrom = null,
                    ValidTo = null,
                    StakePercent = null,
                    Amount = null,
                    Product = null,
                });
                _ = at;
            }
        }
    }

    private List<SentenceParty> Parties(string text, NewNames names)
    {
        var parties = new List<SentenceParty>();
        var mentions = _mentions.Find(text);
        foreach (var mention in mentions)
        {
            var options = mention.EntityIds.Select(id => (id, _entities[id].Kind)).ToList();
            parties.Add(new SentenceParty(mention.Start, mention.End, mention.Text, options));
        }

        foreach (var name in NameFinder.Find(text, mentions.Select(m => (m.Start, m.End)).ToList()))
        {
            parties.Add(names.Party(name, _entities));
        }

        parties.Sort((a, b) => a.Start.CompareTo(b.Start));
        return parties;
    }
}
