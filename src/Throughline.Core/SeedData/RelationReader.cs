using System.Globalization;
using Throughline.Core.Model;

namespace Throughline.Core.SeedData;

/// <summary>Reads one relation of a claims file, checking everything that needs no other file.</summary>
internal sealed partial class RelationReader(string file, string? defaultArticle, ProblemList problems)
{
    private static readonly string[] Keys =
    [
        "id", "type", "from", "to", "validFrom", "validTo", "stakePercent", "amount", "quantity", "product", "channel", "role",
        "reason", "status", "confidence", "note", "evidence", "draft", "signal",
    ];

    public RelationDraft? Read(SeedNode node)
    {
        if (node is not SeedMapping mapping)
        {
            problems.Add(Yaml.Location(file, node), "a relation must be a mapping (id: ..., type: ..., from: ..., to: ...)");
            return null;
        }

        var map = new YamlMap(mapping, file, problems, Keys, "relation");
        var id = map.Text("id", required: true);
        if (id is not null && !SeedIds.IsSlug(id))
        {
            problems.Add(map.LineOf("id"), $"relation id '{id}' must be a lowercase slug: [a-z0-9][a-z0-9-]*");
        }

        var type = ReadType(map);
        var from = ReadEndpoint(map, "from");
        var to = ReadEndpoint(map, "to");
        var status = ReadStatus(map);
        var confidence = map.Number("confidence");
        if (confidence is < 0 or > 1)
        {
            problems.Add(map.LineOf("confidence"), $"confidence {Format(confidence.Value)} is outside 0..1");
        }

        var stake = map.Number("stakePercent");
        if (stake is < 0 or > 100)
        {
            problems.Add(map.LineOf("stakePercent"), $"stakePercent {Format(stake.Value)} is outside 0..100");
        }

        var validFrom = map.Date("validFrom");
        var validTo = map.Date("validTo");
        if (validFrom is { } start && validTo is { } end && start.FirstDay > end.LastDay)
        {
            problems.Add(map.LineOf("validFrom"), $"validFrom {start} is after validTo {end}");
        }

        var amount = ReadAmount(map, "amount");
        var quantity = ReadQuantity(map);
        var channel = map.Choice<SupplyChannel>("channel");
        if (map.Has("channel") && type is { } t1 && t1 != RelationType.Supplies)
        {
            problems.Add(map.LineOf("channel"), $"'channel' belongs to SUPPLIES relations only, not {t1.WireName()}");
        }

        var reason = map.Text("reason");
        if (reason is not null && type is { } t2 && t2 != RelationType.ListedOn)
        {
            problems.Add(map.LineOf("reason"), $"'reason' belongs to LISTED_ON relations only, not {t2.WireName()}");
        }

        var evidence = ReadEvidence(map);
        if (id is null || from is null || to is null)
        {
            return null;
        }

        _ = map.Text("signal"); // the rule that proposed a draft: for the reviewer, but it must be a single value
        if (map.Flag("draft"))
        {
            problems.AddDraft(map.At, $"relation '{id}' is an unreviewed draft (draft: true)");
        }

        return new RelationDraft(
            id, type, from, to, status, confidence ?? status.DefaultConfidence(), evidence, validFrom, validTo, stake, amount,
            map.Text("product"), map.Text("note"), map.At, map.LineOf("from"), map.LineOf("to"), map.LineOf("status"))
        {
            Role = map.Text("role"),
            Channel = channel,
            Quantity = quantity,
            Reason = reason,
        };
    }

    private RelationType? ReadType(YamlMap map)
    {
        var name = map.Text("type", required: true);
        if (name is null)
        {
            return null;
        }

        if (RelationCatalogue.TryParse(name, out var type))
        {
            return type;
        }

        problems.Add(map.LineOf("type"), $"unknown relation type '{name}' (expected one of: {string.Join(", ", RelationCatalogue.All.Select(i => i.Name))})");
        return null;
    }

    private string? ReadEndpoint(YamlMap map, string key)
    {
        var id = map.Text(key, required: true);
        if (id is not null && !SeedIds.IsEntityId(id))
        {
            problems.Add(map.LineOf(key), $"'{key}: {id}' is not an entity id (<prefix>/<slug>, e.g. org/intel)");
        }

        return id;
    }

    private RelationStatus ReadStatus(YamlMap map)
    {
        var text = map.Text("status");
        if (text is null)
        {
            return RelationStatus.Reported;
        }

        if (Enum.TryParse<RelationStatus>(text, ignoreCase: false, out var status) && Enum.IsDefined(status) && !text.All(char.IsAsciiDigit))
        {
            return status;
        }

        problems.Add(map.LineOf("status"), $"unknown status '{text}' (expected one of: {string.Join(", ", Enum.GetNames<RelationStatus>())})");
        return RelationStatus.Reported;
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
