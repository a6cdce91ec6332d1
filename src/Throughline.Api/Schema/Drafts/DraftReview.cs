using Throughline.Api.Schema.Mutations;
using Throughline.Core.Drafts;
using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Api.Schema.Drafts;

/// <summary>
/// acceptDraft, rejectDraft and editDraft: each acts on one pending proposal of a stored draft read at one revision,
/// and stores the draft at the next revision (with what an accept writes to the graph, in the same transaction).
/// </summary>
internal sealed class DraftReview(IGraphStore graph, IDraftStore drafts)
{
    public async Task<Draft> RejectAsync(string id, string proposal, CancellationToken ct)
    {
        var draft = await LoadAsync(id, ct).ConfigureAwait(false);
        var changed = Proposal(draft, proposal, "rejected") switch
        {
            DraftEntity e => draft with { Entities = Replace(draft.Entities, e, e with { State = ProposalState.Rejected }) },
            DraftRelation r => draft with { Relations = Replace(draft.Relations, r, r with { State = ProposalState.Rejected }) },
            _ => draft,
        };
        return await StoreAsync(changed, null, ct).ConfigureAwait(false);
    }

    public async Task<Draft> EditAsync(string id, string proposal, IReadOnlyDictionary<string, object?> edit, CancellationToken ct)
    {
        var draft = await LoadAsync(id, ct).ConfigureAwait(false);
        var target = Proposal(draft, proposal, "edited");
        var given = edit.Where(p => p.Value is not null).Select(p => p.Key).ToList();
        if (given.Count == 0)
        {
            throw Errors.BadInput("Argument \"edit\" changes nothing: give type, from or to for a relation, kind or sameAs for a proposed entity.");
        }

        var allowed = target is DraftRelation ? new[] { "type", "from", "to" } : ["kind", "sameAs"];
        if (given.FirstOrDefault(field => !allowed.Contains(field)) is { } wrong)
        {
            throw Errors.BadInput($"Argument \"edit.{wrong}\" does not apply to {(target is DraftRelation ? "a relation" : "a proposed entity")} proposal ('{proposal}'); it takes {string.Join(", ", allowed)}.");
        }

        Draft changed;
        if (target is DraftRelation relation)
        {
            var from = Arguments.Value<string>(edit, "from") ?? relation.From;
            var to = Arguments.Value<string>(edit, "to") ?? relation.To;
            await RequireEndAsync(draft, from, "edit.from", ct).ConfigureAwait(false);
            await RequireEndAsync(draft, to, "edit.to", ct).ConfigureAwait(false);
            var type = edit.GetValueOrDefault("type") is RelationType t ? t : relation.Type;
            changed = draft with { Relations = Replace(draft.Relations, relation, relation with { Type = type, From = from, To = to }) };
        }
        else
        {
            var entity = (DraftEntity)target;
            var sameAs = Arguments.Value<string>(edit, "sameAs") ?? entity.SameAs;
            if (sameAs is not null && (await graph.GetEntitiesAsync([sameAs], ct).ConfigureAwait(false)).Count == 0)
            {
                throw Errors.BadInput($"Argument \"edit.sameAs\": no entity in the graph has the id '{sameAs}' (the candidates are {Candidates(entity)}).");
            }

            var kind = edit.GetValueOrDefault("kind") is EntityKind k ? k : entity.Kind;
            changed = draft with { Entities = Replace(draft.Entities, entity, entity with { Kind = kind, SameAs = sameAs }) };
        }

        return await StoreAsync(changed, null, ct).ConfigureAwait(false);
    }

    public async Task<Draft> AcceptAsync(string id, string proposal, CancellationToken ct)
    {
        var draft = await LoadAsync(id, ct).ConfigureAwait(false);
        var target = Proposal(draft, proposal, "accepted");
        if (target is DraftEntity entity)
        {
            if (entity.SameAs is not null)
            {
                // The reviewer said it is an existing entity: accepting that writes nothing new.
                return await StoreAsync(draft with { Entities = Replace(draft.Entities, entity, entity with { State = ProposalState.Accepted }) }, null, ct)
                    .ConfigureAwait(false);
            }

            var record = NewEntity(entity);
            var validator = new MutationValidator(graph, new ImportBatch([], [record], []));
            await validator.LoadReferencesAsync([], ct).ConfigureAwait(false);
            await CheckNewEntitiesAsync(validator, [record], ct).ConfigureAwait(false);
            validator.ThrowIfInvalid();
            var accepted = draft with { Entities = Replace(draft.Entities, entity, entity with { State = ProposalState.Accepted }) };
            return await StoreAsync(accepted, new ImportBatch([], [record], []), ct).ConfigureAwait(false);
        }

        return await AcceptRelationAsync(draft, (DraftRelation)target, ct).ConfigureAwait(false);
    }

