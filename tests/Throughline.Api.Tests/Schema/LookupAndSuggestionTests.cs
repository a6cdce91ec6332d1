using System.Text.Json;
using Throughline.Api.Tests.Support;
using Throughline.Core.Model;

namespace Throughline.Api.Tests.Schema;

[Collection(SharedServerCollection.Name)]
public sealed class LookupAndSuggestionTests(SharedServer shared)
{
    private ApiServer Api => shared.Server;

    [Fact]
    public async Task Lookup_finds_an_entity_by_an_alias_ignoring_case()
    {
        var alias = SeedFacts.Batch.Entities.First(e => e.Id == "org/hikvision").Aliases[0];
        var lookup = (await Api.PostAsync("query($n: String!) { lookup(name: $n) { matches { id } suggestions { id } } }", new { n = alias.ToUpperInvariant() }))
            .Data.GetProperty("lookup");
        Ids(lookup.GetProperty("matches")).Should().Equal("org/hikvision");
        Ids(lookup.GetProperty("suggestions")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_misspelt_name_is_answered_with_the_closest_names()
    {
        var lookup = (await Api.PostAsync("{ lookup(name: \"Intell\") { matches { id } suggestions { id } } }")).Data.GetProperty("lookup");
        Ids(lookup.GetProperty("matches")).Should().BeEmpty();
        Ids(lookup.GetProperty("suggestions")).Should().StartWith("org/intel");
    }

    [Fact]
    public async Task A_path_selector_name_that_matches_nothing_says_did_you_mean()
    {
        var paths = (await Api.PostAsync("""
            { paths(from: { names: ["Hikvison"] }, to: { kinds: [PROJECT] }) {
                totalCount messages suggestions { argument name entities { id } } } }
            """)).Data.GetProperty("paths");
        paths.GetProperty("totalCount").GetInt32().Should().Be(0);
        var suggestion = paths.GetProperty("suggestions").EnumerateArray().Should().ContainSingle().Subject;
        suggestion.GetProperty("argument").GetString().Should().Be("from.names");
        Ids(suggestion.GetProperty("entities")).Should().StartWith("org/hikvision");
        paths.GetProperty("messages").EnumerateArray().Select(m => m.GetString()).Should().Contain(m => m!.Contains("did you mean 'Hikvision'"));
    }

    [Fact]
    public async Task Countries_select_us_companies_where_located_in_would_select_companies_operating_there()
    {
        var paths = (await Api.PostAsync("""
            { paths(from: { kinds: [ORGANIZATION], countries: ["us"] }, to: { kinds: [PROJECT], locatedIn: ["Xinjiang"] }, first: 100) {
                edges { node { entities { id } } } } }
            """)).Data.GetProperty("paths");
        var starts = paths.GetProperty("edges").EnumerateArray().Select(e => Ids(e.GetProperty("node").GetProperty("entities"))[0]).Distinct().ToList();
        var usCompanies = SeedFacts.Batch.Entities.Where(e => e.Country == "US" && e.Kind == EntityKind.Organization).Select(e => e.Id).ToHashSet();
        starts.Should().NotBeEmpty().And.Contain("org/intel").And.OnlyContain(id => usCompanies.Contains(id));
    }

    [Fact]
    public async Task A_country_no_entity_has_gives_an_empty_answer_with_a_message()
    {
        var paths = (await Api.PostAsync("{ paths(from: { countries: [\"ZZ\"] }, to: { kinds: [PROJECT] }) { totalCount messages } }")).Data.GetProperty("paths");
        paths.GetProperty("totalCount").GetInt32().Should().Be(0);
        paths.GetProperty("messages")[0].GetString().Should().Contain("from.countries").And.Contain("'ZZ'");
    }

    [Fact]
    public async Task The_placement_context_holds_the_located_in_relations_from_the_route_ends_to_the_target_place()
    {
        var paths = (await Api.PostAsync("""
            { paths(from: { ids: ["org/intel"] }, to: { kinds: [PROJECT], locatedIn: ["Xinjiang"] }, first: 100) {
                edges { node { entities { id } } } placement { entities { id } relations { type from { id } to { id } } } } }
            """)).Data.GetProperty("paths");
        var ends = paths.GetProperty("edges").EnumerateArray().Select(e => Ids(e.GetProperty("node").GetProperty("entities"))[^1]).ToHashSet();
        var placement = paths.GetProperty("placement");
        Ids(placement.GetProperty("entities")).Should().Contain("place/xinjiang").And.Contain(ends);
        var relations = placement.GetProperty("relations").EnumerateArray().ToList();
        relations.Should().NotBeEmpty();
        relations.Select(r => r.GetProperty("type").GetString()).Should().OnlyContain(t => t == "LOCATED_IN" || t == "OPERATES_IN");
        var expected = SeedFacts.Batch.Relations
            .Where(r => r.Type == RelationType.LocatedIn && !r.Status.IsNegated() && ends.Contains(r.From) && r.To == "place/xinjiang")
            .Select(r => (r.From, r.To));
        relations.Select(r => (r.GetProperty("from").GetProperty("id").GetString()!, r.GetProperty("to").GetProperty("id").GetString()!))
            .Should().Contain(expected);
    }

    [Fact]
    public async Task A_neighbourhood_follows_both_directions_by_default_so_netposa_s_investors_show()
    {
        var subgraph = (await Api.PostAsync("{ neighborhood(id: \"org/netposa\") { entities { id } } }")).Data.GetProperty("neighborhood");
        var investors = SeedFacts.Batch.Relations.Where(r => r.To == "org/netposa" && !r.Status.IsNegated()).Select(r => r.From).ToList();
        investors.Should().NotBeEmpty();
        Ids(subgraph.GetProperty("entities")).Should().Contain(investors);
    }

    [Fact]
    public async Task The_partial_date_scalar_names_its_specification_and_the_schema_has_a_description()
    {
        var data = (await Api.PostAsync("{ __type(name: \"PartialDate\") { specifiedByURL } __schema { description } }")).Data;
        data.GetProperty("__type").GetProperty("specifiedByURL").GetString().Should().StartWith("https://");
        data.GetProperty("__schema").GetProperty("description").GetString().Should().Contain("Throughline");
    }

    private static List<string> Ids(JsonElement list) => [.. list.EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
}
