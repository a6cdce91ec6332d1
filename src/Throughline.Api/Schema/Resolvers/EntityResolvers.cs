using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.GraphQL.Execution;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Schema.Resolvers;

/// <summary>Entity fields that reach other records.</summary>
internal static class EntityResolvers
{
    private const int MaxRelations = 500;

    public static void Bind(ResolverBinder binder, IGraphStore store)
    {
        binder
            .Field("Entity", "locatedIn", c => ((Entity)c.Source!).LocatedIn is { } parent
                ? Loaders.Entities(c, store).LoadAsync(parent).AsObject()
                : Task.FromResult<object?>(null))
            .Field("Entity", "relations", c => RelationsAsync(c, store))
            .Field("Entity", "articles", c => ArticlesAsync(c, store));
    }

    private static async Task<object?> RelationsAsync(ResolveFieldContext context, IGraphStore store)
    {
        var entity = (Entity)context.Source!;
        var first = Arguments.PageSize(context, "first", MaxRelations);
        var direction = context.Arguments.GetValueOrDefault("direction") is Direction d ? d : Direction.Any;
        var types = Arguments.List<RelationType>(context.Arguments, "types");
        var loader = Loaders.RelationsOf(context, store, direction, types, first);
        return await loader.LoadAsync(entity.Id).ConfigureAwait(false) ?? [];
    }

    private static async Task<object?> ArticlesAsync(ResolveFieldContext context, IGraphStore store)
    {
        var entity = (Entity)context.Source!;
        var relations = await Loaders.RelationsOf(context, store, Direction.Any, null, int.MaxValue).LoadAsync(entity.Id).ConfigureAwait(false) ?? [];
        var ids = relations.SelectMany(r => r.Evidence).Select(e => e.ArticleId).Distinct().Order(StringComparer.Ordinal);
        return await Loaders.LoadAllAsync(Loaders.Articles(context, store), ids).ConfigureAwait(false);
    }
}
