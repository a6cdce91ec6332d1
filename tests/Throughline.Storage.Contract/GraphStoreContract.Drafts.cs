using Throughline.Core.Drafts;
using Throughline.Core.Storage;

namespace Throughline.Storage.Contract;

public abstract partial class GraphStoreContract
{
    private IDraftStore Drafts => Store as IDraftStore ?? throw new InvalidOperationException($"the {Store.Name} store holds no drafts");

    [Fact]
    public async Task A_stored_draft_reads_back_whole_at_revision_one()
    {
        await ImportContractGraphAsync();
        var added = await Drafts.AddDraftAsync(ContractDrafts.Draft());

        added.Revision.Should().Be(1);
        var read = await Drafts.GetDraftAsync("f-new");
        read.Should().Be(added);
        DraftJson.Write(read!).Should().Be(DraftJson.Write(ContractDrafts.Draft() with { Revision = 1 }));
        (await Drafts.GetDraftAsync("no-such-draft")).Should().BeNull();
    }

    [Fact]
    public async Task Drafts_are_listed_by_id()
    {
        await Drafts.AddDraftAsync(ContractDrafts.Draft("zz-later"));
        await Drafts.AddDraftAsync(ContractDrafts.Draft("aa-first"));

        (await Drafts.ListDraftsAsync()).Select(d => d.Id).Should().Equal("aa-first", "zz-later");
    }

    [Fact]
    public async Task Adding_a_draft_whose_id_is_taken_is_a_conflict_and_keeps_the_first()
    {
        await Drafts.AddDraftAsync(ContractDrafts.Draft());
        var second = ContractDrafts.Draft() with { Entities = [] };

        await FluentActions.Awaiting(() => Drafts.AddDraftAsync(second)).Should().ThrowAsync<DraftConflictException>().WithMessage("*f-new*");
        (await Drafts.GetDraftAsync("f-new"))!.Entities.Should().HaveCount(1);
    }

    [Fact]
    public async Task Drafts_are_not_part_of_the_graph()
    {
        await ImportContractGraphAsync();
        var stats = await Store.GetStatsAsync();
        var snapshot = await Store.ReadAllAsync();

        await Drafts.AddDraftAsync(ContractDrafts.Draft());

        (await Store.GetStatsAsync()).Should().BeEquivalentTo(stats);
        var after = await Store.ReadAllAsync();
        after.Articles.Select(a => a.Id).Should().Equal(snapshot.Articles.Select(a => a.Id));
        after.Entities.Select(e => e.Id).Should().Equal(snapshot.Entities.Select(e => e.Id));
        after.Relations.Select(r => r.Id).Should().Equal(snapshot.Relations.Select(r => r.Id));
        (await Store.GetEntitiesAsync(["org/delta-optics"])).Should().BeEmpty();
    }

    [Fact]
    public async Task Accepting_writes_the_records_and_the_draft_together()
    {
        await ImportContractGraphAsync();
        var draft = await Drafts.AddDraftAsync(ContractDrafts.Draft());
        var marked = draft with { Relations = [draft.Relations[0] with { State = ProposalState.Accepted }, draft.Relations[1]] };

        var updated = await Drafts.UpdateDraftAsync(marked, ContractDrafts.AcceptFirst(draft));

        updated.Revision.Should().Be(2);
        (await Drafts.GetDraftAsync("f-new")).Should().Be(updated);
        var relation = (await Store.GetRelationsAsync(["acme-supplies-gamma-sensors"])).Should().ContainSingle().Subject;
        relation.Evidence.Should().ContainSingle().Which.Quote.Should().Be("Acme sells sensors to Gamma.");
        (await Store.GetArticlesAsync(["f-new"])).Should().ContainSingle();
    }

    [Fact]
    public async Task An_update_at_a_stale_revision_writes_nothing()
    {
        await ImportContractGraphAsync();
        var draft = await Drafts.AddDraftAsync(ContractDrafts.Draft());
        var rejected = await Drafts.UpdateDraftAsync(draft with { Entities = [draft.Entities[0] with { State = ProposalState.Rejected }] }, null);

        // Read before the rejection: the accept must not overwrite it, nor write the relation.
        var stale = draft with { Relations = [draft.Relations[0] with { State = ProposalState.Accepted }, draft.Relations[1]] };
        await FluentActions.Awaiting(() => Drafts.UpdateDraftAsync(stale, ContractDrafts.AcceptFirst(draft)))
            .Should().ThrowAsync<DraftConflictException>().WithMessage("*revision 1*");

        (await Drafts.GetDraftAsync("f-new")).Should().Be(rejected);
        (await Store.GetRelationsAsync(["acme-supplies-gamma-sensors"])).Should().BeEmpty();
        (await Store.GetArticlesAsync(["f-new"])).Should().BeEmpty();
    }

    [Fact]
    public async Task Updating_a_draft_that_is_not_stored_is_a_conflict()
    {
        await FluentActions.Awaiting(() => Drafts.UpdateDraftAsync(ContractDrafts.Draft("gone") with { Revision = 1 }, null))
            .Should().ThrowAsync<DraftConflictException>().WithMessage("*gone*");
        (await Drafts.ListDraftsAsync()).Should().BeEmpty();
    }
}
