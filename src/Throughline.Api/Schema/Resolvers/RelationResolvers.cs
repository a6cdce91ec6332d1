using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Api.Schema.Resolvers;

/// <summary>Relation, Evidence and Money fields that reach other records or need conversion.</summary>
internal static class RelationResolvers
{
    public static void Bind(ResolverBinder binder, IGraphStore store)
    {
        binder
            .Field("Relation", "from", c => Loaders.Entities(c, store).LoadAsync(((Relation)c.Source!).From).AsObject())
            .Field("Relation", "to", c => Loaders.Entities(c, store).LoadAsync(((Relation)c.Source!).To).AsObject())
            .Field("Relation", "independentSources", async c =>
            {
                var relation = (Relation)c.Source!;
                var articles = await Loaders.ArticleClosureAsync(
                    Loaders.Articles(c, store), relation.Evidence.Select(e => e.ArticleId)).ConfigureAwait(false);
                return (object?)Provenance.IndependentSources(relation, articles);
            })
            .Field("Evidence", "article", c => Loaders.Articles(c, store).LoadAsync(((Evidence)c.Source!).ArticleId).AsObject())
            .Field("Money", "value", c => (object?)(double)((Money)c.Source!).Value);
    }
}
