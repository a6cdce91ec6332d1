using System.Globalization;
using System.Text.RegularExpressions;
using Throughline.Core.Model;

namespace Throughline.Ingest.Cues;

/// <summary>
/// Money as news copy writes it: "$1.2 million", "US$300m", "1.8 billion yuan ($256 million)", "€40 million a year",
/// with the hedges that make a figure a bound or an estimate ("at least", "about", "up to").
/// </summary>
public static partial class AmountCue
{
    private static readonly Dictionary<string, string> SymbolCurrencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "USD", ["US$"] = "USD", ["USD"] = "USD", ["€"] = "EUR", ["EUR"] = "EUR", ["£"] = "GBP", ["GBP"] = "GBP",
        ["¥"] = "CNY", ["RMB"] = "CNY", ["CNY"] = "CNY", ["HK$"] = "HKD", ["HKD"] = "HKD", ["NT$"] = "TWD", ["JPY"] = "JPY",
    };

    private static readonly Dictionary<string, string> WordCurrencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dollars"] = "USD", ["dollar"] = "USD", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["euros"] = "EUR", ["euro"] = "EUR",
        ["pounds"] = "GBP", ["yen"] = "JPY", ["won"] = "KRW", ["rupees"] = "INR",
    };

    public static Money? Find(string sentence)
    {
        var matches = Amount().Matches(sentence);
        if (matches.Count == 0 || Read(matches[0]) is not { } first)
        {
            return null;
        }

        // "1.8 billion yuan ($256 million) a year": the bracketed figure is the same amount in another currency, and a
        // period after the bracket belongs to both.
        if (matches.Count > 1 && Bracket().Match(sentence, matches[0].Index + matches[0].Length) is { Success: true } open
            && open.Index == matches[0].Index + matches[0].Length && matches[1].Index == open.Index + open.Length
            && Read(matches[1]) is { } alternative)
        {
            var afterBracket = matches[1].Index + matches[1].Length;
            var period = first.Period ?? alternative.Period ?? (Period().Match(sentence, afterBracket) is { Success: true } p && p.Index == afterBracket ? PeriodOf(p.Groups["period"].Value) : null);
            first = first with { Period = period, Alternative = alternative with { Period = null } };
        }

        return first;
    }

    private static Money? Read(Match m)
    {
        var currency = m.Groups["symbol"].Success ? SymbolCurrencies.GetValueOrDefault(m.Groups["symbol"].Value.Trim())
            : m.Groups["word"].Success ? WordCurrencies.GetValueOrDefault(m.Groups["word"].Value)
            : null;
        if (currency is null || !decimal.TryParse(m.Groups["number"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        value *= m.Groups["scale"].Value.ToLowerInvariant() switch
        {
            "thousand" or "k" => 1_000m,
            "million" or "m" or "mn" => 1_000_000m,
            "billion" or "bn" or "b" => 1_000_000_000m,
            "trillion" or "tn" => 1_000_000_000_000m,
            _ => 1m,
        };
        var period = m.Groups["period"].Success ? PeriodOf(m.Groups["period"].Value) : null;
        return new Money(value, currency, Qualifiers.Of(m.Groups["hedge"].Value), period);
    }

    private static string? PeriodOf(string words) => words.ToLowerInvariant() switch
    {
        var p when p.Contains("year", StringComparison.Ordinal) || p.Contains("annual", StringComparison.Ordinal) => "year",
        var p when p.Contains("month", StringComparison.Ordinal) => "month",
        _ => null,
    };

    [GeneratedRegex(@"\s*\(\s*(?:about|roughly|around|or|approximately)?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bracket();

    [GeneratedRegex(@"\)?\s+(?<period>a\s+year|per\s+year|annually|a\s+month|per\s+month|each\s+year|every\s+year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Period();

    [GeneratedRegex(
        @"(?:(?<hedge>about|around|roughly|approximately|nearly|almost|some|an\s+estimated|more\s+than|over|at\s+least|upwards\s+of|up\s+to|as\s+much\s+as|less\s+than|under|no\s+more\s+than)\s+)?" +
        @"(?:(?<symbol>US\$|HK\$|NT\$|\$|€|£|¥|(?:USD|EUR|GBP|CNY|RMB|HKD|JPY)\s?)(?<number>\d[\d,]*(?:\.\d+)?)(?:\s?(?<scale>thousand|million|billion|trillion|mn|bn|tn|m|b|k)\b)?" +
        @"|(?<number>\d[\d,]*(?:\.\d+)?)(?:\s(?<scale>thousand|million|billion|trillion))?\s(?<word>dollars?|yuan|renminbi|euros?|pounds|yen|rupees)\b)" +
        @"(?:\s+(?<period>a\s+year|per\s+year|annually|a\s+month|per\s+month|each\s+year|every\s+year))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
