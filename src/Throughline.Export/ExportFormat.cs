namespace Throughline.Export;

/// <summary>The formats an export can be written in.</summary>
public enum ExportFormat
{
    GraphML,
    Gexf,
    Cytoscape,
    Csv,
    CsvNodes,
    CsvEdges,
    CsvEvidence,
    Dot,
    FollowTheMoney,
    Neo4jCsv,
}

/// <summary>A format's wire name (as in <c>?format=</c> and <c>--format</c>), media type and file name.</summary>
public sealed record ExportFormatInfo(ExportFormat Format, string Name, string MediaType, string Extension, string Description);

public static class ExportFormats
{
    public static IReadOnlyList<ExportFormatInfo> All { get; } =
    [
        new(ExportFormat.GraphML, "graphml", "application/graphml+xml", "graphml", "GraphML with a typed <key> per attribute (yEd, Cytoscape desktop, networkx, graphology)"),
        new(ExportFormat.Gexf, "gexf", "application/gexf+xml", "gexf", "GEXF 1.3; validFrom/validTo as spells for Gephi's timeline"),
        new(ExportFormat.Cytoscape, "cytoscape", "application/json", "cyjs.json", "Cytoscape.js elements {nodes, edges}, ready for cy.add"),
        new(ExportFormat.Csv, "csv", "application/zip", "csv.zip", "nodes.csv, edges.csv and evidence.csv (one row per quote) in a zip"),
        new(ExportFormat.CsvNodes, "csv-nodes", "text/csv", "nodes.csv", "nodes.csv alone"),
        new(ExportFormat.CsvEdges, "csv-edges", "text/csv", "edges.csv", "edges.csv alone"),
        new(ExportFormat.CsvEvidence, "csv-evidence", "text/csv", "evidence.csv", "evidence.csv alone"),
        new(ExportFormat.Dot, "dot", "text/vnd.graphviz", "dot", "Graphviz DOT (dot -Tsvg)"),
        new(ExportFormat.FollowTheMoney, "ftm", "application/x-ndjson", "ftm.jsonl", "FollowTheMoney entities, one JSON object a line (Aleph)"),
        new(ExportFormat.Neo4jCsv, "neo4j", "application/zip", "neo4j.zip", "neo4j-admin database import CSV files (cypher/README.md's model) in a zip"),
    ];

    public static ExportFormatInfo Get(ExportFormat format) => All[(int)format];

    /// <summary>Finds a format by wire name, case-insensitively.</summary>
    public static bool TryParse(string? name, out ExportFormatInfo info)
    {
        info = All.FirstOrDefault(f => string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return info is not null;
    }

    /// <summary>"graphml, gexf, …" for error messages and help.</summary>
    public static string Names => string.Join(", ", All.Select(f => f.Name));
}
