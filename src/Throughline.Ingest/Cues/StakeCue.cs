using System.Globalization;
using System.Text.RegularExpressions;

namespace Throughline.Ingest.Cues;

/// <summary>An ownership share: "49%", "a 49 percent stake", "19.9 per cent of", "a majority stake" is not a number and is left out.</summary>
public static partial class StakeCue
{
    public static double? Find(string sentence)
    {
        var match = Percent().Match(sentence);
        return match.Success && double.TryParse(match.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100
            ? value
            : null;
    }

    [GeneratedRegex(@"(?<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Percent();
}
