namespace Throughline.Core.Neo4jModel;

/// <summary>The Neo4j value a property holds; the bulk-import CSV header names it (<c>confidence:double</c>).</summary>
public enum Neo4jType
{
    String,
    StringArray,
    Long,
    LongArray,
    Double,
    Boolean,
}

/// <summary>
/// One property the Neo4j store keeps on a node or relationship: its name, its Neo4j type and how it is read from the
/// record. The value is what the store sends as a parameter (null = no property): string, string[], int, int[], double
/// or bool, so the content hash of a row is the same whichever writer computes it.
/// </summary>
public sealed record Neo4jProperty<T>(string Name, Neo4jType Type, Func<T, object?> Value);
