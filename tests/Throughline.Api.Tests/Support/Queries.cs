namespace Throughline.Api.Tests.Support;

/// <summary>Queries used by several tests.</summary>
internal static class Queries
{
    /// <summary>Routes from Intel to projects located in Xinjiang, with the quotes behind every hop.</summary>
    public const string Headline = """
        query Headline($first: Int, $after: String, $maxHops: Int) {
          paths(
            from: { ids: ["org/intel"] }
            to: { kinds: [PROJECT], locatedIn: ["place/xinjiang"] }
            options: { maxHops: $maxHops }
            first: $first
            after: $after
          ) {
            totalCount
            truncated
            pageInfo { hasNextPage endCursor }
            edges {
              cursor
              node {
                length
                confidence
                entities { id }
                hops { from { id } to { id } relations { id type from { id } to { id } evidence { quote start end article { id } } } }
              }
            }
            subgraph { entities { id } relations { id } }
          }
        }
        """;
}
