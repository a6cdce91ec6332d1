using Throughline.Core.Model;

namespace Throughline.Core.SeedData;

/// <summary>Reads <c>entities.yaml</c>: a sequence of entity mappings.</summary>
internal static class EntityFileReader
{
    private static readonly string[] Keys = ["id", "name", "kind", "aliases", "country", "description", "locatedIn", "unnamed", "draft", "confidence", "signal", "candidates"];

    public static IReadOnlyList<EntityDraft> Read(string path, string displayPath, ProblemList problems)
    {
        var root = Yaml.Load(File.ReadAllText(path), displayPath, problems);
        if (root is null)
        {
            return [];
        }

        if (root is not SeedSequence sequence)
        {
            problems.Add(Yaml.Location(displayPath, root), $"{Path.GetFileName(displayPath)} must be a list of entities (- id: ...)");
            return [];
        }

        var entities = new List<EntityDraft>();
        foreach (var node in sequence.Items)
        {
            if (node is not SeedMapping mapping)
            {
                problems.Add(Yaml.Location(displayPath, node), "an entity must be a mapping (id: ..., name: ..., kind: ...)");
                continue;
            }

            if (ReadEntity(new YamlMap(mapping, displayPath, problems, Keys, "entity"), problems) is { } entity)
            {
                entities.Add(entity);
            }
        }

        return entities;
    }

    private static EntityDraft? ReadEntity(YamlMap map, ProblemList problems)
    {
        var id = map.Text("id", required: true);
        var name = map.Text("name", required: true);
        var kindText = map.Text("kind", required: true);
        var country = map.Text("country");
        var locatedIn = map.Text("locatedIn");
        EntityKind? kind = null;
        if (kindText is not null)
        {
            if (Enum.TryParse<EntityKind>(kindText, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !kindText.All(char.IsAsciiDigit))
            {
                kind = parsed;
            }
            else
            {
                problems.Add(map.LineOf("kind"), $"unknown entity kind '{kindText}' (expected one of: {string.Join(", ", Enum.GetNames<EntityKind>())})");
            }
        }

        if (id is not null && !SeedIds.IsEntityId(id))
        {
            problems.Add(map.LineOf("id"), $"entity id '{id}' must be <prefix>/<slug> with prefix org, person, gov, place, project, product, list or event");
        }
        else if (id is not null && kind is { } k && !id.StartsWith(SeedIds.PrefixOf(k) + "/", StringComparison.Ordinal))
        {
            problems.Add(map.LineOf("id"), $"entity id '{id}' of kind {k} must start with '{SeedIds.PrefixOf(k)}/'");
        }

        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            problems.Add(map.LineOf("country"), $"country '{country}' must be an ISO 3166-1 alpha-2 code such as US or CN");
        }

        if (locatedIn is not null && kind is not null and not EntityKind.Place)
        {
            problems.Add(map.LineOf("locatedIn"), $"only places have 'locatedIn'; '{id}' is a {kind}");
        }

        if (id is null || name is null || kind is null)
        {
            return null;
        }

        // A proposal's confidence, signal and resolution candidates are for the reviewer; read them so a mistyped value is reported.
        if (map.Number("confidence") is < 0 or > 1)
        {
            problems.Add(map.LineOf("confidence"), "confidence is outside 0..1");
        }

        _ = map.Text("signal");
        _ = map.TextList("candidates");
        if (map.Flag("draft"))
        {
            problems.AddDraft(map.At, $"entity '{id}' is an unreviewed draft (draft: true)");
        }

        var entity = new Entity(id, name, kind.Value, map.TextList("aliases"), country, map.Text("description"), locatedIn, map.Flag("unnamed"));
        return new EntityDraft(entity, map.At, locatedIn is null ? null : map.LineOf("locatedIn"));
    }
}
