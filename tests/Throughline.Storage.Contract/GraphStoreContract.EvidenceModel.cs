using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Storage.Contract;

/// <summary>Every field of evidence model 2 is stored and read back unchanged, through each read path.</summary>
public abstract partial class GraphStoreContract
{
    public static Entity Expo { get; } = new("event/expo", "Security Expo", EntityKind.Event, ["The Expo"], "CN", "A trade fair.");

    public static Entity Unnamed { get; } = new("org/beta-unit", "a subsidiary of Beta", EntityKind.Organization, [], Unnamed: true);

    /// <summary>A relation that sets every new field, with evidence items of every stance and every optional item field.</summary>
    public static Relation Qualified { get; } = new(
        "acme-supplies-unit", RelationType.Supplies, "org/acme", "org/beta-unit", RelationStatus.Disputed, 0.5,
        [
            ContractGraph.Quote(ContractGraph.Original, "Acme sells chips to Beta Systems.") with { ObservedAt = PartialDate.Parse("2019-10") },
            ContractGraph.Quote(ContractGraph.Report, "The original report said") with
            {
                Stance = EvidenceStance.Confirms, Speaker = "org/acme", AttributedTo = "a statement to the paper", Origin = "a-original",
            },
            ContractGraph.Quote(ContractGraph.Copy, "Gamma denies buying from Acme.") with { Stance = EvidenceStance.Denies, Speaker = "Gamma spokeswoman" },
            ContractGraph.Quote(ContractGraph.Copy, "Gamma denies") with { Stance = EvidenceStance.Disputes },
            ContractGraph.Quote(ContractGraph.Copy, "Acme sells chips") with { Stance = EvidenceStance.NoComment, Origin = "a-original" },
            ContractGraph.Quote(ContractGraph.Original, "invested") with { Stance = EvidenceStance.Context, AttributedTo = "company marketing" },
        ])
    {
        Amount = new Money(1_800_000_000m, "CNY", AmountQualifier.AtLeast, "year", new Money(256_000_000.5m, "USD")),
        Quantity = new Quantity(1700m, "hard disk drives", AmountQualifier.About),
        Channel = SupplyChannel.Indirect,
        Role = "distributor",
        Product = "drives",
    };

    public static Relation AtExpo { get; } = new(
        "acme-at-expo", RelationType.ParticipatedIn, "org/acme", "event/expo", RelationStatus.Reported, 0.8,
        [ContractGraph.Quote(ContractGraph.Original, "Acme sells")]) { Role = "exhibitor" };

    public static Relation Listed { get; } = new(
        "gamma-backed-by-bureau", RelationType.Backs, "gov/bureau", "org/gamma", RelationStatus.Reported, 0.8,
        [ContractGraph.Quote(ContractGraph.Copy, "Gamma")]) { Reason = "not a listing, but kept: reason is free text", Amount = new Money(5m, "USD") };

    private static ImportBatch EvidenceModelBatch => new([], [Expo, Unnamed], [Qualified, AtExpo, Listed]);

    [Fact]
    public async Task Events_unnamed_parties_and_every_new_relation_and_evidence_field_round_trip()
    {
        await ImportContractGraphAsync();
        await Store.ApplyAsync(EvidenceModelBatch);

        (await Store.GetEntitiesAsync([Expo.Id, Unnamed.Id])).Should().BeEquivalentTo([Expo, Unnamed]);
        var read = await Store.GetRelationsAsync([Qualified.Id, AtExpo.Id, Listed.Id]);
        read.Should().BeEquivalentTo([Qualified, AtExpo, Listed], o => o.WithStrictOrderingFor(r => r.Evidence));
        read.Should().Contain(r => r.Equals(Qualified), "record equality covers the new fields too");
    }

    [Fact]
    public async Task The_new_fields_come_back_through_the_listing_neighbour_and_citation_reads()
    {
        await ImportContractGraphAsync();
        await Store.ApplyAsync(EvidenceModelBatch);

        var all = await Store.ReadAllAsync();
        all.Relations.Single(r => r.Id == Qualified.Id).Should().Be(Qualified);
        all.Entities.Single(e => e.Id == Unnamed.Id).Should().Be(Unnamed);
        (await Store.GetRelationsOfAsync("org/beta-unit", Core.Paths.Direction.Any, null, 100)).Should().ContainSingle().Which.Should().Be(Qualified);
        (await Store.GetRelationsCitingAsync("b-copy")).Single(r => r.Id == Qualified.Id).Should().Be(Qualified);
    }

    [Fact]
    public async Task Reimporting_without_the_new_fields_clears_them()
    {
        await ImportContractGraphAsync();
        await Store.ApplyAsync(EvidenceModelBatch);
        var plain = Qualified with
        {
            Amount = null, Quantity = null, Channel = null, Role = null,
            Evidence = [.. Qualified.Evidence.Select(e => new Evidence(e.ArticleId, e.Quote, e.Start, e.End))],
        };

        await Store.ApplyAsync(new ImportBatch([], [Unnamed with { Unnamed = false }], [plain]));

        (await Store.GetRelationsAsync([plain.Id])).Single().Should().Be(plain);
        (await Store.GetEntitiesAsync([Unnamed.Id])).Single().Unnamed.Should().BeFalse();
    }
}
