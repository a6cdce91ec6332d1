using System.Globalization;
using Throughline.Core.Model;
using Throughline.Core.Paths;

namespace Throughline.Cli.Commands;

/// <summary>Turns the <c>paths</c> command's options into a <see cref="PathQuery"/>, reporting every bad option at once.</summary>
internal static class PathsArguments
{
    public static IReadOnlyList<CliOption> Options { get; } =
    [
        new("from", "start entity: an id (org/intel) or a name or alias; ';' separates several", "ENTITY"),
        new("from-kind", "start entities of these kinds (comma-separated: Organization, Project, ...)", "KINDS"),
        new("from-located-in", "start entities located in these places (ids or names; ';' separates several)", "PLACES"),
        new("from-country", "start entities of these countries (ISO 3166-1 alpha-2 codes as in the entities' country, comma-separated: US,CN)", "CODES"),
        new("to", "end entity: an id or a name or alias; ';' separates several", "ENTITY"),
        new("to-kind", "end entities of these kinds (comma-separated)", "KINDS"),
        new("to-located-in", "end entities located in these places, e.g. Xinjiang (transitive)", "PLACES"),
        new("to-country", "end entities of these countries (comma-separated ISO codes)", "CODES"),
        new("max-hops", "longest route in hops (default 4, at most 6)", "N"),
        new("types", "relation types to follow (comma-separated wire names, e.g. SUPPLIES,OWNS; default all)", "TYPES"),
        new("direction", "outgoing (default: along each relation's canonical direction), incoming or any", "DIR"),
        new("as-of", "only relations valid at this partial date (2017, 2017-06, 2017-06-30)", "DATE"),
        new("min-confidence", "only relations with at least this confidence (0..1)", "X"),
        new("min-independent-sources", "only relations stated by at least this many independent sources (default 0: any)", "N"),
        new("include-denied", "also follow Denied and Retracted claims"),
        new("first", "routes per page (default 20)", "N"),
        new("after", "continue after this cursor (printed as the end cursor of the previous page)", "CURSOR"),
        CliOption.Db,
        CliOption.Json,
    ];

    /// <summary>The ends' selector options, for commands that also take other scopes.</summary>
    public static IReadOnlyList<string> SelectorOptions { get; } =
        ["from", "from-kind", "from-located-in", "from-country", "to", "to-kind", "to-located-in", "to-country"];

    public static PathsRequest Parse(ParsedArgs args)
    {
        var problems = new List<string>();
        var from = Selector(args, "from", problems);
        var to = Selector(args, "to", problems);
        var options = ParseOptions(args, problems);
        var first = args.Integer("first", 20, problems);
        if (problems.Count > 0)
        {
            throw new UsageException(string.Join("; ", problems));
        }

        return new PathsRequest(
            new PathQuery(from, to, options, first, args.Option("after")), List(args.Option("from-country"), ','), List(args.Option("to-country"), ','));
    }

    /// <summary>
    /// The relation filter and hop limit (--max-hops, --types, --direction, --as-of, --min-confidence,
    /// --min-independent-sources, --include-denied).
    /// </summary>
    public static PathOptions ParseOptions(ParsedArgs args, List<string> problems) => new(
        MaxHops: args.Integer("max-hops", 4, problems),
        RelationTypes: Types(args.Option("types"), problems),
        Direction: Direction(args.Option("direction"), problems),
        AsOf: Date(args.Option("as-of"), problems),
        MinConfidence: Number(args.Option("min-confidence"), problems),
        IncludeDenied: args.Flag("include-denied"),
        MinIndependentSources: Sources(args, problems));

    private static int Sources(ParsedArgs args, List<string> problems)
    {
        var sources = args.Integer("min-independent-sources", 0, problems);
        if (sources < 0)
        {
            problems.Add($"--min-independent-sources: {sources} is negative; give 0 (any) or more");
        }

        return sources;
    }

    private static EntitySelector Selector(ParsedArgs args, string end, List<string> problems)
    {
        var entities = List(args.Option(end), ';');
        var kinds = List(args.Option($"{end}-kind"), ',')?.Select(k => Kind(k, $"--{end}-kind", problems)).OfType<EntityKind>().ToList();
        var selector = new EntitySelector(
            Ids: entities?.Where(IsId).ToList() is { Count: > 0 } ids ? ids : null,
            Names: entities?.Where(e => !IsId(e)).ToList() is { Count: > 0 } names ? names : null,
            Kinds: kinds,
            LocatedIn: List(args.Option($"{end}-located-in"), ';'));
        if (new[] { end, $"{end}-kind", $"{end}-located-in", $"{end}-country" }.All(o => args.Option(o) is null))
        {
            problems.Add($"say where routes {(end == "from" ? "start" : "end")}: --{end}, --{end}-kind, --{end}-located-in or --{end}-country");
        }

        return selector;
    }

    private static bool IsId(string value) => value.Contains('/', StringComparison.Ordinal);

    private static List<string>? List(string? value, char separator) =>
        value?.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static EntityKind? Kind(string text, string option, List<string> problems)
    {
        if (Enum.TryParse<EntityKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !text.All(char.IsAsciiDigit))
        {
            return kind;
        }

        problems.Add($"{option}: unknown kind '{text}' (expected one of: {string.Join(", ", Enum.GetNames<EntityKind>())})");
        return null;
    }

    private static List<RelationType>? Types(string? text, List<string> problems)
    {
        var names = List(text, ',');
        if (names is null)
        {
            return null;
        }

        var types = new List<RelationType>();
        foreach (var name in names)
        {
            if (RelationCatalogue.TryParse(name, out var type))
            {
                types.Add(type);
            }
            else
            {
                problems.Add($"--types: unknown relation type '{name}' (expected: {string.Join(", ", RelationCatalogue.All.Select(i => i.Name))})");
            }
        }

        return types;
    }

    private static Direction Direction(string? text, List<string> problems)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "outgoing":
                return Core.Paths.Direction.Outgoing;
            case "incoming":
                return Core.Paths.Direction.Incoming;
            case "any":
                return Core.Paths.Direction.Any;
            default:
                problems.Add($"--direction: '{text}' is not outgoing, incoming or any");
                return Core.Paths.Direction.Outgoing;
        }
    }

    private static PartialDate? Date(string? text, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        problems.Add($"--as-of: {error}");
        return null;
    }

    private static double Number(string? text, List<string> problems)
    {
        if (text is null)
        {
            return 0;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
        {
            return value;
        }

        problems.Add($"--min-confidence: '{text}' is not a number from 0 to 1");
        return 0;
    }
}
