using Throughline.Core.Model;
using Throughline.Export.Writers;

namespace Throughline.Export.Tests.Writers;

public sealed class FtmMappingTests
{
    public static TheoryData<RelationType> Types() => [.. RelationCatalogue.All.Select(i => i.Type)];

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_relation_type_has_a_mapping_of_its_own_rather_than_the_fallback(RelationType type)
    {
        var relation = new Relation("r", type, "org/a", "org/b", RelationStatus.Reported, 0.8, []);
        var info = RelationCatalogue.Get(type);
        foreach (var target in info.ToKinds)
        {
            var link = FtmMapping.For(relation, target);
            if (type == RelationType.Administers)
            {
                link.Should().BeNull("a sanctions list is no FtM entity, so only the quotes are written");
                continue;
            }

            link!.Role.Should().NotBe(type.WireName(), $"{type.WireName()} → {target} falls through to the generic UnknownLink");
        }
    }

    [Fact]
    public void An_affiliation_whose_role_names_an_officer_is_a_directorship_and_others_a_membership()
    {
        var director = new Relation("r", RelationType.AffiliatedWith, "person/a", "org/b", RelationStatus.Reported, 0.8, [], Note: "Chairman of the board");
        var member = director with { Note = "researcher" };
        FtmMapping.For(director, EntityKind.Organization)!.Schema.Should().Be("Directorship");
        FtmMapping.For(member, EntityKind.Organization)!.Schema.Should().Be("Membership");
        FtmMapping.For(member with { Note = null, Role = "chief executive" }, EntityKind.Organization)!.Schema.Should().Be("Directorship");
    }

    [Fact]
    public void Every_entity_kind_but_the_sanctions_list_becomes_an_FtM_thing()
    {
        Enum.GetValues<EntityKind>().Where(k => FtmMapping.Schema(k) is null).Should().Equal(EntityKind.SanctionsList);
    }
}
