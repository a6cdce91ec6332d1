using Throughline.Core.Model;

namespace Throughline.Core.SeedData;

internal sealed partial class RelationReader
{
    private static readonly string[] EvidenceKeys = ["quote", "article", "stance", "speaker", "attributedTo", "origin", "observedAt"];

    private List<EvidenceDraft> ReadEvidence(YamlMap map)
    {
        var evidence = new List<EvidenceDraft>();
        switch (map.Node("evidence"))
        {
            case null:
                problems.Add(map.At, "a relation needs at least one evidence item (- quote: \"...\")");
                break;
            case SeedSequence { Items.Count: 0 }:
                problems.Add(map.LineOf("evidence"), "a relation needs at least one evidence item (- quote: \"...\")");
                break;
            case SeedSequence sequence:
                foreach (var node in sequence.Items)
                {
                    if (node is not SeedMapping mapping)
                    {
                        problems.Add(Yaml.Location(file, node), "an evidence item must be a mapping (quote: \"...\", article: ...)");
                    }
                    else if (ReadEvidenceItem(new YamlMap(mapping, file, problems, EvidenceKeys, "evidence")) is { } item)
                    {
                        evidence.Add(item);
                    }
                }

                break;
            default:
                problems.Add(map.LineOf("evidence"), "'evidence' must be a list of quotes (- quote: \"...\")");
                break;
        }

        return evidence;
    }

    private EvidenceDraft? ReadEvidenceItem(YamlMap item)
    {
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

        var origin = item.Text("origin");
        if (origin is not null && !SeedIds.IsSlug(origin))
        {
            problems.Add(item.LineOf("origin"), $"'origin: {origin}' is not an article id ([a-z0-9][a-z0-9-]*)");
            origin = null;
        }

        var speaker = item.Text("speaker");
        if (speaker is not null && string.IsNullOrWhiteSpace(speaker))
        {
            problems.Add(item.LineOf("speaker"), "'speaker' must be an entity id or a label such as \"Hikvision spokeswoman\"");
            speaker = null;
        }

        var stance = item.Choice<EvidenceStance>("stance") ?? EvidenceStance.Asserts;
        var observedAt = item.Date("observedAt");
        if (quote is null || article is null)
        {
            return null;
        }

        return new EvidenceDraft(article, quote, item.LineOf("quote"), item.Has("article") ? item.LineOf("article") : item.LineOf("quote"))
        {
            Stance = stance,
            Speaker = speaker,
            AttributedTo = item.Text("attributedTo"),
            Origin = origin,
            ObservedAt = observedAt,
            SpeakerAt = item.LineOf("speaker"),
            OriginAt = item.LineOf("origin"),
        };
    }
}
