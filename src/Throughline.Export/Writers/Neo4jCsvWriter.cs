using System.Globalization;
using System.IO.Compression;
using Throughline.Core.Model;
using Throughline.Core.Neo4jModel;
using Throughline.Export.Output;

namespace Throughline.Export.Writers;

/// <summary>
/// <c>neo4j-admin database import</c> files for cypher/README.md's model, zipped: articles.csv, entities.csv and
/// claims.csv (nodes, in the id spaces Article, Entity and Claim), relations.csv (one relationship per relation, typed by
/// its wire name), within.csv (place nesting) and cites.csv (claim → article). The columns are exactly the properties the
/// store keeps (<see cref="Neo4jProperties"/>, hashes and search keys included), with typed headers
/// (<c>confidence:double</c>, <c>aliases:string[]</c>); arrays and labels are separated by U+001F, so the import needs
/// <c>--array-delimiter=U+001F --multiline-fields=true</c> (README "Exports").
/// </summary>
internal sealed class Neo4jCsvWriter : IExportWriter
{
    public const char ArrayDelimiter = '\u001F';

    private static readonly NodeTable Articles = new("Article", [.. Neo4jProperties.Article.Select(Typed), Neo4jProperties.HashName]);

    private static readonly NodeTable Entities = new(
        "Entity", [.. Neo4jProperties.Entity.Select(Typed), Neo4jProperties.HashName, .. Neo4jProperties.EntityKeys.Select(Typed)]);

    private static readonly NodeTable Claims = new(
        "Claim", [.. Neo4jProperties.Claim.Select(Typed), Neo4jProperties.HashName, .. Neo4jProperties.ClaimFacts.Select(Typed)]);

    private static readonly string[] RelationProperties = [.. Neo4jProperties.Relationship.Select(Typed)];

    private static readonly string[] RelationNames = [.. RelationProperties.Select(Name)];

    public static readonly string[] RelationHeader = [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", .. RelationProperties];

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
                Articles.Header(articles);
                await foreach (var a in graph.ArticlesAsync(ct).ConfigureAwait(false))
                {
                    Articles.Row(articles, "Article", Neo4jProperties.OfArticle(a));
                    await pacer.RecordAsync(ct).ConfigureAwait(false);
                }
            }

            await using (var entities = CsvWriter.Entry(zip, "entities.csv"))
            {
                Entities.Header(entities);
                Csv.Row(within.Writer, WithinHeader);
                await foreach (var e in graph.EntitiesAsync(ct).ConfigureAwait(false))
                {
                    Entities.Row(entities, "Entity" + ArrayDelimiter + e.Kind, Neo4jProperties.OfEntity(e));
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
                Claims.Header(claims.Writer);
                Csv.Row(cites.Writer, CitesHeader);
                await foreach (var item in graph.RelationsAsync(ct).ConfigureAwait(false))
                {
                    var r = item.Relation;
                    var (props, claim) = Neo4jProperties.OfRelation(r);
                    Csv.Field(relations, r.From);
                    relations.Write(',');
                    Csv.Field(relations, r.To);
                    relations.Write(',');
                    Csv.Field(relations, r.Type.WireName());
                    foreach (var name in RelationNames)
                    {
                        relations.Write(',');
                        Csv.Field(relations, Text(props[name]));
                    }

                    relations.Write("\r\n");
                    Claims.Row(claims.Writer, "Claim", claim);
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

    /// <summary>A property's column header: its name and, unless a string, its neo4j-admin type.</summary>
    private static string Typed<T>(Neo4jProperty<T> property) => property.Type switch
    {
        Neo4jType.String => property.Name,
        Neo4jType.StringArray => property.Name + ":string[]",
        Neo4jType.Long => property.Name + ":long",
        Neo4jType.LongArray => property.Name + ":long[]",
        Neo4jType.Double => property.Name + ":double",
        Neo4jType.Boolean => property.Name + ":boolean",
        _ => throw new ArgumentOutOfRangeException(nameof(property), property.Type, "not a Neo4j type"),
    };

    /// <summary>
    /// A property's field. An empty array is an empty field (no property, which the store reads back as an empty list).
    /// The delimiter cannot occur in a value, so a U+001F inside one (never seen in text) becomes U+FFFD.
    /// </summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        string[] list => list.Length == 0 ? null : string.Join(ArrayDelimiter, list.Select(v => v.Replace(ArrayDelimiter, '\uFFFD'))),
        int[] list => list.Length == 0 ? null : string.Join(ArrayDelimiter, list.Select(v => v.ToString(CultureInfo.InvariantCulture))),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType(), "not a Neo4j property value"),
    };

    /// <summary>The property a typed column holds: "confidence:double" → confidence.</summary>
    private static string Name(string column) => column.Split(':')[0];

    /// <summary>
    /// A node file: <c>id:ID(Space)</c>, <c>:LABEL</c>, then the other properties in <see cref="Neo4jProperties"/>' order.
    /// The first property is the id, kept as the node's <c>id</c> property by the ID column's name.
    /// </summary>
    private sealed class NodeTable(string space, string[] columns)
    {
        private readonly string[] _header = [$"id:ID({space})", ":LABEL", .. columns.Skip(1)];
        private readonly string[] _rest = [.. columns.Skip(1).Select(Name)];

        public void Header(TextWriter w) => Csv.Row(w, _header);

        public void Row(TextWriter w, string labels, Dictionary<string, object?> props)
        {
            Csv.Field(w, Text(props["id"]));
            w.Write(',');
            Csv.Field(w, labels);
            foreach (var name in _rest)
            {
                w.Write(',');
                Csv.Field(w, Text(props[name]));
            }

            w.Write("\r\n");
        }
    }
}
