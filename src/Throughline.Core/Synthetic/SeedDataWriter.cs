using System.Globalization;
using System.Text;
using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Core.Synthetic;

/// <summary>
/// Writes a graph in the seed-data format (seed-data/README.md) — <c>articles/*.md</c>, <c>entities.yaml</c>,
/// <c>claims/*.yaml</c> — so the importer can be timed on synthetic data. Each relation goes in the claims file of its
/// first evidence item's article; quotes are the evidence quotes, which the generator took verbatim from article texts.
/// Written with plain string building: a YAML serializer is far too slow for millions of relations.
/// </summary>
public static class SeedDataWriter
{
    public static void Write(GraphSnapshot graph, string directory)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var articles = Directory.CreateDirectory(Path.Combine(directory, "articles")).FullName;
        var claims = Directory.CreateDirectory(Path.Combine(directory, "claims")).FullName;
        foreach (var article in graph.Articles)
        {
            File.WriteAllText(Path.Combine(articles, $"{article.Id}.md"), ArticleFile(article));
        }

        File.WriteAllText(Path.Combine(directory, "entities.yaml"), EntitiesFile(graph.Entities));
        foreach (var group in graph.Relations.GroupBy(r => r.Evidence[0].ArticleId))
        {
            File.WriteAllText(Path.Combine(claims, $"{group.Key}.yaml"), ClaimsFile(group.Key, group));
        }
    }

    private static string ArticleFile(Article article)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Quoted(article.Title)).Append('\n');
        Field(text, "outlet", article.Outlet);
        text.Append("authors: [").AppendJoin(", ", article.Authors.Select(Quoted)).Append("]\n");
        Field(text, "published", article.Published?.ToString());
        text.Append("---\n").Append(article.Text).Append('\n');
        return text.ToString();
    }

    private static string EntitiesFile(IEnumerable<Entity> entities)
    {
        var text = new StringBuilder("# Synthetic entities written by `throughline bench-data`.\n");
        foreach (var e in entities)
        {
            text.Append("- id: ").Append(e.Id).Append('\n');
            text.Append("  name: ").Append(Quoted(e.Name)).Append('\n');
            text.Append("  kind: ").Append(e.Kind).Append('\n');
            if (e.Aliases.Count > 0)
            {
                text.Append("  aliases: [").AppendJoin(", ", e.Aliases.Select(Quoted)).Append("]\n");
            }

            Field(text, "  country", e.Country);
            Field(text, "  locatedIn", e.LocatedIn);
        }

        return text.ToString();
    }

    private static string ClaimsFile(string articleId, IEnumerable<Relation> relations)
    {
        var text = new StringBuilder($"article: {articleId}\nrelations:\n");
        foreach (var r in relations)
        {
            text.Append("  - id: ").Append(r.Id).Append('\n');
            text.Append("    type: ").Append(r.Type.WireName()).Append('\n');
            text.Append("    from: ").Append(r.From).Append('\n');
            text.Append("    to: ").Append(r.To).Append('\n');
            Field(text, "    validFrom", r.ValidFrom?.ToString());
            Field(text, "    validTo", r.ValidTo?.ToString());
            Field(text, "    product", r.Product is null ? null : Quoted(r.Product));
            text.Append("    status: ").Append(r.Status).Append('\n');
            text.Append("    confidence: ").Append(r.Confidence.ToString(CultureInfo.InvariantCulture)).Append('\n');
            text.Append("    evidence:\n");
            foreach (var evidence in r.Evidence)
            {
                text.Append("      - quote: ").Append(Quoted(evidence.Quote)).Append('\n');
                if (evidence.ArticleId != articleId)
                {
                    text.Append("        article: ").Append(evidence.ArticleId).Append('\n');
                }

                if (evidence.Stance != EvidenceStance.Asserts)
                {
                    text.Append("        stance: ").Append(YamlWireName(evidence.Stance)).Append('\n');
                }

                Field(text, "        speaker", evidence.Speaker);
            }
        }

        return text.ToString();
    }

    private static string YamlWireName(EvidenceStance stance) =>
        string.Concat(stance.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    private static void Field(StringBuilder text, string key, string? value)
    {
        if (value is not null)
        {
            text.Append(key).Append(": ").Append(value).Append('\n');
        }
    }

    private static string Quoted(string value) => $"\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
