using System.IO.Compression;
using Microsoft.VisualBasic.FileIO;
using Throughline.Core.Model;

namespace Throughline.Export.Tests.Writers;

public sealed class CsvRoundTripTests
{
    private const string Awkward = "He said, \"we sell to everyone\" —\nthen, on a new line: \"\"twice\"\", and a comma,\r\nand CRLF.";

    [Fact]
    public async Task Quotes_with_commas_newlines_and_quotation_marks_survive_an_RFC_4180_reader()
    {
        var article = new Article("a-1", "Title, with \"marks\"", "Outlet", ["A, B"], "https://example.org/a", PartialDate.Parse("2019-11"), null, [], "text");
        var entities = new[]
        {
            new Entity("org/a", "A, Inc.", EntityKind.Organization, ["\"A\"", "A\nCorp"], "US", "Line one\nline two"),
            new Entity("org/b", "B", EntityKind.Organization, []),
        };
        var relation = new Relation(
            "a-supplies-b", RelationType.Supplies, "org/a", "org/b", RelationStatus.Reported, 0.8,
            [new Evidence("a-1", Awkward, 0, 10), new Evidence("a-1", "plain", 11, 16)], Note: "note, \"quoted\"\nsecond line", Product: "chips, \"AI\"");

        var zip = await Seed.ExportAsync(ExportFormat.Csv, ExportGraph.FromRecords([article], entities, [relation]));

        using var archive = new ZipArchive(new MemoryStream(zip));
        archive.Entries.Select(e => e.Name).Should().Equal("nodes.csv", "edges.csv", "evidence.csv");
        var nodes = Read(archive, "nodes.csv");
        var edges = Read(archive, "edges.csv");
        var evidence = Read(archive, "evidence.csv");
        nodes[0].Should().StartWith(["Id", "Label", "Type", "Description"]);
        nodes.Skip(1).Select(r => r[1]).Should().Equal("A, Inc.", "B");
        nodes[1][3].Should().Be("Line one\nline two");
        nodes[1][4].Should().Be("\"A\"; A\nCorp");
        edges[0].Should().StartWith(["Id", "Source", "Target", "From", "To", "Type", "Direction", "Label", "Weight"]);
        var edge = Column(edges, "note");
        edge.Should().Be("note, \"quoted\"\nsecond line");
        Column(edges, "product").Should().Be("chips, \"AI\"");
        Column(edges, "Type").Should().Be("Directed");
        Column(edges, "relationType").Should().Be("SUPPLIES");
        evidence.Skip(1).Select(r => r[Array.IndexOf(evidence[0], "quote")]).Should().Equal(Awkward, "plain");
        evidence[1][Array.IndexOf(evidence[0], "articleTitle")].Should().Be("Title, with \"marks\"");
    }

    [Fact]
    public async Task A_single_table_is_a_plain_csv_file_rather_than_a_zip()
    {
        var (store, directory) = await Seed.OpenStoreAsync();
        await using (store)
        {
            var bytes = await Seed.ExportAsync(ExportFormat.CsvEvidence, ExportScopes.WholeGraph(store));
            using var parser = Parser(new MemoryStream(bytes));
            var rows = ReadAll(parser);
            rows[0].Should().Equal("relationId", "index", "articleId", "articleTitle", "articleUrl", "quote", "start", "end", "stance", "speaker", "attributedTo", "origin", "observedAt");
            rows.Count.Should().Be(Seed.Batch.EvidenceCount + 1);
        }

        Directory.Delete(directory, recursive: true);
    }

    private static string Column(List<string[]> table, string name) => table[1][Array.IndexOf(table[0], name)];

    private static List<string[]> Read(ZipArchive archive, string name)
    {
        using var parser = Parser(archive.GetEntry(name)!.Open());
        return ReadAll(parser);
    }

    private static TextFieldParser Parser(Stream stream)
    {
        var parser = new TextFieldParser(stream) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        return parser;
    }

    private static List<string[]> ReadAll(TextFieldParser parser)
    {
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }
}
