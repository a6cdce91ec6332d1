using System.Globalization;
using System.Text.Json;

namespace Throughline.GraphQL.Types;

/// <summary>The few JavaScript conversions graphql-js's scalar coercion relies on.</summary>
internal static class JsSemantics
{
    /// <summary>JSON values (from the default resolver over JsonElement) become CLR primitives.</summary>
    public static object? Unwrap(object? value) => value is JsonElement element
        ? element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => element,
        }
        : value;

    public static bool IsInteger(double n) => double.IsFinite(n) && Math.Floor(n) == n;

    /// <summary>JavaScript's Number(string): trims whitespace, "" is 0, hex/octal/binary prefixes, else NaN.</summary>
    public static double ToNumber(string text)
    {
        var s = text.Trim();
        if (s.Length == 0)
        {
            return 0;
        }

        if (s.Length > 2 && s[0] == '0' && (s[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B'))
        {
            var radix = s[1] switch { 'x' or 'X' => 16, 'o' or 'O' => 8, _ => 2 };
            double result = 0;
            foreach (var c in s.AsSpan(2))
            {
                var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
                if (digit >= radix)
                {
                    return double.NaN;
                }

                result = (result * radix) + digit;
            }

            return result;
        }

        switch (s)
        {
            case "Infinity" or "+Infinity":
                return double.PositiveInfinity;
            case "-Infinity":
                return double.NegativeInfinity;
        }

        var valid = s.All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-');
        return valid && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
    }
}
