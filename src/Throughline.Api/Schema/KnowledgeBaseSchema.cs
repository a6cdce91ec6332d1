using Throughline.Api.Schema.Resolvers;
using Throughline.Api.KnowledgeBase;
using Throughline.GraphQL;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Schema;

/// <summary>The knowledge-base schema: Schema/schema.graphql (embedded) bound to resolvers over the indexed graph.</summary>
public static class KnowledgeBaseSchema
{
    public static string Sdl { get; } = Resources.Read("Throughline.Api.schema.graphql");

    public static GraphQLSchema Create(KnowledgeGraph graph, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var map = new ResolverMap().Scalar("PartialDate", Scalars.PartialDateBinding);
        Enums.Bind(map);
        var binder = new ResolverBinder(map, logger);
        QueryResolvers.Bind(binder, graph);
        EntityResolvers.Bind(binder, graph.Store);
        RelationResolvers.Bind(binder, graph.Store);
        ArticleResolvers.Bind(binder, graph.Store);
        PathResolvers.Bind(binder, graph.Store);
        StatsResolvers.Bind(binder);
        MutationResolvers.Bind(binder, graph.Store);
        DraftResolvers.Bind(binder, graph);
        var schema = GraphQLSchema.FromSdl(Sdl, map);
        Enums.CheckRelationTypes(schema);
        return schema;
    }
}
