using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.GraphQL.Execution;

namespace Throughline.Api.Schema.Resolvers;

/// <summary>Article fields that follow provenance links or find the relations quoting the article.</summary>
internal static class ArticleResolvers
{
    public static void Bind(ResolverBinder binder, IGraphStore store)
    {
        binder
            .Field("Article", "republishes", c => ((Article)c.Source!).Republishes is { } original
                ? Loaders.Articles(c, store).LoadAsync(original).AsObject()
                : Task.FromResult<object?>(null))
            .Field("Article", "cites", async c =>
                (object?)await Loaders.LoadAllAsync(Loaders.Articles(c, store), ((Article)c.Source!).Cites).ConfigureAwait(false))
            .Field("Article", "relations", async c =>
                (object?)(await Loaders.RelationsCiting(c, store).LoadAsync(((Article)c.Source!).Id).ConfigureAwait(false) ?? []));
    }
}
