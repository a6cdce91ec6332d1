using System.Text.Encodings.Web;
using System.Text.Json;
using Throughline.Core.Model;
using Throughline.Export.Output;

namespace Throughline.Export.Writers;

/// <summary>
/// FollowTheMoney entities as JSON lines (<c>{"id", "schema", "properties": {name: [values]}}</c>, Aleph's format): an
/// Article per source article, a thing per entity (<see cref="FtmMapping.Schema"/>), an interval per relation
/// (<see cref="FtmMapping.For"/>) carrying dates, status, role and every quote as a summary, and a Documentation per quote
/// linking the article to the relation's source entity, so each quote stays with its document.
/// </summary>
internal sealed class FtmWriter : IExportWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task WriteAsync(ExportGraph graph, SpillStream output, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(output, Options);
        var pacer = new Pacer(output, json.Flush);
        await foreach (var article in graph.ArticlesAsync(ct).ConfigureAwait(false))
        {
            Line(json, output, FtmMapping.ArticleId(article.Id), "Article", new()
            {
                ["name"] = [string.IsNullOrWhiteSpace(article.Title) ? article.Id : article.Title],
                ["title"] = Some(article.Title),
                ["fileName"] = [article.Id + ".md"],
                ["author"] = [.. article.Authors],
                ["publisher"] = Some(article.Outlet),
                ["sourceUrl"] = Some(article.Url),
                ["publishedAt"] = Some(article.Published?.ToString()),
                ["bodyText"] = Some(article.Text),
            });
            await pacer.RecordAsync(ct).ConfigureAwait(false);
        }

        // Kinds and list names are needed when relations arrive (a Sanction names its list); only lists keep their name.
        var kinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        var lists = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var entity in graph.EntitiesAsync(ct).ConfigureAwait(false))
        {
            kinds[entity.Id] = entity.Kind;
            if (FtmMapping.Schema(entity.Kind) is not { } schema)
            {
                lists[entity.Id] = entity.Name;
                continue;
            }

            Line(json, output, FtmMapping.EntityId(entity.Id), schema, Thing(entity, schema));
            await pacer.RecordAsync(ct).ConfigureAwait(false);
        }

        await foreach (var item in graph.RelationsAsync(ct).ConfigureAwait(false))
        {
            var relation = item.Relation;
            Quotes(json, output, relation);
            if (FtmMapping.For(relation, kinds.GetValueOrDefault(relation.To)) is not { } link)
            {
                await pacer.RecordAsync(ct).ConfigureAwait(false);
                continue;
            }

            var properties = new Dictionary<string, List<string>>
            {
                [link.Source] = [FtmMapping.EntityId(relation.From)],
                ["recordId"] = [relation.Id],
                ["startDate"] = Some(relation.ValidFrom?.ToString()),
                ["endDate"] = Some(relation.ValidTo?.ToString()),
                ["status"] = [relation.Status.ToString()],
                ["description"] = Some(relation.Note),
                ["summary"] = [.. relation.Evidence.Select(e => e.Quote)],
                ["sourceUrl"] = [.. relation.Evidence.Select(e => graph.Article(e.ArticleId)?.Url).OfType<string>().Distinct(StringComparer.Ordinal)],
                ["publisher"] = [.. relation.Evidence.Select(e => graph.Article(e.ArticleId)?.Outlet).OfType<string>().Distinct(StringComparer.Ordinal)],
            };
            if (link.Schema == "Sanction")
            {
                properties["programId"] = [relation.To];
                properties["program"] = Some(lists.GetValueOrDefault(relation.To));
                properties["listingDate"] = Some(relation.ValidFrom?.ToString());
                properties["reason"] = Some(relation.Reason);
            }
            else
            {
                properties[link.Target] = [FtmMapping.EntityId(relation.To)];
                properties["role"] = Some(link.Role);
            }

            if (link.Schema == "Ownership")
            {
                properties["ownershipType"] = Some(link.OwnershipType);
                properties["percentage"] = Some(relation.StakePercent is { } stake ? Model.Column<object>.Format(stake) : null);
            }

            Line(json, output, FtmMapping.RelationId(relation.Id), link.Schema, properties);
            await pacer.RecordAsync(ct).ConfigureAwait(false);
        }

        await pacer.FinishAsync(ct).ConfigureAwait(false);
    }

    /// <summary>One Documentation per quote: the article documents the relation's source entity, with the quote and its stance.</summary>
    private static void Quotes(Utf8JsonWriter json, SpillStream output, Relation relation)
    {
        for (var i = 0; i < relation.Evidence.Count; i++)
        {
            var evidence = relation.Evidence[i];
            Line(json, output, FtmMapping.QuoteId(relation.Id, i), "Documentation", new()
            {
                ["document"] = [FtmMapping.ArticleId(evidence.ArticleId)],
                ["entity"] = [FtmMapping.EntityId(relation.From)],
                ["role"] = [$"{relation.Type.WireName()} {relation.Id}"],
                ["summary"] = [evidence.Quote],
                ["status"] = [Model.Columns.Wire(evidence.Stance)],
                ["date"] = Some(evidence.ObservedAt?.ToString()),
                ["recordId"] = [relation.Id],
            });
        }
    }

    private static Dictionary<string, List<string>> Thing(Entity entity, string schema)
    {
        var properties = new Dictionary<string, List<string>>
        {
            ["name"] = [entity.Name],
            ["alias"] = [.. entity.Aliases],
            ["description"] = Some(entity.Description),
        };
        var country = entity.Country?.ToLowerInvariant();
        properties["country"] = Some(country);
        if (schema == "Address")
        {
            properties["full"] = [entity.Name];
        }

        return properties;
    }

    private static List<string> Some(string? value) => string.IsNullOrEmpty(value) ? [] : [value];

    /// <summary>One entity on one line; properties without values are left out, as FtM expects.</summary>
    private static void Line(Utf8JsonWriter json, SpillStream output, string id, string schema, Dictionary<string, List<string>> properties)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("schema", schema);
        json.WriteStartObject("properties");
        foreach (var (name, values) in properties)
        {
            if (values.All(v => v.Length == 0))
            {
                continue;
            }

            json.WriteStartArray(name);
            foreach (var value in values.Where(v => v.Length > 0))
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
        json.Reset(output);
    }
}
