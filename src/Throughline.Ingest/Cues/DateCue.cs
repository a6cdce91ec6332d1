using System.Globalization;
using System.Text.RegularExpressions;
using Throughline.Core.Model;

namespace Throughline.Ingest.Cues;

/// <summary>What a sentence says about when: the start and end of the stated relation, each with the words that said so.</summary>
public sealed record DateCues(PartialDate? ValidFrom, PartialDate? ValidTo, string? Signal)
{
    public static DateCues None { get; } = new(null, null, null);
}

/// <summary>
/// Dates in news copy: absolute ("2015", "March 2016", "March 5, 2019", "5 March 2019", "2019-03-05") and relative to
/// the publication date ("last year", "last month", "this year", "in March", "yesterday", "two years ago", "on Tuesday").
/// "since"/"from" mark a start and "until"/"through" an end; a plain date is the start, unless the sentence speaks of an
/// ending (sold, divested, ended), where it is the end.
/// </summary>
public static partial class DateCue
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static DateCues Find(string sentence, PartialDate? published)
    {
        var found = new List<(int Index, PartialDate Date, string Role, string Text)>();
        foreach (Match m in Absolute().Matches(sentence))
        {
            var bareYear = !m.Groups["month"].Success && !m.Groups["mm"].Success;
            if (bareYear && !m.Groups["lead"].Success)
            {
                continue; // "the 2019 report": a bare year only dates the relation after "in", "since", "until" ...
            }

            if (ReadAbsolute(m, published) is { } date)
            {
                found.Add((m.Index, date, m.Groups["lead"].Value.ToLowerInvariant(), m.Value.Trim()));
            }
        }

        if (published is { } pub)
        {
            foreach (Match m in Relative().Matches(sentence))
            {
                if (ReadRelative(m.Groups["rel"].Value.ToLowerInvariant(), pub) is { } date)
                {
                    found.Add((m.Index, date, m.Groups["lead"].Value.ToLowerInvariant(), m.Value.Trim()));
                }
            }
        }

        if (found.Count == 0)
        {
            return DateCues.None;
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        var ending = Ending().IsMatch(sentence);
        PartialDate? from = null, to = null;
        var said = new List<string>();
        foreach (var (_, date, role, text) in found)
        {
            var isEnd = role is "until" or "till" or "through" or "to" or "and" || (role is "in" or "" or "by" && ending && from is null);
            if (isEnd && to is null)
            {
                to = date;
                said.Add($"validTo from '{text}'");
            }
            else if (!isEnd && from is null)
            {
                from = date;
                said.Add($"validFrom from '{text}'");
            }
        }

        if (from is { } f && to is { } t && f.FirstDay > t.LastDay)
        {
            to = null; // a later "until" that is not this relation's end; keep the start
        }

        return new DateCues(from, to, string.Join("; ", said));
    }

    private static PartialDate? ReadAbsolute(Match m, PartialDate? published)
    {
        var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var month = m.Groups["month"].Success ? MonthOf(m.Groups["month"].Value) : m.Groups["mm"].Success ? int.Parse(m.Groups["mm"].Value, CultureInfo.InvariantCulture) : (int?)null;
        var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) : (int?)null;
        if (year is null && month is { } bare && published is { } pub)
        {
            // "in March" without a year: the latest March on or before publication.
            year = pub.Month is { } pm && bare > pm ? pub.Year - 1 : pub.Year;
        }

        if (year is not { } y || y is < 1900 or > 2100)
        {
            return null;
        }

        try
        {
            return (month, day) switch
            {
                (null, _) => PartialDate.FromYear(y),
                ({ } mo, null) => PartialDate.FromYearMonth(y, mo),
                ({ } mo, { } d) => PartialDate.FromDate(new DateOnly(y, mo, d)),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static PartialDate? ReadRelative(string text, PartialDate pub)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var day = pub.Day is not null ? new DateOnly(pub.Year, pub.Month!.Value, pub.Day.Value) : (DateOnly?)null;
        return words switch
        {
            [.., "this", "year"] => PartialDate.FromYear(pub.Year),
            [.., "last", "year"] or ["a", "year", "ago"] => PartialDate.FromYear(pub.Year - 1),
            [var n, "years", "ago"] when Count(n) is { } k => PartialDate.FromYear(pub.Year - k),
            [.., "this", "month"] when pub.Month is { } m => PartialDate.FromYearMonth(pub.Year, m),
            [.., "last", "month"] or ["a", "month", "ago"] when pub.Month is { } m => m == 1 ? PartialDate.FromYearMonth(pub.Year - 1, 12) : PartialDate.FromYearMonth(pub.Year, m - 1),
            [var n, "months", "ago"] when pub.Month is { } m && Count(n) is { } k => Month(new DateOnly(pub.Year, m, 1).AddMonths(-k)),
            ["yesterday"] when day is { } d => PartialDate.FromDate(d.AddDays(-1)),
            ["today"] when day is { } d => PartialDate.FromDate(d),
            [.., "last", "week"] when day is { } d => Month(d.AddDays(-7)),
            [var weekday] when day is { } d && Enum.TryParse<DayOfWeek>(weekday, ignoreCase: true, out var wd) => PartialDate.FromDate(d.AddDays(-(((int)d.DayOfWeek - (int)wd + 7) % 7 is 0 ? 7 : ((int)d.DayOfWeek - (int)wd + 7) % 7))),
            _ => null,
        };
    }

    private static PartialDate Month(DateOnly d) => PartialDate.FromYearMonth(d.Year, d.Month);

    private static int? Count(string word) => word switch
    {
        "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
        _ when int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100 => n,
        _ => null,
    };

    private static int MonthOf(string name) =>
        Array.FindIndex(Months, m => m.StartsWith(name.TrimEnd('.').ToLowerInvariant(), StringComparison.Ordinal)) + 1;

    private const string MonthName = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(
        @"(?:\b(?<lead>since|from|until|till|through|to|and|in|by|on|as\s+of|starting|beginning|during)\s+(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of)[\s-]+)?)?" +
        @"(?:(?<year>(?:19|20)\d\d)-(?<mm>0[1-9]|1[0-2])(?:-(?<day>[0-3]\d))?\b" +
        @"|\b(?<month>" + MonthName + @")\s+(?<day>[1-3]?\d)(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d\d)\b" +
        @"|\b(?<day>[1-3]?\d)\s+(?<month>" + MonthName + @")\s+(?<year>(?:19|20)\d\d)\b" +
        @"|\b(?<month>" + MonthName + @")\s+(?:of\s+)?(?<year>(?:19|20)\d\d)\b" +
        @"|(?<=\b(?:in|since|from|until|by|during|through|early|late|mid)[\s-]+)(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)" +
        @"|\b(?<year>(?:19|20)\d\d)\b(?![\d,.]*\s*(?:%|percent|million|billion|yuan|dollars)))",
        RegexOptions.CultureInvariant)]
    private static partial Regex Absolute();

    [GeneratedRegex(
        @"(?:\b(?<lead>since|from|until|in|by|earlier|on)\s+)?\b(?<rel>(?:earlier\s+|late\s+|later\s+)?(?:this|last)\s+(?:year|month|week)|(?:a|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|months?)\s+ago|yesterday|today|(?<=\bon\s+)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b(?:(?:sold|sells|selling|offloaded|dumped)\s+(?:its|their|his|her|the|a|all|part\s+of\s+its)\s+(?:[\w-]+\s+){0,2}(?:stake|shares|holding|interest|business|unit|division|subsidiary)|divest(?:s|ed)?|exit(?:s|ed)?|ended|ends|terminat(?:es|ed)|pulled\s+out|stopp?(?:ed|s)|ceased|withdr[ae]w|cut\s+ties|shut\s+down)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ending();
}
