using Throughline.Core.Model;
using Throughline.Core.SeedData;
using YamlDotNet.RepresentationModel;

namespace Throughline.Cli.Commands;

/// <summary>What a review decided.</summary>
internal sealed record ReviewOutcome(int Accepted, int Edited, int Rejected, int Left);

/// <summary>
/// One review of a draft: the claims file and entities patch as YAML nodes, changed in place by the answers and saved
/// back. Entities come first, because rejecting one or taking a candidate changes the relations that use it.
/// </summary>
internal sealed class ReviewSession
{
    private readonly string _claimsPath;
    private readonly string _display;
    private readonly string? _entitiesPath;
    private readonly YamlStream _claims;
    private readonly YamlStream? _entities;
    private readonly CliContext _context;
    private int _accepted;
    private int _edited;
    private int _rejected;
    private bool _quit;

    private ReviewSession(string claimsPath, string display, string? entitiesPath, YamlStream claims, YamlStream? entities, CliContext context)
    {
        (_claimsPath, _display, _entitiesPath, _claims, _entities, _context) = (claimsPath, display, entitiesPath, claims, entities, context);
    }

    public static ReviewSession Open(string claimsPath, string display, string? entitiesPath, CliContext context)
    {
        var claims = Load(claimsPath, display);
        if (claims.Documents.Count == 0 || claims.Documents[0].RootNode is not YamlMappingNode root || !root.Children.ContainsKey(new YamlScalarNode("relations")))
        {
            throw new CliFailure($"{display}: not a claims file (expected 'article' and 'relations')");
        }

        return new ReviewSession(claimsPath, display, entitiesPath, claims, entitiesPath is null ? null : Load(entitiesPath, entitiesPath), context);
    }

    private YamlSequenceNode Relations =>
        ((YamlMappingNode)_claims.Documents[0].RootNode)["relations"] as YamlSequenceNode ?? new YamlSequenceNode();

    private YamlSequenceNode? Entities => _entities?.Documents.Count > 0 ? _entities.Documents[0].RootNode as YamlSequenceNode : null;

    public async Task<ReviewOutcome> RunAsync(CancellationToken ct)
    {
        var entities = Entities?.Children.OfType<YamlMappingNode>().Where(IsDraft).ToList() ?? [];
        for (var i = 0; i < entities.Count && !_quit; i++)
        {
            ct.ThrowIfCancellationRequested();
            await ReviewEntityAsync(entities[i], i + 1, entities.Count).ConfigureAwait(false);
        }

        var relations = Relations.Children.OfType<YamlMappingNode>().Where(IsDraft).ToList();
        for (var i = 0; i < relations.Count && !_quit; i++)
        {
            ct.ThrowIfCancellationRequested();
            if (Relations.Children.Contains(relations[i]))
            {
                await ReviewRelationAsync(relations[i], i + 1, relations.Count).ConfigureAwait(false);
            }
        }

        var left = Relations.Children.OfType<YamlMappingNode>().Count(IsDraft) + (Entities?.Children.OfType<YamlMappingNode>().Count(IsDraft) ?? 0);
        return new ReviewOutcome(_accepted, _edited, _rejected, left);
    }

    public void Save()
    {
        Write(_claimsPath, _claims, "# Reviewed with `throughline review`; a proposal keeps its draft flag until it is accepted.");
        if (_entitiesPath is not null && _entities is not null)
        {
            Write(_entitiesPath, _entities, "# Entities added by a drafted article; an entity keeps its draft flag until it is accepted.");
        }
    }

