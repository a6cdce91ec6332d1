using Throughline.Core.Model;

namespace Throughline.Core.Tests.Model;

public sealed class RelationCatalogueTests
{
    [Fact]
    public void Every_relation_type_has_exactly_one_entry_at_its_own_index()
    {
        RelationCatalogue.All.Select(i => i.Type).Should().Equal(Enum.GetValues<RelationType>());
        foreach (var type in Enum.GetValues<RelationType>())
        {
            RelationCatalogue.Get(type).Type.Should().Be(type);
        }
    }

    [Fact]
    public void Wire_names_are_unique_upper_snake_case()
    {
        var names = RelationCatalogue.All.Select(i => i.Name).ToList();

        names.Should().OnlyHaveUniqueItems();
        names.Should().OnlyContain(n => n.All(c => char.IsAsciiLetterUpper(c) || c == '_'));
        RelationType.ResearchCollaboration.WireName().Should().Be("RESEARCH_COLLABORATION");
    }

    [Theory]
    [InlineData("SUPPLIES", RelationType.Supplies)]
    [InlineData("supplies", RelationType.Supplies)]
    [InlineData("Located_In", RelationType.LocatedIn)]
    public void Parsing_finds_a_type_by_wire_name_ignoring_case(string name, RelationType expected)
    {
        RelationCatalogue.TryParse(name, out var type).Should().BeTrue();

        type.Should().Be(expected);
    }

    [Theory]
    [InlineData("SUPPLY")]
    [InlineData("Supplies ")]
    [InlineData("")]
    [InlineData(null)]
    public void Parsing_rejects_unknown_names(string? name) =>
        RelationCatalogue.TryParse(name, out _).Should().BeFalse();

    [Theory]
    [InlineData(RelationType.Supplies, EntityKind.Organization, EntityKind.GovernmentBody, true)]
    [InlineData(RelationType.Supplies, EntityKind.Person, EntityKind.Organization, false)]
    [InlineData(RelationType.LocatedIn, EntityKind.Project, EntityKind.Place, true)]
    [InlineData(RelationType.LocatedIn, EntityKind.Organization, EntityKind.Place, false)]
    [InlineData(RelationType.ParentOf, EntityKind.Organization, EntityKind.Organization, true)]
    [InlineData(RelationType.ListedOn, EntityKind.Organization, EntityKind.SanctionsList, true)]
    [InlineData(RelationType.ListedOn, EntityKind.SanctionsList, EntityKind.Organization, false)]
    public void A_type_allows_only_its_kinds_in_its_direction(RelationType type, EntityKind from, EntityKind to, bool allowed) =>
        RelationCatalogue.Get(type).Allows(from, to).Should().Be(allowed);

    [Fact]
    public void Default_confidence_falls_with_the_status()
    {
        var order = new[] { RelationStatus.Confirmed, RelationStatus.Reported, RelationStatus.Disputed, RelationStatus.Denied, RelationStatus.Retracted };

        order.Select(s => s.DefaultConfidence()).Should().BeInDescendingOrder().And.OnlyContain(c => c >= 0 && c <= 1);
        order.Where(s => s.IsNegated()).Should().Equal(RelationStatus.Denied, RelationStatus.Retracted);
    }
}
