using Throughline.Core.Model;
using Throughline.Export.Model;
using Throughline.Export.Output;

namespace Throughline.Export.Writers;

/// <summary>
/// The rows of nodes.csv, edges.csv and evidence.csv. Headers import without mapping: Gephi's spreadsheet importer reads
/// Id/Label (nodes) and Id/Source/Target/Type/Label/Weight (edges, Type = Directed); Kumu reads Id/Label/Type/Description
/// (elements) and From/To/Direction/Label (connections). The relation type is Label and relationType, since Gephi
/// reserves an edge's Type for its direction. Everything else is an attribute column named as in the other formats.
/// </summary>
internal static class CsvTables
{
    public static readonly string[] NodeHeader = ["Id", "Label", "Type", "Description", "aliases", "country", "locatedIn"];

    public static readonly string[] EdgeHeader =
    [
        "Id", "Source", "Target", "From", "To", "Type", "Direction", "Label", "Weight", "relationType", "status", "confidence",
        "independentSources", "validFrom", "validTo", "stakePercent", "amountValue", "amountCurrency", "product", "note", "evidenceCount",
    ];

    public static readonly string[] EvidenceHeader = ["relationId", "index", "articleId", "articleTitle", "articleUrl", "quote", "start", "end"];

    public static void Node(TextWriter w, Entity e)
    {
        Csv.Field(w, e.Id);
        w.Write(',');
        Csv.Field(w, e.Name);
        w.Write(',');
        Csv.Field(w, e.Kind.ToString());
        w.Write(',');
        Csv.Field(w, e.Description);
        w.Write(',');
        Csv.Field(w, e.Aliases.Count == 0 ? null : string.Join("; ", e.Aliases));
        w.Write(',');
        Csv.Field(w, e.Country);
        w.Write(',');
        Csv.Field(w, e.LocatedIn);
        w.Write("\r\n");
    }

    public static void Edge(TextWriter w, ExportRelation item)
    {
        var r = item.Relation;
        var type = r.Type.WireName();
        var confidence = Column<object>.Format(r.Confidence);
        Csv.Field(w, r.Id);
        w.Write(',');
        Csv.Field(w, r.From);
        w.Write(',');
        Csv.Field(w, r.To);
        w.Write(',');
        Csv.Field(w, r.From);
        w.Write(',');
        Csv.Field(w, r.To);
        w.Write(",Directed,directed,");
        w.Write(type);
        w.Write(',');
        w.Write(confidence);
        w.Write(',');
        w.Write(type);
        w.Write(',');
        w.Write(r.Status.ToString());
        w.Write(',');
        w.Write(confidence);
        w.Write(',');
        w.Write(item.IndependentSources);
        w.Write(',');
        Csv.Field(w, r.ValidFrom?.ToString());
        w.Write(',');
        Csv.Field(w, r.ValidTo?.ToString());
        w.Write(',');
        Csv.Field(w, Column<object>.Format(r.StakePercent));
        w.Write(',');
        Csv.Field(w, Column<object>.Format(r.Amount?.Value));
        w.Write(',');
        Csv.Field(w, r.Amount?.Currency);
        w.Write(',');
        Csv.Field(w, r.Product);
        w.Write(',');
        Csv.Field(w, r.Note);
        w.Write(',');
        w.Write(r.Evidence.Count);
        w.Write("\r\n");
    }

    public static void Evidence(TextWriter w, Relation r, ExportGraph graph)
    {
        for (var i = 0; i < r.Evidence.Count; i++)
        {
            var e = r.Evidence[i];
            var article = graph.Article(e.ArticleId);
            Csv.Field(w, r.Id);
            w.Write(',');
            w.Write(i);
            w.Write(',');
            Csv.Field(w, e.ArticleId);
            w.Write(',');
            Csv.Field(w, article?.Title);
            w.Write(',');
            Csv.Field(w, article?.Url);
            w.Write(',');
            Csv.Field(w, e.Quote);
            w.Write(',');
            w.Write(e.Start);
            w.Write(',');
            w.Write(e.End);
            w.Write("\r\n");
        }
    }

    public static void Header(TextWriter w, string[] header) => Csv.Row(w, header);
}