    private async Task ReviewEntityAsync(YamlMappingNode entity, int n, int total)
    {
        var id = Text(entity, "id") ?? "?";
        var candidates = entity.Children.TryGetValue(new YamlScalarNode("candidates"), out var c) && c is YamlSequenceNode list
            ? list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList()
            : [];
        var o = _context.Out;
        await o.WriteLineAsync($"\nentity {n}/{total}: {id} \"{Text(entity, "name")}\" ({Text(entity, "kind")}, confidence {Text(entity, "confidence")})").ConfigureAwait(false);
        await o.WriteLineAsync($"  signal: {Text(entity, "signal")}").ConfigureAwait(false);
        for (var k = 0; k < candidates.Count; k++)
        {
            await o.WriteLineAsync($"  {k + 1}) same as {candidates[k]}").ConfigureAwait(false);
        }

        while (true)
        {
            var answer = await AskAsync("[a]ccept, 1-3 same as a candidate, [k]ind KIND, [r]eject, [s]kip, [q]uit? ").ConfigureAwait(false);
            switch (answer)
            {
                case null or ["q"]:
                    _quit = true;
                    return;
                case ["s"]:
                    return;
                case ["a"]:
                    Accept(entity);
                    return;
                case ["r"]:
                    Entities!.Children.Remove(entity);
                    _rejected++;
                    await DropRelationsUsingAsync(id).ConfigureAwait(false);
                    return;
                case [var number] when int.TryParse(number, out var pick) && pick >= 1 && pick <= candidates.Count:
                    var target = candidates[pick - 1].Split(' ')[0];
                    Entities!.Children.Remove(entity);
                    Repoint(id, target);
                    _edited++;
                    await o.WriteLineAsync($"  {id} is {target}: its relations now use {target}").ConfigureAwait(false);
                    return;
                case ["k", var kindName] when Enum.TryParse<EntityKind>(kindName, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !kindName.All(char.IsAsciiDigit):
                    var newId = $"{SeedIds.PrefixOf(kind)}/{id[(id.IndexOf('/', StringComparison.Ordinal) + 1)..]}";
                    Set(entity, "kind", kind.ToString());
                    Set(entity, "id", newId);
                    Repoint(id, newId);
                    id = newId;
                    await o.WriteLineAsync($"  now {newId} ({kind}); accept or change again").ConfigureAwait(false);
                    _edited++;
                    break;
                default:
                    await o.WriteLineAsync($"  not an answer: {string.Join(' ', answer)} (kinds: {string.Join(", ", Enum.GetNames<EntityKind>())})").ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task ReviewRelationAsync(YamlMappingNode relation, int n, int total)
    {
        var o = _context.Out;
        await o.WriteLineAsync($"\nrelation {n}/{total}: {Text(relation, "id")}").ConfigureAwait(false);
        await ShowAsync(relation).ConfigureAwait(false);
        while (true)
        {
            var answer = await AskAsync("[a]ccept, [t]ype TYPE, [e]nds FROM TO, [r]eject, [s]kip, [q]uit? ").ConfigureAwait(false);
            switch (answer)
            {
                case null or ["q"]:
                    _quit = true;
                    return;
                case ["s"]:
                    return;
                case ["a"]:
                    Accept(relation);
                    return;
                case ["r"]:
                    Relations.Children.Remove(relation);
                    _rejected++;
                    return;
                case ["t", var typeName] when RelationCatalogue.TryParse(typeName, out var type):
                    Set(relation, "type", RelationCatalogue.Get(type).Name);
                    _edited++;
                    await ShowAsync(relation).ConfigureAwait(false);
                    break;
                case ["e", var from, var to] when SeedIds.IsEntityId(from) && SeedIds.IsEntityId(to):
                    Set(relation, "from", from);
                    Set(relation, "to", to);
                    _edited++;
                    await ShowAsync(relation).ConfigureAwait(false);
                    break;
                default:
                    await o.WriteLineAsync($"  not an answer: {string.Join(' ', answer)} (types: {string.Join(", ", RelationCatalogue.All.Select(i => i.Name))}; ends are entity ids)").ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task ShowAsync(YamlMappingNode relation)
    {
        var o = _context.Out;
        await o.WriteLineAsync($"  {Text(relation, "type")}: {Text(relation, "from")} -> {Text(relation, "to")}  (confidence {Text(relation, "confidence")}, status {Text(relation, "status") ?? "Reported"})").ConfigureAwait(false);
        foreach (var key in new[] { "validFrom", "validTo", "stakePercent", "product" })
        {
            if (Text(relation, key) is { } value)
            {
                await o.WriteLineAsync($"  {key}: {value}").ConfigureAwait(false);
            }
        }

        await o.WriteLineAsync($"  signal: {Text(relation, "signal")}").ConfigureAwait(false);
        if (relation.Children.TryGetValue(new YamlScalarNode("evidence"), out var evidence) && evidence is YamlSequenceNode items)
        {
            foreach (var item in items.Children.OfType<YamlMappingNode>())
            {
                var stance = Text(item, "stance") is { } s ? $" [{s}{(Text(item, "speaker") is { } sp ? " by " + sp : string.Empty)}]" : string.Empty;
                await o.WriteLineAsync($"  > \"{Text(item, "quote")}\"{stance}").ConfigureAwait(false);
            }
        }
    }

    /// <summary>An answer split into words, or null at the end of input.</summary>
    private async Task<string[]?> AskAsync(string prompt)
    {
        await _context.Out.WriteAsync(prompt).ConfigureAwait(false);
        var line = await _context.In.ReadLineAsync().ConfigureAwait(false);
        if (line is null)
        {
            await _context.Out.WriteLineAsync().ConfigureAwait(false);
            return null;
        }

        var words = line.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? ["?"] : [words[0].ToLowerInvariant(), .. words.Skip(1)];
    }

    private void Accept(YamlMappingNode node)
    {
        node.Children.Remove(new YamlScalarNode("draft"));
        _accepted++;
    }

    /// <summary>A rejected entity takes the proposed relations that use it along.</summary>
    private async Task DropRelationsUsingAsync(string id)
    {
        foreach (var relation in Relations.Children.OfType<YamlMappingNode>().Where(r => Text(r, "from") == id || Text(r, "to") == id).ToList())
        {
            Relations.Children.Remove(relation);
            _rejected++;
            await _context.Out.WriteLineAsync($"  dropped relation {Text(relation, "id")}, which uses {id}").ConfigureAwait(false);
        }

        foreach (var item in Evidence().Where(e => Text(e, "speaker") == id))
        {
            item.Children.Remove(new YamlScalarNode("speaker"));
        }
    }

    private void Repoint(string from, string to)
    {
        foreach (var relation in Relations.Children.OfType<YamlMappingNode>())
        {
            foreach (var key in new[] { "from", "to" })
            {
                if (Text(relation, key) == from)
                {
                    Set(relation, key, to);
                }
            }
        }

        foreach (var item in Evidence().Where(e => Text(e, "speaker") == from))
        {
            Set(item, "speaker", to);
        }
    }

    private IEnumerable<YamlMappingNode> Evidence() =>
        Relations.Children.OfType<YamlMappingNode>()
            .SelectMany(r => r.Children.TryGetValue(new YamlScalarNode("evidence"), out var e) && e is YamlSequenceNode s ? s.Children.OfType<YamlMappingNode>() : []);

    private static bool IsDraft(YamlMappingNode node) => Text(node, "draft") == "true";

    private static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static void Set(YamlMappingNode node, string key, string value) =>
        node.Children[new YamlScalarNode(key)] = new YamlScalarNode(value) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };

    private static YamlStream Load(string path, string display)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new CliFailure($"{display}:{e.Start.Line}: YAML syntax error: {(e.InnerException ?? e).Message}");
        }

        return stream;
    }

    private static void Write(string path, YamlStream stream, string header)
    {
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        var text = writer.ToString();
        if (text.EndsWith("...\n", StringComparison.Ordinal) || text.EndsWith("...\r\n", StringComparison.Ordinal))
        {
            text = text[..text.LastIndexOf("...", StringComparison.Ordinal)];
        }

        File.WriteAllText(path, header + "\n" + text);
    }
}
