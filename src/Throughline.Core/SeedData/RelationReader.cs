using System.Globalization;
using Throughline.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.SeedData;

/// <summary>Reads one relation of a claims file, checking everything that needs no other file.</summary>
internal sealed class RelationReader(string file, string? defaultArticle, ProblemList problems)
{
    private static readonly string[] Keys =
        ["id", "type", "from", "to", "validFrom", "validTo", "stakePercent", "amount", "product", "status", "confidence", "note", "evidence"];

    private static readonly string[] EvidenceKeys = ["quote", "article"];
    private static readonly string[] AmountKeys = ["value", "currency"];

    public RelationDraft? Read(YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
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

        var amount = ReadAmount(map);
        var evidence = ReadEvidence(map);
        if (id is null || from is null || to is null)
        {
            return null;
        }

        return new RelationDraft(
            id, type, from, to, status, confidence ?? status.DefaultConfidence(), evidence, validFrom, validTo, stake, amount,
            map.Text("product"), map.Text("note"), map.At, map.LineOf("from"), map.LineOf("to"));
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

    private Money? ReadAmount(YamlMap map)
    {
        switch (map.Node("amount"))
        {
            case null:
                return null;
            case YamlMappingNode mapping:
                var amount = new YamlMap(mapping, file, problems, AmountKeys, "amount");
                var valueText = amount.Text("value", required: true);
                var currency = amount.Text("currency", required: true);
                decimal value = 0;
                if (valueText is not null && (!decimal.TryParse(valueText, NumberStyles.Number, CultureInfo.InvariantCulture, out value) || value < 0))
                {
                    problems.Add(amount.LineOf("value"), $"amount value '{valueText}' must be a non-negative number");
                }

                if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
                {
                    problems.Add(amount.LineOf("currency"), $"currency '{currency}' must be an ISO 4217 code such as USD");
                }

                return valueText is null || currency is null ? null : new Money(value, currency);
            default:
                problems.Add(map.LineOf("amount"), "'amount' must be a mapping: { value: 1200000, currency: USD }");
                return null;
        }
    }

    private List<EvidenceDraft> ReadEvidence(YamlMap map)
    {
        var evidence = new List<EvidenceDraft>();
        switch (map.Node("evidence"))
        {
            case null:
                problems.Add(map.At, "a relation needs at least one evidence item (- quote: \"...\")");
                break;
            case YamlSequenceNode { Children.Count: 0 }:
                problems.Add(map.LineOf("evidence"), "a relation needs at least one evidence item (- quote: \"...\")");
                break;
            case YamlSequenceNode sequence:
                foreach (var node in sequence.Children)
                {
                    if (node is not YamlMappingNode mapping)
                    {
                        problems.Add(Yaml.Location(file, node), "an evidence item must be a mapping (quote: \"...\", article: ...)");
                        continue;
                    }

                    var item = new YamlMap(mapping, file, problems, EvidenceKeys, "evidence");
                    var quote = item.Text("quote", required: true);
                    var article = item.Text("article") ?? defaultArticle;
                    if (article is null)
                    {
                        problems.Add(item.At, "evidence without 'article:' in a claims file without a default 'article:'");
                    }
                    else if (item.Has("article") && !SeedIds.IsSlug(article))
                    {
                        problems.Add(item.LineOf("article"), $"'{article}' is not an article id ([a-z0-9][a-z0-9-]*)");
                    }

                    if (quote is not null && article is not null)
                    {
                        evidence.Add(new EvidenceDraft(article, quote, item.LineOf("quote"), item.Has("article") ? item.LineOf("article") : item.LineOf("quote")));
                    }
                }

                break;
            default:
                problems.Add(map.LineOf("evidence"), "'evidence' must be a list of quotes (- quote: \"...\")");
                break;
        }

        return evidence;
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
