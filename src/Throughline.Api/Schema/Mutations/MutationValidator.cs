using Throughline.Core.Model;
using Throughline.Core.SeedData;
using Throughline.Core.Storage;

namespace Throughline.Api.Schema.Mutations;

/// <summary>
/// The seed-data rules (seed-data/README.md) applied to mutation input against what the store already holds:
/// id syntax, resolved references, relation types joining allowed kinds, ranges, and quotes found verbatim
/// (whitespace-normalised) in their article's text, which gives the evidence offsets. Every problem is collected,
/// each named by its input path, and reported together as one BAD_USER_INPUT error.
/// </summary>
internal sealed partial class MutationValidator(IGraphStore store, ImportBatch pending)
{
    private readonly List<string> _problems = [];
    private readonly Dictionary<string, Entity> _entities = pending.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Article> _articles = pending.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);

    /// <summary>Loads every stored record the batch refers to, so the checks below run without further store calls.</summary>
    public async Task LoadReferencesAsync(IEnumerable<RelationInput> relations, CancellationToken ct)
    {
        var relationList = relations.ToList();
        var entityIds = relationList.SelectMany(r => new[] { r.From, r.To })
            .Concat(relationList.SelectMany(r => r.Evidence).Select(e => e.Speaker).Where(SeedIds.IsEntityId).OfType<string>())
            .Concat(pending.Entities.Select(e => e.LocatedIn).OfType<string>())
            .Where(id => !_entities.ContainsKey(id)).Distinct().ToList();
        foreach (var entity in await store.GetEntitiesAsync(entityIds, ct).ConfigureAwait(false))
        {
            _entities[entity.Id] = entity;
        }

        var articleIds = relationList.SelectMany(r => r.Evidence).SelectMany(e => new[] { e.ArticleId, e.Origin }).OfType<string>()
            .Concat(pending.Articles.SelectMany(a => a.Cites.Append(a.Republishes ?? string.Empty)))
            .Where(id => id.Length > 0 && !_articles.ContainsKey(id)).Distinct().ToList();
        foreach (var article in await store.GetArticlesAsync(articleIds, ct).ConfigureAwait(false))
        {
            _articles[article.Id] = article;
        }
    }

    /// <summary>Throws one BAD_USER_INPUT error listing every problem found.</summary>
    public void ThrowIfInvalid()
    {
        if (_problems.Count > 0)
        {
            throw new GraphQL.Execution.GraphQLException(
                $"The input is invalid ({_problems.Count} problem{(_problems.Count == 1 ? string.Empty : "s")}): {string.Join("; ", _problems)}",
                new Dictionary<string, object?> { ["code"] = Http.ErrorCodes.BadUserInput, ["problems"] = _problems.ToList() });
        }
    }

    public void Problem(string at, string field, string message) => _problems.Add($"{at}.{field}: {message}");

    public void CheckUnique(IEnumerable<string> ids, string at, string what)
    {
        foreach (var duplicate in ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            _problems.Add($"{at}: {what} id '{duplicate.Key}' is given {duplicate.Count()} times");
        }
    }
}
