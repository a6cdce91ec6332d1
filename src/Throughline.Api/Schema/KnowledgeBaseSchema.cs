using Throughline.Api.Schema.Resolvers;
using Throughline.Core.Index;
using Throughline.GraphQL;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Schema;

/// <summary>The knowledge-base schema: Schema/schema.graphql (embedded) bound to resolvers over the indexed graph.</summary>
public static class KnowledgeBaseSchema
{
    public static string Sdl { get; } = Resources.Read("Throughline.Api.schema.graphql");

    public static GraphQLSchema Create(IndexedGraph graph, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var map = new ResolverMap().Scalar("PartialDate", Scalars.PartialDateBinding);
        Enums.Bind(map);
        var binder = new ResolverBinder(map, logger);
        QueryResolvers.Bind(binder, graph);
        EntityResolvers.Bind(binder, graph);
        RelationResolvers.Bind(binder, graph);
        ArticleResolvers.Bind(binder, graph);
        PathResolvers.Bind(binder, graph);
        StatsResolvers.Bind(binder);
        MutationResolvers.Bind(binder, graph);
        var schema = GraphQLSchema.FromSdl(Sdl, map);
        Enums.CheckRelationTypes(schema);
        return schema;
    }
}
