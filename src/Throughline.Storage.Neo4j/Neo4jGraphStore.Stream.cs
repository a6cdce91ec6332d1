using System.Runtime.CompilerServices;
using System.Text.Json;
using Throughline.Core.Storage;
using Throughline.Storage.Neo4j.Cypher;
using Throughline.Storage.Neo4j.Mapping;

namespace Throughline.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// The whole graph a page at a time (<see cref="Neo4jOptions.StreamPageSize"/> records per statement, keyset paging
    /// on the id indexes), so an export of a million-record graph holds one page, not the graph and not one response
    /// holding all of it (what <see cref="ReadAllAsync"/> is). The pages are separate transactions; the graph version is
    /// read before the first and after every page, and a write that moves it fails the stream ("export again") rather
    /// than giving a file that mixes two versions. What it cannot see: a large import's chunks before its publish, which
    /// do not move the version (cypher/README "Imports").
    /// </summary>
    public async IAsyncEnumerable<GraphRecord> StreamAllAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        // Settled, before and after every page: a write being applied is visible record by record, and its version may
        // show before or after some of its records; a settled read after a page sees any write the page could have met.
        var version = await GetSettledVersionAsync(ct).ConfigureAwait(false);
        (string Statement, Func<JsonElement, GraphRecord> Map)[] kinds =
        [
            ("stream-articles", row => GraphRecord.Of(GraphReader.Article(row))),
            ("stream-entities", row => GraphRecord.Of(GraphReader.Entity(row))),
            ("stream-relations", row => GraphRecord.Of(GraphReader.Relation(row))),
        ];
        foreach (var (statement, map) in kinds)
        {
            var after = string.Empty;
            while (true)
            {
                var page = await QueryAsync(statement, new() { ["after"] = after, ["limit"] = (long)Options.StreamPageSize }, ct).ConfigureAwait(false);
                var now = await GetSettledVersionAsync(ct).ConfigureAwait(false);
                if (now != version)
                {
                    throw new GraphStoreException(
                        $"{Name}: the graph changed while it was being streamed (version {version}, now {now}); export again for one consistent version");
                }

                foreach (var row in page.Rows)
                {
                    if (row[0].ValueKind != JsonValueKind.Null)
                    {
                        yield return map(row[0]);
                    }
                }

                if (page.Rows.Count < Options.StreamPageSize)
                {
                    break;
                }

                after = page.Rows[^1][1].GetString()!;
            }
        }
    }
}
