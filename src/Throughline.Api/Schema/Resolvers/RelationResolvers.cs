using Throughline.Core.Model;
using Throughline.Core.SeedData;
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
            .Field("Relation", "statements", c => ((Relation)c.Source!).Evidence.Where(e => e.Stance != EvidenceStance.Asserts).ToList())
            .Field("Evidence", "article", c => Loaders.Articles(c, store).LoadAsync(((Evidence)c.Source!).ArticleId).AsObject())
            .Field("Evidence", "origin", c => Loaders.Articles(c, store).LoadAsync(((Evidence)c.Source!).OriginId).AsObject())
            .Field("Evidence", "speaker", async c =>
            {
                // An entity id names an entity (the validator checked it exists); anything else is a label.
                var speaker = ((Evidence)c.Source!).Speaker;
                if (speaker is null)
                {
                    return null;
                }

                return SeedIds.IsEntityId(speaker)
                    ? await Loaders.Entities(c, store).LoadAsync(speaker).ConfigureAwait(false) ?? (object)new SpeakerLabel(speaker)
                    : new SpeakerLabel(speaker);
            })
            .Field("Money", "value", c => (object?)(double)((Money)c.Source!).Value)
            .Field("MoneyAlternative", "value", c => (object?)(double)((Money)c.Source!).Value)
            .Field("Quantity", "value", c => (object?)(double)((Quantity)c.Source!).Value);
        binder.Map.IsTypeOf("Entity", v => v is Entity).IsTypeOf("SpeakerLabel", v => v is SpeakerLabel);
    }
}
