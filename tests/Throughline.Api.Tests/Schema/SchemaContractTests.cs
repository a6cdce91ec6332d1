using Throughline.Api.Schema;
using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.GraphQL;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Tests.Schema;

public sealed class SchemaContractTests
{
    private static readonly GraphQLSchema Schema = GraphQLSchema.FromSdl(KnowledgeBaseSchema.Sdl);

    [Fact]
    public void The_relation_type_enum_is_the_catalogue_with_its_directions_and_descriptions()
    {
        var values = Values("RelationType");
        values.Select(v => v.Name).Should().Equal(RelationCatalogue.All.Select(i => i.Name));
        values.Select(v => v.Description).Should().Equal(RelationCatalogue.All.Select(i => $"{i.Direction}. {i.Description}"));
    }

    [Fact]
    public void Schema_graphql_spells_the_relation_type_enum_as_generated_from_the_catalogue() =>
        KnowledgeBaseSchema.Sdl.Replace("\r\n", "\n", StringComparison.Ordinal).Should().Contain(
            Enums.RelationTypeSdl(), "schema.graphql must hold this generated block; paste it over the RelationType enum");

    [Fact]
    public void The_entity_kind_status_and_direction_enums_match_the_core_enums()
    {
        Values("EntityKind").Select(v => v.Name).Should().Equal(Enum.GetValues<EntityKind>().Select(k => Enums.WireName(k)));
        Values("RelationStatus").Select(v => v.Name).Should().Equal(Enum.GetValues<RelationStatus>().Select(s => Enums.WireName(s)));
        Values("Direction").Select(v => v.Name).Should().Equal(Enum.GetValues<Direction>().Select(d => Enums.WireName(d)));
    }

    [Fact]
    public void Wire_names_are_screaming_snake_case() =>
        Enums.WireName(EntityKind.GovernmentBody).Should().Be("GOVERNMENT_BODY");

    private static IReadOnlyList<GraphQLEnumValue> Values(string enumName) => ((GraphQLEnumType)Schema.GetType(enumName)!).Values;
}
