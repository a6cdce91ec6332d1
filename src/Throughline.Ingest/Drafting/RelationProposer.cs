using Throughline.Core.Model;
using Throughline.Ingest.Cues;

namespace Throughline.Ingest.Drafting;

/// <summary>A relation one sentence states, before proposals from several sentences are merged.</summary>
public sealed record SentenceRelation(
    RelationType Type, string From, string To, double Confidence, string Signal, EvidenceProposal Evidence,
    PartialDate? ValidFrom, PartialDate? ValidTo, double? StakePercent, Money? Amount, string? Product);

/// <summary>
/// Proposes the relations one sentence states between the parties it names. For each pair of parties (at most two others
/// between them, at most 15 words apart) the words between them are matched against <see cref="RelationTriggers"/>; the
/// trigger's voice gives the direction and the catalogue's kinds must allow the ends. Confidence is the trigger's,
/// lowered by distance and by another party standing between the two (unless listed with one of them: "A and B supply
/// C"). The sentence's cues (stake, amount, product, dates, stance, speaker) go with every relation it states.
/// </summary>
public static partial class RelationProposer
{
    private const int MaxGapWords = 15;

    public static IReadOnlyList<SentenceRelation> Propose(Sentence sentence, IReadOnlyList<SentenceParty> parties, PartialDate? published)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(parties);
        var text = sentence.Text;
        var found = new List<SentenceRelation>();
        if (parties.Count < 2)
        {
            return found;
        }

        var dates = DateCue.Find(text, published);
        var stance = StanceCue.Find(text);
        var speaker = SpeakerCue.Find(text, parties.Select(p => new SpeakerCue.Party(p.Start, p.End, p.Options[0].Id)).ToList());
        for (var i = 0; i < parties.Count; i++)
        {
            for (var j = i + 1; j < parties.Count && j <= i + 3; j++)
            {
                var a = parties[i];
                var b = parties[j];
                var gap = text[a.End..b.Start];
                var gapWords = gap.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
                if (gapWords > MaxGapWords || gap.Contains(';', StringComparison.Ordinal) || ReportedSpeech().IsMatch(gap))
                {
                    continue; // "A reported that B sold ...": A is the source of the statement, not a party ("A said it sold ..." is)
                }

                var between = parties.Skip(i + 1).Take(j - i - 1).ToList();
                var listed = between.Count == 0 || IsList(text[a.End..between[0].Start]) || IsList(text[between[^1].End..b.Start]);
                if (Best(a, b, gap.Trim(), gapWords, listed) is not { } pick)
                {
                    continue;
                }

                var (trigger, from, to, confidence) = pick;
                var info = RelationCatalogue.Get(trigger.Type);
                var signals = new List<string> { $"rule {trigger.Name} ({info.Name}) on '{Shorten(gap.Trim())}'" };
                signals.AddRange(new[] { a.Resolution, b.Resolution }.OfType<string>());
                var stake = trigger.Type is RelationType.Owns or RelationType.InvestedIn ? StakeCue.Find(text) : null;
                var amount = trigger.Type is RelationType.InvestedIn or RelationType.ContractorFor or RelationType.Commissioned or RelationType.Supplies or RelationType.Owns or RelationType.Sponsored
                    ? AmountCue.Find(text) : null;
                var product = trigger.Type is RelationType.Supplies or RelationType.Manufactures
                    ? ProductCue.Find(gap + text[b.End..Math.Min(text.Length, b.End + 60)]) : null;
                if (stake is not null)
                {
                    signals.Add($"stake {stake}%");
                }

                if (amount is not null)
                {
                    signals.Add($"amount {amount.Value} {amount.Currency}{(amount.Qualifier == AmountQualifier.Exact ? string.Empty : " " + amount.Qualifier)}");
                }

                if (product is not null)
                {
                    signals.Add($"product '{product}'");
                }

                if (dates.Signal is { Length: > 0 } dateSignal)
                {
                    signals.Add(dateSignal);
                }

                var evidence = Evidence(sentence, stance, speaker, from, to);
                if (evidence.Signal.Length > 0)
                {
                    signals.Add(evidence.Signal);
                }

                found.Add(new SentenceRelation(
                    trigger.Type, from, to, Math.Round(confidence, 2), string.Join("; ", signals), evidence,
                    dates.ValidFrom, dates.ValidTo, stake, amount, product));
            }
        }

        return found;
    }

    /// <summary>The quote with its stance: a denial or confirmation counts as the party's only when a party speaks it.</summary>
    public static EvidenceProposal Evidence(
        Sentence sentence, (EvidenceStance Stance, string Signal)? stance, SpeakerCues speaker, string from, string to)
    {
        var party = speaker.Speaker is { } s && (s == from || s == to);
        var (value, why) = stance switch
        {
            null => (EvidenceStance.Asserts, string.Empty),
            { Stance: EvidenceStance.Denies } d when !party => (EvidenceStance.Disputes, d.Signal + " (not spoken by a party: DISPUTES)"),
            { Stance: EvidenceStance.Confirms } when !party => (EvidenceStance.Asserts, string.Empty),
            { } other => (other.Stance, other.Signal),
        };
        var signal = string.Join("; ", new[] { why, speaker.Signal ?? string.Empty }.Where(x => x.Length > 0));
        return new EvidenceProposal(sentence.Text, sentence.Start, sentence.End, value, speaker.Speaker, speaker.AttributedTo, signal);
    }

    private static (RelationTrigger Trigger, string From, string To, double Confidence)? Best(
        SentenceParty a, SentenceParty b, string gap, int gapWords, bool listed)
    {
        (RelationTrigger, string, string, double)? best = null;
        foreach (var trigger in RelationTriggers.All)
        {
            if (!trigger.Pattern.IsMatch(gap))
            {
                continue;
            }

            var info = RelationCatalogue.Get(trigger.Type);
            var (first, second) = trigger.Reversed ? (b, a) : (a, b);
            var ends = Ends(info, first, second) ?? (trigger.Symmetric ? Ends(info, second, first) : null);
            if (ends is not { } e)
            {
                continue;
            }

            var confidence = trigger.Confidence * Math.Max(0.5, 1 - (0.03 * Math.Max(0, gapWords - 2))) * (listed ? 1 : 0.7);
            if (best is null || confidence > best.Value.Item4)
            {
                best = (trigger, e.From, e.To, confidence);
            }
        }

        return best;
    }

    private static (string From, string To)? Ends(RelationTypeInfo info, SentenceParty from, SentenceParty to)
    {
        foreach (var f in from.Options)
        {
            foreach (var t in to.Options)
            {
                if (f.Id != t.Id && info.Allows(f.Kind, t.Kind))
                {
                    return (f.Id, t.Id);
                }
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:said|says|reported|reports|told|tells|wrote|writes|stated|states|claimed|claims|added|according\s+to|in\s+a\s+statement)\b(?:\s+\w+){0,4}?\s+that\b(?!\s+(?:it|they|its|their|the\s+company|the\s+firm|the\s+group)\b)|\b(?:reported|told|wrote|said)\b\s*[,:]", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ReportedSpeech();

    private static bool IsList(string gap) => gap.Trim() is "," or "and" or ", and" or "or" or "&" or "as well as" or "and its" or "";

    private static string Shorten(string gap) => gap.Length <= 60 ? gap : gap[..57] + "...";
}
