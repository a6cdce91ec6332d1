using System.Text.RegularExpressions;
using Throughline.Core.Model;

namespace Throughline.Ingest.Cues;

/// <summary>
/// How a sentence bears on what it reports, from the verbs of response that news copy uses: a denial, a refusal to
/// comment, a statement of compliance, a confirmation. <see cref="Find"/> gives null for a sentence that just states.
/// </summary>
public static partial class StanceCue
{
    public static (EvidenceStance Stance, string Signal)? Find(string sentence)
    {
        if (NoComment().Match(sentence) is { Success: true } quiet)
        {
            return (EvidenceStance.NoComment, $"no-comment cue '{quiet.Value}'");
        }

        if (Denial().Match(sentence) is { Success: true } denial)
        {
            return (EvidenceStance.Denies, $"denial cue '{denial.Value}'");
        }

        if (Dispute().Match(sentence) is { Success: true } dispute)
        {
            return (EvidenceStance.Disputes, $"dispute cue '{dispute.Value}'");
        }

        if (Compliance().Match(sentence) is { Success: true } compliance)
        {
            return (EvidenceStance.Context, $"compliance cue '{compliance.Value}'");
        }

        if (Confirmation().Match(sentence) is { Success: true } confirmation)
        {
            return (EvidenceStance.Confirms, $"confirmation cue '{confirmation.Value}'");
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:declined|refused)\s+to\s+(?:comment|respond|discuss|answer)|\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t)\s+(?:immediately\s+)?(?:respond|reply|return|answer|comment)|\bcould\s+not\s+(?:immediately\s+)?be\s+reached|\bno\s+comment\b|\bunavailable\s+for\s+comment|\bwithout\s+(?:a\s+)?(?:response|reply)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoComment();

    [GeneratedRegex(@"\bden(?:y|ies|ied|ying)\b|\brejects?\s+(?:the\s+)?(?:claim|allegation|report)|\b(?:is|was|are|were)\s+(?:not\s+true|untrue|false|baseless|inaccurate)|\bno\s+such\s+(?:partnership|relationship|deal|contract|agreement|stake|investment)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(?:disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?|challeng(?:e|es|ed)\s+(?:the|that)|refut(?:e|es|ed)|questioned\s+(?:the|whether))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dispute();

    [GeneratedRegex(@"\b(?:compl(?:y|ies|ied|ying)\s+with|in\s+compliance\s+with|complian(?:t|ce)\s+with|abides?\s+by|adher(?:e|es|ed)\s+to|in\s+accordance\s+with|follow(?:s|ed)?\s+(?:all\s+)?(?:applicable\s+)?(?:laws|rules|regulations|export\s+controls))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Compliance();

    [GeneratedRegex(@"\b(?:confirm(?:s|ed|ing)?|acknowledg(?:e|es|ed|ing)|admitt?(?:s|ed))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Confirmation();
}
