using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Throughline.Api.KnowledgeBase;
using Throughline.Api.Schema;
using Throughline.Api.Tests.Support;
using Throughline.Core.Index;
using Throughline.Core.Model;
using Throughline.GraphQL.Execution;

namespace Throughline.Api.Tests.Schema;

/// <summary>
/// Nested fields resolve in batches: the real schema over the real SQLite store (seed data), with a counting decorator
/// between them, makes one store call per field and argument set per level of the response, never one per entity.
/// </summary>
public sealed class BatchedLoadingTests(SeededGraph seeded) : IClassFixture<SeededGraph>
{
    private const int PageSize = 25;
    private const string RelationsOf = "GetRelationsOfManyAsync";

    [Fact]
    public async Task Listing_entities_with_their_relations_and_articles_makes_one_store_call_per_field_per_level()
    {
        var (data, calls) = await RunAsync($$"""
            {
              entities(first: {{PageSize}}) { edges { node {
                id
                relations(first: 5) { id from { id relations(direction: OUTGOING) { id } } }
                articles { id relations { id } }
              } } }
            }
            """);
        var nodes = data.GetProperty("entities").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        var entityIds = nodes.Select(n => n.GetProperty("id").GetString()!).ToList();
        var level1 = nodes.SelectMany(n => n.GetProperty("relations").EnumerateArray()).ToList();
        var fromIds = level1.Select(r => r.GetProperty("from").GetProperty("id").GetString()!).Distinct().ToList();
        var articleIds = nodes.SelectMany(n => n.GetProperty("articles").EnumerateArray()).Select(a => a.GetProperty("id").GetString()!).Distinct().ToList();
        entityIds.Should().HaveCount(PageSize);
        fromIds.Should().HaveCountGreaterThan(1, "the page must reach several relation sources for the test to mean anything");
        articleIds.Should().HaveCountGreaterThan(1);

        calls.GroupBy(c => (c.Method, c.Arguments)).Should().OnlyContain(g => g.Count() == 1, "each field and argument set is one call");
        calls.Select(c => (c.Method, c.Arguments)).Should().BeEquivalentTo(
        [
            ("SearchEntitiesAsync", calls.Single(c => c.Method == "SearchEntitiesAsync").Arguments),
            (RelationsOf, "Any * 5"),
            (RelationsOf, $"Any * {int.MaxValue}"),
            ("GetEntitiesAsync", string.Empty),
            (RelationsOf, "Outgoing * 50"),
            ("GetArticlesAsync", string.Empty),
            ("GetRelationsCitingManyAsync", string.Empty),
        ]);
        Ids(calls, RelationsOf, "Any * 5").Should().BeEquivalentTo(entityIds);
        Ids(calls, RelationsOf, $"Any * {int.MaxValue}").Should().BeEquivalentTo(entityIds);
        Ids(calls, "GetEntitiesAsync").Should().BeEquivalentTo(fromIds);
        Ids(calls, RelationsOf, "Outgoing * 50").Should().BeEquivalentTo(fromIds);
        Ids(calls, "GetRelationsCitingManyAsync").Should().BeEquivalentTo(articleIds);
    }

    [Fact]
    public async Task Batched_fields_answer_each_entity_and_article_as_the_seed_data_says()
    {
        var (data, _) = await RunAsync($$"""
            {
              entities(first: {{PageSize}}) { edges { node {
                id
                relations(first: 3, direction: INCOMING) { id }
                articles { id relations { id } }
              } } }
            }
            """);
        var relations = SeedFacts.Batch.Relations;

        foreach (var node in data.GetProperty("entities").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")))
        {
            var id = node.GetProperty("id").GetString()!;
            var incoming = relations.Where(r => r.To == id).Select(r => r.Id).Order(StringComparer.Ordinal).Take(3);
            var cited = relations.Where(r => r.From == id || r.To == id).SelectMany(r => r.Evidence).Select(e => e.ArticleId)
                .Distinct().Order(StringComparer.Ordinal);
            node.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal(incoming, id);
            node.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).Should().Equal(cited, id);
            foreach (var article in node.GetProperty("articles").EnumerateArray())
            {
                var articleId = article.GetProperty("id").GetString();
                var citing = relations.Where(r => r.Evidence.Any(e => e.ArticleId == articleId)).Select(r => r.Id).Order(StringComparer.Ordinal);
                article.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal(citing, articleId);
            }
        }
    }

    [Fact]
    public async Task Relation_type_lists_in_another_order_share_one_batch_and_other_arguments_get_their_own()
    {
        var (_, calls) = await RunAsync($$"""
            {
              entities(first: {{PageSize}}) { edges { node {
                a: relations(types: [SUPPLIES, OWNS]) { id }
                b: relations(types: [OWNS, SUPPLIES, OWNS]) { id }
                c: relations(types: [OWNS]) { id }
                d: relations(types: [OWNS], first: 2) { id }
              } } }
            }
            """);

        calls.Where(c => c.Method == RelationsOf).Should().HaveCount(3).And.OnlyContain(c => c.Ids.Count == PageSize);
    }

    private async Task<(JsonElement Data, IReadOnlyList<StoreCall> Calls)> RunAsync(string query)
    {
        var counting = new CountingGraphStore<IndexedGraph>(seeded.Graph);
        var schema = KnowledgeBaseSchema.Create(KnowledgeGraph.Of(counting), NullLogger.Instance);

        var result = await schema.ExecuteAsync(new ExecutionRequest(query));

        result.Errors.Should().BeEmpty();
        using var document = JsonDocument.Parse(result.ToJson());
        return (document.RootElement.GetProperty("data").Clone(), counting.Calls);
    }

    private static IReadOnlyList<string> Ids(IReadOnlyList<StoreCall> calls, string method, string arguments = "") =>
        calls.Single(c => c.Method == method && c.Arguments == arguments).Ids;
}
