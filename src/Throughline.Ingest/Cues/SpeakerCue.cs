using System.Text.RegularExpressions;

namespace Throughline.Ingest.Cues;

/// <summary>Who the sentence says is speaking: an entity id (a named party or its spokesperson) or a label for an unnamed one.</summary>
public sealed record SpeakerCues(string? Speaker, string? AttributedTo, string? Signal)
{
    public static SpeakerCues None { get; } = new(null, null, null);
}

/// <summary>
/// Speakers as news copy names them: "a Seagate spokeswoman said", "Intel said", "said Jane Doe, a director at X",
/// "according to X"; a spokesperson speaks for the organisation named with them. "According to" something that is not
/// an entity ("public procurement documents") is where the article got it: <see cref="SpeakerCues.AttributedTo"/>.
/// </summary>
public static partial class SpeakerCue
{
    /// <summary>A mention the speaker may be: its span in the sentence and the entity id it stands for.</summary>
    public readonly record struct Party(int Start, int End, string EntityId);

    public static SpeakerCues Find(string sentence, IReadOnlyList<Party> parties)
    {
        foreach (var party in parties)
        {
            var after = sentence[party.End..];
            if (Spokesperson().Match(after) is { Success: true } spokes)
            {
                return new SpeakerCues(party.EntityId, null, $"speaker: '{sentence[party.Start..party.End]}{spokes.Value}'");
            }
        }

        foreach (var party in parties)
        {
            var after = sentence[party.End..];
            var before = sentence[..party.Start];
            if (SpeechAfter().Match(after) is { Success: true } speech)
            {
                return new SpeakerCues(party.EntityId, null, $"speaker: '{sentence[party.Start..party.End]}{speech.Value}'");
            }

            if (SpeechBefore().Match(before) is { Success: true } said)
            {
                return new SpeakerCues(party.EntityId, null, $"speaker: '{said.Value}{sentence[party.Start..party.End]}'");
            }
        }

        if (According().Match(sentence) is { Success: true } according)
        {
            var source = according.Groups["source"].Value.Trim();
            return new SpeakerCues(null, source, $"attributed to '{source}'");
        }

        if (Unnamed().Match(sentence) is { Success: true } unnamed)
        {
            var label = unnamed.Groups["label"].Value.Trim();
            return new SpeakerCues(label, null, $"unnamed speaker '{label}'");
        }

        return SpeakerCues.None;
    }

    private const string Verbs = @"(?:said|says|told|tells|stated|states|wrote|writes|added|adds|noted|explained|responded|replied|denied|denies|declined|confirmed|confirms|acknowledged|insisted|maintains|maintained|tweeted|announced|claims|claimed)";

    [GeneratedRegex(@"^(?:['’]s)?\s+(?:\w+\s+)?(?:spokes(?:wo)?man|spokesperson|spokespeople|representative|official|executive|lawyer|attorney|press\s+office|statement)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Spokesperson();

    [GeneratedRegex(@"^(?:\s*,[^,.]{1,80},)?\s+(?:(?:also|has|had|have|previously|later|publicly|repeatedly|again)\s+)?" + Verbs + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeechAfter();

    [GeneratedRegex(@"\b(?:said|says|according\s+to|told\s+by|statement\s+from|a\s+statement\s+by)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeechBefore();

    [GeneratedRegex(@"\baccording\s+to\s+(?<source>(?:the\s+|a\s+|an\s+)?[a-z][\w\s'’-]{2,60}?)(?=[,.;]|\s+(?:that|which|who|and)\b|$)", RegexOptions.CultureInvariant)]
    private static partial Regex According();

    [GeneratedRegex(@"\b(?:an?|the)\s+(?<label>(?:company|firm|government|ministry|police|embassy|agency)?\s*(?:spokes(?:wo)?man|spokesperson|representative|official))\s+" + Verbs + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unnamed();
}
