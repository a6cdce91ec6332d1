using System.Globalization;
using Throughline.Core.Model;

namespace Throughline.Core.SeedData;

internal sealed partial class RelationReader
{
    private static readonly string[] AmountKeys = ["value", "currency", "qualifier", "period", "alternative"];
    private static readonly string[] AlternativeKeys = ["value", "currency"];
    private static readonly string[] QuantityKeys = ["value", "unit", "qualifier"];

    /// <summary>An amount (<c>{ value, currency, qualifier, period, alternative: { value, currency } }</c>) under <paramref name="key"/>.</summary>
    private Money? ReadAmount(YamlMap map, string key, bool alternative = false)
    {
        switch (map.Node(key))
        {
            case null:
                return null;
            case SeedMapping mapping:
                var amount = new YamlMap(mapping, file, problems, alternative ? AlternativeKeys : AmountKeys, key);
                var value = ReadValue(amount, key);
                var currency = amount.Text("currency", required: true);
                if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
                {
                    problems.Add(amount.LineOf("currency"), $"currency '{currency}' must be an ISO 4217 code such as USD");
                }

                var qualifier = alternative ? null : amount.Choice<AmountQualifier>("qualifier");
                var other = alternative ? null : ReadAmount(amount, "alternative", alternative: true);
                return value is null || currency is null
                    ? null
                    : new Money(value.Value, currency, qualifier ?? AmountQualifier.Exact, alternative ? null : amount.Text("period"), other);
            default:
                problems.Add(map.LineOf(key), $"'{key}' must be a mapping: {{ value: 1200000, currency: USD }}");
                return null;
        }
    }

    private Quantity? ReadQuantity(YamlMap map)
    {
        switch (map.Node("quantity"))
        {
            case null:
                return null;
            case SeedMapping mapping:
                var quantity = new YamlMap(mapping, file, problems, QuantityKeys, "quantity");
                var value = ReadValue(quantity, "quantity");
                var unit = quantity.Text("unit", required: true);
                var qualifier = quantity.Choice<AmountQualifier>("qualifier");
                return value is null || unit is null ? null : new Quantity(value.Value, unit, qualifier ?? AmountQualifier.Exact);
            default:
                problems.Add(map.LineOf("quantity"), "'quantity' must be a mapping: { value: 1700, unit: hard disk drives }");
                return null;
        }
    }

    private decimal? ReadValue(YamlMap map, string what)
    {
        var text = map.Text("value", required: true);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        problems.Add(map.LineOf("value"), $"{what} value '{text}' must be a non-negative number");
        return null;
    }
}
