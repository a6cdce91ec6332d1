using System.Text.RegularExpressions;
using Throughline.Core.Model;

namespace Throughline.Ingest.Drafting;

/// <summary>
/// Finds organisation-, person-, place-, project- and event-like names that no known entity matches: runs of capitalised
/// words (joined inside institutional names by "of", "for", "and", "&amp;"), without sentence-initial function words,
/// months, weekdays and nationality adjectives. The kind is guessed from the name's own words (a corporate suffix, a
/// head noun such as Ministry, University, Province, Project, Expo) and then from its context (a title before it, a
/// preposition of place), with a confidence that says how strong the hint was.
/// </summary>
public static partial class NameFinder
{
    private static readonly HashSet<string> Function = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "As", "After", "Before", "Its", "It", "This", "That", "These", "Those",
        "He", "She", "They", "We", "I", "You", "Some", "Many", "While", "When", "According", "Last", "For", "With", "From", "By", "Of",
        "Other", "More", "Most", "Such", "Both", "Several", "Since", "If", "Even", "However", "Meanwhile", "Still", "Yet", "So", "Also",
        "Now", "There", "Here", "What", "Who", "Why", "How", "Where", "One", "Two", "Three", "Among", "Under", "Over", "Despite", "Although",
        "Though", "Until", "Because", "Their", "His", "Her", "Our", "My", "Your", "To", "Not", "No", "Yes", "All", "Each", "Every", "Any",
        "Once", "Then", "Thus", "Instead", "Including", "Like", "Unlike", "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "Other",
        "Such", "Much", "Only", "Just", "Mr", "Ms", "Mrs", "Dr", "Read", "See", "Click", "Photo", "Image", "Source", "Update", "Updated",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Chinese", "American", "European", "British",
        "Japanese", "Russian", "Indian", "Western", "Eastern", "Asian", "African", "Muslim", "Muslims", "Communist", "Republican",
        "Democrat", "Democrats", "Republicans", "English", "French", "German", "Korean", "Taiwanese", "Uighur", "Uighurs", "Uyghur",
        "Uyghurs", "Internet", "CEO", "CTO", "CFO", "AI", "TV", "GPS", "PC", "IT", "OK", "PM", "AM", "EST", "GMT", "UTC", "Log",
    };

    private static readonly string[] OrgHeads =
    [
        "Technologies", "Technology", "Tech", "Group", "Holdings", "Holding", "Capital", "Systems", "Networks", "Electronics", "Semiconductor",
        "Semiconductors", "Software", "Labs", "Partners", "Ventures", "Bank", "Fund", "Media", "Communications", "Telecom", "Solutions",
        "Industries", "Enterprise", "Enterprises", "Digital", "Microsystems", "Devices", "Instruments", "Robotics", "Vision", "Security",
        "Intelligence", "Cloud", "Data", "Analytics", "Motors", "Pharmaceuticals", "Energy", "Airlines", "Consulting", "Investments",
        "University", "Institute", "Academy", "College", "School", "Center", "Centre", "Foundation", "Association", "Society",
        "Laboratory", "Laboratories", "Alliance", "Federation", "Council", "Times", "News", "Post", "Journal", "Daily", "Press", "Review",
    ];

    private static readonly string[] GovHeads =
    [
        "Ministry", "Department", "Bureau", "Police", "Government", "Commission", "Congress", "Senate", "Parliament", "Administration",
        "Agency", "Army", "Court", "Committee", "Party", "Office", "Authority", "Directorate", "Cabinet", "Embassy", "Procuratorate",
        "Municipality", "Legislature", "Treasury", "Navy", "Force", "Forces", "Corps",
    ];

    private static readonly string[] PlaceHeads =
    [
        "Province", "County", "Region", "Prefecture", "City", "District", "Valley", "Island", "Islands", "Autonomous", "Township",
        "Village", "Republic", "Kingdom", "Peninsula", "Sea", "River", "Mountains", "Bay", "Harbor", "Harbour", "Zone",
    ];

    private static readonly string[] ProjectHeads = ["Project", "Program", "Programme", "Initiative", "Plan", "Scheme", "Platform", "Network"];

    private static readonly string[] EventHeads = ["Expo", "Exhibition", "Conference", "Summit", "Forum", "Fair", "Games", "Olympics", "Festival", "Show", "Week"];

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "and", "&", "de", "on" };

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "professor", "sen", "senator", "rep", "representative", "president", "gov", "governor",
        "premier", "minister", "secretary", "ceo", "founder", "co-founder", "analyst", "researcher", "director", "spokesman",
        "spokeswoman", "spokesperson", "chairman", "chairwoman", "executive", "officer", "official", "chief", "lawyer", "scientist",
        "journalist", "reporter", "editor", "economist", "fellow", "engineer", "manager", "adviser", "advisor", "colleague", "general",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "from", "across", "throughout", "near", "around", "outside", "inside", "to",
    };

    /// <summary>Names in <paramref name="sentence"/> outside <paramref name="taken"/> (spans of known mentions).</summary>
    public static IReadOnlyList<NameSpan> Find(string sentence, IReadOnlyList<(int Start, int End)> taken)
    {
        var words = Word().Matches(sentence).Select(m => (m.Index, End: m.Index + m.Length, Text: m.Value)).ToList();
        var trimmed = sentence.TrimEnd();
        var punctuated = trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '"' or '”' or ')';
        if (!punctuated && words.Count >= 5 && words.Count(w => IsCapitalised(w.Text)) * 10 > words.Count * 6)
        {
            return []; // a headline in title case (no closing full stop, most words capitalised): capitals say nothing
        }

        var names = new List<NameSpan>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsCapitalised(words[i].Text) || Inside(words[i], taken))
            {
                continue;
            }

            var last = i;
            while (last + 1 < words.Count && !BreaksAfter(sentence, words[last]))
            {
                var next = words[last + 1];
                if (IsCapitalised(next.Text) && !Inside(next, taken))
                {
                    last++;
                    continue;
                }

                // "Ministry of Public Security", "Center for Strategic and International Studies": a connector inside a name
                if (Connectors.Contains(next.Text) && last + 2 < words.Count && IsCapitalised(words[last + 2].Text) && !Inside(words[last + 2], taken)
                    && (next.Text != "and" || Enumerable.Range(i, last - i + 1).Any(k => words[k].Text is "for" or "of"))
                    && Enumerable.Range(i, last - i + 1).Any(k => IsHead(words[k].Text)))
                {
                    last += 2;
                    continue;
                }

                break;
            }

            var first = i;
            while (first <= last && (Function.Contains(words[first].Text) && (first == 0 || IsSentenceStart(sentence, words[first].Index)) || NotNames.Contains(words[first].Text)))
            {
                first++;
            }

            while (last >= first && (NotNames.Contains(words[last].Text) || Connectors.Contains(words[last].Text)))
            {
                last--;
            }

            if (first > last)
            {
                i = Math.Max(i, last);
                continue;
            }

            var touchesMention = (first > 0 && Adjacent(sentence, words[first - 1], words[first]) && Inside(words[first - 1], taken))
                || (last + 1 < words.Count && Adjacent(sentence, words[last], words[last + 1]) && Inside(words[last + 1], taken));
            if (!touchesMention)
            {
                var span = Span(sentence, words, first, last);
                if (span is not null)
                {
                    names.Add(span);
                }
            }

            i = Math.Max(i, last);
        }

        return names;
    }

    private static NameSpan? Span(string sentence, List<(int Index, int End, string Text)> words, int first, int last)
    {
        var start = words[first].Index;
        var end = words[last].End;
        if (end < sentence.Length && sentence[end] == '.' && NameKey.IsCorporateSuffix(words[last].Text.ToLowerInvariant()))
        {
            end++; // "Co." and "Ltd." keep their periods
        }

        var text = sentence[start..end];
        var tokens = words.GetRange(first, last - first + 1).Select(w => w.Text).ToList();
        if (tokens.Count == 1 && (tokens[0].Length < 2 || (first == 0 || IsSentenceStart(sentence, start)) && !IsHead(tokens[0]) && !tokens[0].Any(char.IsDigit) && tokens[0].Skip(1).All(char.IsLower)))
        {
            return null; // one ordinary capitalised word at the start of a sentence is most often just the first word
        }

        var before = first > 0 ? words[first - 1].Text : string.Empty;
        var after = sentence[end..].TrimStart();
        var (kind, confidence, why) = Guess(tokens, before, after);
        return new NameSpan(start, end, text, kind, confidence, why);
    }

    private static (EntityKind Kind, double Confidence, string Why) Guess(List<string> tokens, string before, string after)
    {
        var tail = tokens[^1].TrimEnd('.').ToLowerInvariant();
        if (NameKey.IsCorporateSuffix(tail))
        {
            return (EntityKind.Organization, 0.9, $"corporate suffix '{tokens[^1]}'");
        }

        if (tokens.FirstOrDefault(t => EventHeads.Contains(t)) is { } eventHead)
        {
            return (EntityKind.Event, 0.7, $"event word '{eventHead}'");
        }

        if (tokens.FirstOrDefault(t => ProjectHeads.Contains(t)) is { } projectHead)
        {
            return (EntityKind.Project, 0.7, $"project word '{projectHead}'");
        }

        if (tokens.FirstOrDefault(t => GovHeads.Contains(t)) is { } govHead)
        {
            return (EntityKind.GovernmentBody, 0.75, $"government word '{govHead}'");
        }

        if (tokens.FirstOrDefault(t => PlaceHeads.Contains(t)) is { } placeHead)
        {
            return (EntityKind.Place, 0.75, $"place word '{placeHead}'");
        }

        if (tokens.FirstOrDefault(t => OrgHeads.Contains(t)) is { } orgHead)
        {
            return (EntityKind.Organization, 0.75, $"organisation word '{orgHead}'");
        }

        // "The Hill", "The Guardian": a name that keeps its article is a title or an institution, never a person.
        var personShape = tokens.Count is 2 or 3 && tokens[0] != "The" && tokens.All(t => t.Length > 1 && char.IsUpper(t[0]) && t.Skip(1).All(c => char.IsLower(c) || c is '-' or '\'' or '’'));
        if (personShape && Titles.Contains(before.TrimEnd('.')))
        {
            return (EntityKind.Person, 0.85, $"title '{before}' before a two- or three-word name");
        }

        if (personShape && PersonAfter().IsMatch(after))
        {
            return (EntityKind.Person, 0.75, "a role or speech verb after a two- or three-word name");
        }

        if (tokens.Count == 1 && PlacePrepositions.Contains(before))
        {
            return (EntityKind.Place, 0.5, $"'{before}' before a one-word name");
        }

        if (personShape)
        {
            return (EntityKind.Person, 0.45, "two or three capitalised words");
        }

        return (EntityKind.Organization, 0.4, "capitalised name (kind unknown; organisation assumed)");
    }

    private static bool IsHead(string word) =>
        OrgHeads.Contains(word) || GovHeads.Contains(word) || PlaceHeads.Contains(word) || ProjectHeads.Contains(word) || EventHeads.Contains(word);

    private static bool IsCapitalised(string word) => word.Length > 0 && (char.IsUpper(word[0]) || (char.IsDigit(word[0]) && word.Any(char.IsUpper)));

    private static bool Inside((int Index, int End, string Text) word, IReadOnlyList<(int Start, int End)> taken) =>
        taken.Any(t => word.Index < t.End && t.Start < word.End);

    private static bool Adjacent(string sentence, (int Index, int End, string Text) a, (int Index, int End, string Text) b) =>
        sentence[a.End..b.Index] is " " or "-";

    /// <summary>Punctuation after a word ends a name: a comma, a bracket, a quote, a full stop that is not an abbreviation's.</summary>
    private static bool BreaksAfter(string sentence, (int Index, int End, string Text) word) =>
        word.End < sentence.Length && sentence[word.End] is not (' ' or '-' or '\u00a0')
        && !(sentence[word.End] == '.' && NameKey.IsCorporateSuffix(word.Text.ToLowerInvariant()) && word.End + 1 < sentence.Length && sentence[word.End + 1] == ' ');

    private static bool IsSentenceStart(string sentence, int index)
    {
        var k = index - 1;
        while (k >= 0 && (sentence[k] is ' ' or '"' or '“' or '‘' or '\'' or '(' or '['))
        {
            k--;
        }

        return k < 0 || sentence[k] is ':' or '—' or '–';
    }

    /// <summary>Words with inner dots and apostrophes kept ("U.S.", "O'Brien"), a possessive "'s" and trailing punctuation left out.</summary>
    [GeneratedRegex(@"(?:[\p{L}\p{N}](?:[\p{L}\p{N}&]|[.'’-](?=[\p{L}\p{N}]))*(?:\.(?<=\b\p{Lu}\.))?(?=['’]s\b)|[\p{L}\p{N}](?:[\p{L}\p{N}&]|[.'’-](?=[\p{L}\p{N}]))*(?:\.(?<=\b\p{Lu}\.))?|&)", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:,\s+(?:a|an|the|who|whose)\b|,\s+(?:chief|senior|vice|deputy|head|director|founder|professor|president|analyst|researcher)\b|(?:said|says|told|wrote|tweeted|added|argued)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonAfter();
}
