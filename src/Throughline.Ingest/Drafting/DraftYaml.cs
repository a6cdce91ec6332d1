using System.Globalization;
using System.Text;
using Throughline.Core.Model;

namespace Throughline.Ingest.Drafting;

/// <summary>
/// Writes a draft in the seed-data format (seed-data/README.md): the article file, its claims file and its entities
/// patch (<c>entities/&lt;article-id&gt;.yaml</c>). Every proposal carries <c>draft: true</c>, its confidence and its
/// signal; strings are double-quoted so that any quote survives as written.
/// </summary>
public static class DraftYaml
{
    public static string Article(ArticleDraftResult draft, string? outlet = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var builder = new StringBuilder("---\n");
        var a = draft.Article;
        Line(builder, "title", a.Title);
        Line(builder, "outlet", outlet);
        Line(builder, "url", a.Url);
        if (a.Published is { } published && PartialDate.TryParse(published, out var date, out _))
        {
            builder.Append("published: ").Append(date.ToString()).Append('\n');
        }

        builder.Append("---\n").Append(a.Text).Append('\n');
        return builder.ToString();
    }

    public static string Claims(ArticleDraftResult draft, string source)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var b = new StringBuilder();
        b.Append("# Drafted by `throughline draft` from ").Append(source).Append(".\n")
         .Append("# Every relation is a proposal (draft: true) with the confidence and the signal that produced it. Review with\n")
         .Append("# `throughline review` (or edit, then delete the draft line); import refuses the file while any draft remains.\n")
         .Append("article: ").Append(draft.ArticleId).Append('\n');
        if (draft.Relations.Count == 0)
        {
            return b.Append("relations: []\n").ToString();
        }

        b.Append("relations:\n");
        foreach (var r in draft.Relations)
        {
            b.Append("  - id: ").Append(r.Id).Append('\n')
             .Append("    draft: true\n")
             .Append("    confidence: ").Append(Number(r.Confidence)).Append('\n')
             .Append("    signal: ").Append(Quote(r.Signal)).Append('\n')
             .Append("    type: ").Append(RelationCatalogue.Get(r.Type).Name).Append('\n')
             .Append("    from: ").Append(r.From).Append('\n')
             .Append("    to: ").Append(r.To).Append('\n');
            if (r.Status != RelationStatus.Reported)
            {
                b.Append("    status: ").Append(r.Status).Append('\n');
            }

            if (r.ValidFrom is { } from)
            {
                b.Append("    validFrom: ").Append(from.ToString()).Append('\n');
            }

            if (r.ValidTo is { } to)
            {
                b.Append("    validTo: ").Append(to.ToString()).Append('\n');
            }

            if (r.StakePercent is { } stake)
            {
                b.Append("    stakePercent: ").Append(Number(stake)).Append('\n');
            }

            if (r.Amount is { } amount)
            {
                b.Append("    amount: ").Append(Money(amount)).Append('\n');
            }

            if (r.Product is { } product)
            {
                b.Append("    product: ").Append(Quote(product)).Append('\n');
            }

            b.Append("    evidence:\n");
            foreach (var e in r.Evidence)
            {
                b.Append("      - quote: ").Append(Quote(e.Quote)).Append('\n');
                if (e.Stance != EvidenceStance.Asserts)
                {
                    b.Append("        stance: ").Append(Wire(e.Stance)).Append('\n');
                }

                if (e.Speaker is { } speaker)
                {
                    b.Append("        speaker: ").Append(Quote(speaker)).Append('\n');
                }

                if (e.AttributedTo is { } attributed)
                {
                    b.Append("        attributedTo: ").Append(Quote(attributed)).Append('\n');
                }
            }
        }

        return b.ToString();
    }

    public static string Entities(ArticleDraftResult draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var b = new StringBuilder();
        b.Append("# New entities proposed by `throughline draft` for ").Append(draft.ArticleId).Append(" (draft: true until reviewed).\n")
         .Append("# candidates: existing entities each may be instead, with a name-similarity score; never merged without review.\n");
        if (draft.Entities.Count == 0)
        {
            return b.Append("[]\n").ToString();
        }

        foreach (var e in draft.Entities)
        {
            b.Append("- id: ").Append(e.Id).Append('\n')
             .Append("  draft: true\n")
             .Append("  confidence: ").Append(Number(e.Confidence)).Append('\n')
             .Append("  signal: ").Append(Quote(e.Signal)).Append('\n')
             .Append("  name: ").Append(Quote(e.Name)).Append('\n')
             .Append("  kind: ").Append(e.Kind).Append('\n');
            if (e.Candidates.Count > 0)
            {
                b.Append("  candidates: [")
                 .Append(string.Join(", ", e.Candidates.Select(c => Quote($"{c.EntityId} {Number(c.Score)} {c.Name}"))))
                 .Append("]\n");
            }
        }

        return b.ToString();
    }

    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var b = new StringBuilder("\"");
        foreach (var c in text)
        {
            b.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                < ' ' => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }

        return b.Append('"').ToString();
    }

    private static string Money(Money m)
    {
        var parts = new List<string> { $"value: {Number(m.Value)}", $"currency: {m.Currency}" };
        if (m.Qualifier != AmountQualifier.Exact)
        {
            parts.Add($"qualifier: {Wire(m.Qualifier)}");
        }

        if (m.Period is { } period)
        {
            parts.Add($"period: {period}");
        }

        if (m.Alternative is { } alternative)
        {
            parts.Add($"alternative: {Money(alternative)}");
        }

        return "{ " + string.Join(", ", parts) + " }";
    }

    /// <summary>SCREAMING_SNAKE_CASE, as the seed format spells enum values (NoComment → NO_COMMENT).</summary>
    private static string Wire<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    private static void Line(StringBuilder b, string key, string? value)
    {
        if (value is not null)
        {
            b.Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
