using System.Text.Json;

namespace Throughline.Cli.Tests.Commands;

public sealed class EntityCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public EntityCommandTests() => _cli.CopyFixture("tiny", "seed");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Entity_found_by_alias_shows_its_relations_with_status_dates_party_and_quotes()
    {
        await _cli.RunAsync("import", "seed");

        var result = await _cli.RunAsync("entity", "acme corp.");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("Acme (org/acme) — Organization, US")
            .And.Contain("aliases: Acme Corp.")
            .And.Contain("SUPPLIES → Beta Systems (org/beta)  [Reported, 0.7, 2018–2019, product: chips, 1 independent source]  acme-supplies-beta")
            .And.Contain("ASSERTS: \"Acme Corp. sold chips to Beta Systems in 2018.\" (news-1)");
    }

    [Fact]
    public async Task A_claim_and_the_partys_denial_are_told_apart_by_stance_and_speaker()
    {
        await _cli.RunAsync("import", RepositoryPaths.SeedData);

        var result = await _cli.RunAsync("entity", "Microsoft");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("PARTNERED_WITH → SenseNets (org/sensenets)  [Denied")
            .And.Contain("ASSERTS (org/sensenets): \"by a firm, SenseNets, which claims to have a partnership with Microsoft.\"")
            .And.Contain("DENIES (org/microsoft): \"(Microsoft denies that any such partnership exists.)\"");
    }

    [Fact]
    public async Task A_stake_confirmed_by_the_owner_to_another_outlet_has_two_independent_sources()
    {
        await _cli.RunAsync("import", RepositoryPaths.SeedData);

        var result = await _cli.RunAsync("entity", "Hewlett Packard Enterprise");

        result.Out.Should().MatchRegex(@"OWNS → New H3C Technologies \(org/new-h3c\)  \[Confirmed, [^\]]*stake 49%, 2 independent sources\]  hpe-owns-49pct-of-new-h3c")
            .And.Contain("CONFIRMS (org/hpe): \"A Hewlett Packard Enterprise spokesperson told The Hill");
    }

    [Fact]
    public async Task Entity_shows_incoming_relations_from_the_other_side()
    {
        await _cli.RunAsync("import", "seed");

        var result = await _cli.RunAsync("entity", "org/beta");

        result.Out.Should().Contain("incoming (1)").And.Contain("SUPPLIES ← Acme (org/acme)");
    }

    [Fact]
    public async Task Entity_json_has_the_relation_and_its_evidence_offsets()
    {
        await _cli.RunAsync("import", "seed");
        var text = (await _cli.ReadDatabaseAsync()).Articles.Single(a => a.Id == "news-1").Text!;

        var result = await _cli.RunAsync("entity", "Acme", "--json");

        using var json = JsonDocument.Parse(result.Out);
        var relation = json.RootElement.GetProperty("outgoing").EnumerateArray().Should().ContainSingle().Subject;
        relation.GetProperty("otherId").GetString().Should().Be("org/beta");
        relation.GetProperty("validFrom").GetString().Should().Be("2018");
        var evidence = relation.GetProperty("evidence")[0];
        var (start, end) = (evidence.GetProperty("start").GetInt32(), evidence.GetProperty("end").GetInt32());
        text[start..end].Should().Be(evidence.GetProperty("quote").GetString());
    }

    [Fact]
    public async Task An_unknown_entity_exits_1_and_suggests_near_names()
    {
        await _cli.RunAsync("import", "seed");

        var unknown = await _cli.RunAsync("entity", "Zeta");
        var partial = await _cli.RunAsync("entity", "Bet");

        unknown.ExitCode.Should().Be(1);
        unknown.Error.Should().Contain("no entity has the id, name or alias 'Zeta'");
        partial.ExitCode.Should().Be(1);
        partial.Error.Should().Contain("did you mean: Beta Systems (org/beta)");
    }
}
