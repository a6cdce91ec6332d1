using Throughline.Api.Schema.Mutations;
using Throughline.Core.Model;
using Throughline.Core.Storage;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Schema.Resolvers;

/// <summary>
/// The mutations. Authentication happens before execution (GraphQLPipeline); here every input is validated in full,
/// then written as one atomic batch through the indexed graph, so the next path query sees the change.
/// </summary>
internal static class MutationResolvers
{
    public static void Bind(ResolverBinder binder, IGraphStore graph)
    {
        binder
            .Field("Mutation", "importArticle", c => ImportArticleAsync(c, graph))
            .Field("Mutation", "upsertEntity", c => UpsertEntityAsync(c, graph))
            .Field("Mutation", "addRelation", c => AddRelationAsync(c, graph))
            .Field("Mutation", "setRelationStatus", c => SetRelationStatusAsync(c, graph));
    }

    private static async Task<object?> ImportArticleAsync(ResolveFieldContext context, IGraphStore graph)
    {
        var input = Arguments.Object(context, "input")!;
        var article = MutationInputs.Article((IReadOnlyDictionary<string, object?>)input["article"]!);
        var entities = (Arguments.List<IReadOnlyDictionary<string, object?>>(input, "entities") ?? []).Select(MutationInputs.Entity).ToList();
        var relations = (Arguments.List<IReadOnlyDictionary<string, object?>>(input, "relations") ?? []).Select((r, i) => MutationInputs.Relation(r, $"input.relations[{i}]")).ToList();

        var validator = new MutationValidator(graph, new ImportBatch([article], entities, []));
        await validator.LoadReferencesAsync(relations, context.CancellationToken).ConfigureAwait(false);
        validator.CheckArticle(article, "input.article");
        await CheckEntitiesAsync(validator, graph, entities, "input.entities", context.CancellationToken).ConfigureAwait(false);
        validator.CheckUnique(relations.Select(r => r.Id), "input.relations", "relation");
        var checkedRelations = relations.Select((r, i) => validator.CheckRelation(r, $"input.relations[{i}]", article.Id)).ToList();
        validator.ThrowIfInvalid();

        var batch = new ImportBatch([article], entities, [.. checkedRelations.OfType<Relation>()]);
        var result = await graph.ApplyAsync(batch, context.CancellationToken).ConfigureAwait(false);
        return ImportArticleResult.From(batch, result);
    }

    private static async Task<object?> UpsertEntityAsync(ResolveFieldContext context, IGraphStore graph)
    {
        var entity = MutationInputs.Entity(Arguments.Object(context, "input")!);
        var validator = new MutationValidator(graph, new ImportBatch([], [entity], []));
        await validator.LoadReferencesAsync([], context.CancellationToken).ConfigureAwait(false);
        await CheckEntitiesAsync(validator, graph, [entity], "input", context.CancellationToken).ConfigureAwait(false);
        validator.ThrowIfInvalid();
        await graph.ApplyAsync(new ImportBatch([], [entity], []), context.CancellationToken).ConfigureAwait(false);
        return entity;
    }

    private static async Task<object?> AddRelationAsync(ResolveFieldContext context, IGraphStore graph)
    {
        var input = MutationInputs.Relation(Arguments.Object(context, "input")!);
        var validator = new MutationValidator(graph, new ImportBatch([], [], []));
        await validator.LoadReferencesAsync([input], context.CancellationToken).ConfigureAwait(false);
        var relation = validator.CheckRelation(input, "input", defaultArticle: null);
        validator.ThrowIfInvalid();
        await graph.ApplyAsync(new ImportBatch([], [], [relation!]), context.CancellationToken).ConfigureAwait(false);
        return relation;
    }

    private static async Task<object?> SetRelationStatusAsync(ResolveFieldContext context, IGraphStore graph)
    {
        var id = context.GetArgument<string>("id")!;
        var status = context.Arguments.GetValueOrDefault("status") is RelationStatus s ? s : RelationStatus.Reported;
        var relation = await graph.GetRelationAsync(id, context.CancellationToken).ConfigureAwait(false)
            ?? throw Errors.NotFound($"No relation has id '{id}'.");
        var evidence = Arguments.Object(context, "evidence") is { } given ? MutationInputs.Evidence(given) : null;
        var added = new List<Evidence>();
        if (evidence is not null)
        {
            var validator = new MutationValidator(graph, new ImportBatch([], [], []));
            var probe = new RelationInput(id, relation.Type, relation.From, relation.To, status, null, null, null, null, null, null, null, [evidence]);
            await validator.LoadReferencesAsync([probe], context.CancellationToken).ConfigureAwait(false);
            added.AddRange(validator.LocateEvidence([evidence], "evidence", defaultArticle: null));
            validator.ThrowIfInvalid();
        }

        var updated = relation with
        {
            Status = status,
            Confidence = status.DefaultConfidence(),
            Evidence = [.. relation.Evidence, .. added.Where(e => !relation.Evidence.Contains(e))],
        };
        await graph.ApplyAsync(new ImportBatch([], [], [updated]), context.CancellationToken).ConfigureAwait(false);
        return updated;
    }

    private static async Task CheckEntitiesAsync(
        MutationValidator validator, IGraphStore store, IReadOnlyList<Entity> entities, string at, CancellationToken ct)
    {
        validator.CheckUnique(entities.Select(e => e.Id), at, "entity");
        var stored = (await store.GetEntitiesAsync([.. entities.Select(e => e.Id)], ct).ConfigureAwait(false))
            .ToDictionary(e => e.Id, StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            var path = entities.Count == 1 && at == "input" ? at : $"{at}[{i}]";
            validator.CheckEntity(entities[i], path);
            if (stored.TryGetValue(entities[i].Id, out var existing) && existing.Kind != entities[i].Kind)
            {
                validator.Problem(path, "kind", $"'{existing.Id}' is stored as {Enums.WireName(existing.Kind)}; an entity's kind cannot change because its relations depend on it");
            }
        }
    }
}
