using System.Globalization;
using System.IO.Compression;
using Throughline.Core.Model;
using Throughline.Export.Output;

namespace Throughline.Export.Writers;

/// <summary>
/// <c>neo4j-admin database import</c> files for cypher/README.md's model, zipped: articles.csv, entities.csv and
/// claims.csv (nodes, in the id spaces Article, Entity and Claim), relations.csv (one relationship per relation, typed by
/// its wire name), within.csv (place nesting) and cites.csv (claim → article). Typed headers (<c>confidence:double</c>,
/// <c>aliases:string[]</c>); arrays and labels are separated by U+001F, so the import needs
/// <c>--array-delimiter=U+001F --multiline-fields=true</c> (README "Exports").
/// </summary>
internal sealed class Neo4jCsvWriter : IExportWriter
{
    public const char ArrayDelimiter = '\u001F';

    public static readonly string[] ArticleHeader =
        ["id:ID(Article)", ":LABEL", "title", "outlet", "authors:string[]", "url", "published", "republishes", "cites:string[]", "text", "hash"];

    public static readonly string[] EntityHeader =
    [
        "id:ID(Entity)", ":LABEL", "name", "kind", "aliases:string[]", "country", "description", "locatedIn", "hash",
        "nameFolded", "searchKeys:string[]", "nameKeys:string[]", "aliasText",
    ];

    public static readonly string[] RelationHeader =
    [
        ":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id", "status", "confidence:double", "validFrom", "validTo",
        "validFromDay:long", "validToDay:long", "stakePercent:double", "amountValue", "amountCurrency", "product", "note",
    ];

    public static readonly string[] ClaimHeader =
    [
        "id:ID(Claim)", ":LABEL", "type", "from", "to", "hash", "evidenceArticles:string[]", "evidenceQuotes:string[]",
        "evidenceStarts:long[]", "evidenceEnds:long[]",
    ];

    public static readonly string[] WithinHeader = [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"];

    public static readonly string[] CitesHeader = [":START_ID(Claim)", ":END_ID(Article)", ":TYPE"];

    public async Task WriteAsync(ExportGraph graph, SpillStream output, CancellationToken ct)
    {
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        using (var within = new TempPart("within.csv"))
        using (var claims = new TempPart("claims.csv"))
        using (var cites = new TempPart("cites.csv"))
        {
            var pacer = new Pacer(output);
            await using (var articles = CsvWriter.Entry(zip, "articles.csv"))
            {
                Csv.Row(articles, ArticleHeader);
                await foreach (var a in graph.ArticlesAsync(ct).ConfigureAwait(false))
                {
                    Csv.Row(articles, [
                        a.Id, "Article", a.Title, a.Outlet, Array(a.Authors), a.Url, a.Published?.ToString(), a.Republishes,
                        Array(a.Cites), a.Text, Neo4jRows.ArticleHash(a)]);
                    await pacer.RecordAsync(ct).ConfigureAwait(false);
                }
            }

            await using (var entities = CsvWriter.Entry(zip, "entities.csv"))
            {
                Csv.Row(entities, EntityHeader);
                Csv.Row(within.Writer, WithinHeader);
                await foreach (var e in graph.EntitiesAsync(ct).ConfigureAwait(false))
                {
                    Csv.Row(entities, [
                        e.Id, "Entity" + ArrayDelimiter + e.Kind, e.Name, e.Kind.ToString(), Array(e.Aliases), e.Country, e.Description,
                        e.LocatedIn, Neo4jRows.EntityHash(e), Neo4jRows.NameFolded(e.Name), Array(Neo4jRows.SearchKeys(e)),
                        Array(Neo4jRows.NameKeys(e)), string.Join(" | ", e.Aliases)]);
                    if (e.LocatedIn is { } parent)
                    {
                        Csv.Row(within.Writer, [e.Id, parent, "WITHIN"]);
                    }

                    await pacer.RecordAsync(ct).ConfigureAwait(false);
                }
            }

            await using (var relations = CsvWriter.Entry(zip, "relations.csv"))
            {
                Csv.Row(relations, RelationHeader);
                Csv.Row(claims.Writer, ClaimHeader);
                Csv.Row(cites.Writer, CitesHeader);
                await foreach (var item in graph.RelationsAsync(ct).ConfigureAwait(false))
                {
                    var r = item.Relation;
                    Csv.Row(relations, [
                        r.From, r.To, r.Type.WireName(), r.Id, r.Status.ToString(), Number(r.Confidence), r.ValidFrom?.ToString(),
                        r.ValidTo?.ToString(), Number(r.ValidFrom?.FirstDay), Number(r.ValidTo?.LastDay), Number(r.StakePercent),
                        r.Amount?.Value.ToString(CultureInfo.InvariantCulture), r.Amount?.Currency, r.Product, r.Note]);
                    Csv.Row(claims.Writer, [
                        r.Id, "Claim", r.Type.WireName(), r.From, r.To, Neo4jRows.RelationHash(r),
                        Array(r.Evidence.Select(x => x.ArticleId)), Array(r.Evidence.Select(x => x.Quote)),
                        Array(r.Evidence.Select(x => Number(x.Start)!)), Array(r.Evidence.Select(x => Number(x.End)!))]);
                    foreach (var article in r.Evidence.Select(x => x.ArticleId).Distinct(StringComparer.Ordinal))
                    {
                        Csv.Row(cites.Writer, [r.Id, article, "CITES"]);
                    }

                    await pacer.RecordAsync(ct).ConfigureAwait(false);
                }
            }

            foreach (var part in new[] { claims, within, cites })
            {
                await using var target = zip.CreateEntry(part.Name, CompressionLevel.Fastest).Open();
                await part.CopyToAsync(target, output, ct).ConfigureAwait(false);
            }
        }

        await output.DrainAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// An array field; an empty array is an empty field (no property, which the store reads back as an empty list). The
    /// delimiter cannot occur in a value, so a U+001F inside one (never seen in text) becomes U+FFFD.
    /// </summary>
    private static string? Array(IEnumerable<string> values)
    {
        var joined = string.Join(ArrayDelimiter, values.Select(v => v.Replace(ArrayDelimiter, '\uFFFD')));
        return joined.Length == 0 ? null : joined;
    }

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