    private async Task<Draft> AcceptRelationAsync(Draft draft, DraftRelation relation, CancellationToken ct)
    {
        var entities = draft.Entities.ToList();
        var written = new List<Entity>();
        string End(string end, string field)
        {
            var index = entities.FindIndex(e => e.Id == end);
            if (index < 0)
            {
                return end;
            }

            var proposed = entities[index];
            if (proposed.SameAs is { } same)
            {
                return same;
            }

            if (proposed.State == ProposalState.Rejected)
            {
                throw Errors.BadInput(
                    $"Argument \"proposal\": relation '{relation.Id}' has {field} '{end}', a proposed entity that was rejected; edit the relation's {field} first (editDraft).");
            }

            if (proposed.State == ProposalState.Pending)
            {
                written.Add(NewEntity(proposed));
                entities[index] = proposed with { State = ProposalState.Accepted };
            }

            return end;
        }

        var from = End(relation.From, "from");
        var to = End(relation.To, "to");
        if ((await graph.GetRelationsAsync([relation.Id], ct).ConfigureAwait(false)).Count > 0)
        {
            throw Errors.BadInput($"Argument \"proposal\": the graph already holds a relation '{relation.Id}'; accepting would replace it.");
        }

        var input = new RelationInput(
            relation.Id, relation.Type, from, to, relation.Status, relation.Confidence, relation.ValidFrom, relation.ValidTo,
            relation.StakePercent, relation.Amount, relation.Product, null,
            [.. relation.Evidence.Select(q => new EvidenceInput(draft.Article.Id, q.Quote, q.Stance, Speaker(q.Speaker, entities), q.AttributedTo))]);
        var validator = new MutationValidator(graph, new ImportBatch([draft.Article], written, []));
        await validator.LoadReferencesAsync([input], ct).ConfigureAwait(false);
        validator.CheckArticle(draft.Article, "draft.article");
        await CheckNewEntitiesAsync(validator, written, ct).ConfigureAwait(false);
        var checkedRelation = validator.CheckRelation(input, $"proposal '{relation.Id}'", draft.Article.Id);
        validator.ThrowIfInvalid();

        var accepted = draft with
        {
            Entities = entities,
            Relations = Replace(draft.Relations, relation, relation with { State = ProposalState.Accepted }),
        };
        return await StoreAsync(accepted, new ImportBatch([draft.Article], written, [checkedRelation!]), ct).ConfigureAwait(false);
    }

    private async Task CheckNewEntitiesAsync(MutationValidator validator, IReadOnlyList<Entity> entities, CancellationToken ct)
    {
        var stored = await graph.GetEntitiesAsync([.. entities.Select(e => e.Id)], ct).ConfigureAwait(false);
        for (var i = 0; i < entities.Count; i++)
        {
            validator.CheckEntity(entities[i], $"proposal '{entities[i].Id}'");
            if (stored.Any(s => s.Id == entities[i].Id))
            {
                validator.Problem($"proposal '{entities[i].Id}'", "id", "the graph already holds an entity with this id; choose it as sameAs (editDraft) instead");
            }
        }
    }

    /// <summary>A speaker naming a proposed entity speaks as the entity it resolves to.</summary>
    private static string? Speaker(string? speaker, List<DraftEntity> entities) =>
        speaker is not null && entities.FirstOrDefault(e => e.Id == speaker) is { SameAs: { } same } ? same : speaker;

    private static Entity NewEntity(DraftEntity proposed) => new(proposed.Id, proposed.Name, proposed.Kind, [], null, null);

    private async Task RequireEndAsync(Draft draft, string end, string argument, CancellationToken ct)
    {
        if (draft.Entities.Any(e => e.Id == end) || (await graph.GetEntitiesAsync([end], ct).ConfigureAwait(false)).Count > 0)
        {
            return;
        }

        throw Errors.BadInput($"Argument \"{argument}\": '{end}' is neither an entity of the graph nor a proposed entity of draft '{draft.Id}'.");
    }

    private async Task<Draft> LoadAsync(string id, CancellationToken ct) =>
        await drafts.GetDraftAsync(id, ct).ConfigureAwait(false) ?? throw Errors.NotFound($"Argument \"id\": no draft has the id '{id}'.");

    private static object Proposal(Draft draft, string proposal, string action)
    {
        object? found = (object?)draft.Relations.FirstOrDefault(r => r.Id == proposal) ?? draft.Entities.FirstOrDefault(e => e.Id == proposal);
        var state = found switch
        {
            DraftRelation r => r.State,
            DraftEntity e => e.State,
            _ => throw Errors.NotFound($"Argument \"proposal\": draft '{draft.Id}' has no proposal '{proposal}'."),
        };
        return state == ProposalState.Pending
            ? found!
            : throw Errors.BadInput(
                $"Argument \"proposal\": proposal '{proposal}' of draft '{draft.Id}' is already {state.ToString().ToLowerInvariant()}; only a pending proposal can be {action}.");
    }

    private async Task<Draft> StoreAsync(Draft changed, ImportBatch? accepted, CancellationToken ct)
    {
        try
        {
            return await drafts.UpdateDraftAsync(changed, accepted, ct).ConfigureAwait(false);
        }
        catch (DraftConflictException e)
        {
            throw Errors.BadInput($"Argument \"id\": {e.Message}; read the draft again and retry.");
        }
    }

    private static string Candidates(DraftEntity entity) =>
        entity.Candidates.Count == 0 ? "none" : string.Join(", ", entity.Candidates.Select(c => $"'{c.EntityId}'"));

    private static List<T> Replace<T>(IReadOnlyList<T> items, T old, T replacement)
        where T : class => [.. items.Select(i => ReferenceEquals(i, old) ? replacement : i)];
}
