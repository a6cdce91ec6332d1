using System.Globalization;
using Microsoft.Extensions.Primitives;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Export;

namespace Throughline.Api.Http;

/// <summary>
/// Reads an /export/ query string into the same Core queries the GraphQL fields build, collecting every problem in one
/// pass. Parameters are named after the GraphQL arguments: <c>from.ids</c>, <c>from.names</c>, <c>from.kinds</c>,
/// <c>from.locatedIn</c>, <c>from.countries</c> (and <c>to.*</c>), <c>maxHops</c>, <c>relationTypes</c>, <c>direction</c>,
/// <c>asOf</c>, <c>minConfidence</c>, <c>minIndependentSources</c>, <c>includeDenied</c>, <c>first</c>, <c>after</c>,
/// <c>id</c>, <c>depth</c>, <c>maxEntities</c>.
/// List parameters repeat (<c>from.names=Intel&amp;from.names=Qualcomm</c>); kinds and relation types may also be
/// comma-separated. Enum values are spelled as in GraphQL (PROJECT, SUPPLIES, ANY).
/// </summary>
internal sealed class ExportRequest(IQueryCollection query)
{
    /// <summary>The request's expansion allowance (RequestExpansionBudget), as a GraphQL request has one.</summary>
    public ExpansionAllowance? Allowance { get; init; }

    /// <summary>Allowance units each record the export reads costs (RecordWorkUnits), as for the GraphQL fields.</summary>
    public long RecordUnits { get; init; }

    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public void Problem(string message) => _problems.Add(message);

    public ExportFormatInfo? Format()
    {
        var name = Single("format");
        if (name is null)
        {
            _problems.Add($"Parameter \"format\" is required: one of {ExportFormats.Names}.");
            return null;
        }

        if (!ExportFormats.TryParse(name, out var format))
        {
            _problems.Add($"Parameter \"format\": unknown format '{name}'; expected one of {ExportFormats.Names}.");
            return null;
        }

        return format;
    }

    /// <summary>An entity filter; <c>{end}.countries</c> is returned apart, to be resolved against the store as GraphQL does.</summary>
    public (EntitySelector Selector, IReadOnlyList<string>? Countries) Selector(string end)
    {
        var selector = new EntitySelector(
            Many($"{end}.ids"),
            Many($"{end}.names"),
            Enums<EntityKind>($"{end}.kinds"),
            Many($"{end}.locatedIn"));
        var countries = Many($"{end}.countries");
        if (selector.IsEmpty && countries is null)
        {
            _problems.Add($"Parameter \"{end}\" selects nothing: give at least one of {end}.ids, {end}.names, {end}.kinds, {end}.locatedIn or {end}.countries.");
        }

        return (selector, countries);
    }

    /// <summary>The path options; <paramref name="unsetDirection"/> applies when no direction is given (ANY for a neighbourhood, as in GraphQL).</summary>
    public PathOptions Options(Direction unsetDirection = Direction.Outgoing)
    {
        var defaults = new PathOptions();
        return new PathOptions(
            Integer("maxHops") ?? defaults.MaxHops,
            Types("relationTypes"),
            Enums<Direction>("direction") is [var direction] ? direction : unsetDirection,
            Date("asOf"),
            Number("minConfidence") ?? defaults.MinConfidence,
            Boolean("includeDenied") ?? false,
            Integer("minIndependentSources") ?? defaults.MinIndependentSources);
    }

    public int? Integer(string name)
    {
        if (Single(name) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _problems.Add($"Parameter \"{name}\": '{text}' is not a whole number.");
        return null;
    }

    public string? Single(string name)
    {
        var values = query[name];
        if (values.Count > 1)
        {
            _problems.Add($"Parameter \"{name}\" is given {values.Count} times; give it once.");
        }

        return values.Count == 0 || string.IsNullOrWhiteSpace(values[0]) ? null : values[0]!.Trim();
    }

    /// <summary>Parameters this endpoint does not know, so a misspelt filter is an error rather than silently ignored.</summary>
    public void RejectUnknown(IReadOnlyCollection<string> known)
    {
        foreach (var key in query.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal))
        {
            _problems.Add($"Unknown parameter \"{key}\"; this endpoint takes: {string.Join(", ", known)}.");
        }
    }

    private List<string>? Many(string name)
    {
        List<string> values = [.. Values(query[name])];
        return values.Count == 0 ? null : values;
    }

    private static IEnumerable<string> Values(StringValues values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim());

    private List<T>? Enums<T>(string name)
        where T : struct, Enum
    {
        var words = Values(query[name]).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var parsed = new List<T>();
        foreach (var word in words)
        {
            if (!word.All(char.IsAsciiDigit) && Enum.TryParse<T>(word.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var value))
            {
                parsed.Add(value);
            }
            else
            {
                _problems.Add($"Parameter \"{name}\": '{word}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(Upper))}.");
            }
        }

        return parsed;
    }

    private List<RelationType>? Types(string name)
    {
        var words = Values(query[name]).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var types = new List<RelationType>();
        foreach (var word in words)
        {
            if (RelationCatalogue.TryParse(word, out var type))
            {
                types.Add(type);
            }
            else
            {
                _problems.Add($"Parameter \"{name}\": '{word}' is not a relation type ({string.Join(", ", RelationCatalogue.All.Select(i => i.Name))}).");
            }
        }

        return types;
    }

    private PartialDate? Date(string name)
    {
        if (Single(name) is not { } text)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        _problems.Add($"Parameter \"{name}\": {error}.");
        return null;
    }

    private double? Number(string name)
    {
        if (Single(name) is not { } text)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        _problems.Add($"Parameter \"{name}\": '{text}' is not a number.");
        return null;
    }

    private bool? Boolean(string name)
    {
        switch (Single(name)?.ToLowerInvariant())
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            case var other:
                _problems.Add($"Parameter \"{name}\": '{other}' is not true or false.");
                return null;
        }
    }

    /// <summary>GovernmentBody → GOVERNMENT_BODY, as GraphQL spells enum values.</summary>
    private static string Upper(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
