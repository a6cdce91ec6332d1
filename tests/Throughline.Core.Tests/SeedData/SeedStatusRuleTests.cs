namespace Throughline.Core.Tests.SeedData;

/// <summary>Status follows evidence: each rule has a relation in the fixture that breaks it and one that keeps it.</summary>
public sealed class SeedStatusRuleTests
{
    private static readonly IReadOnlyList<string> Problems = SeedFixtures.Problems("status-rules");

    [Fact]
    public void Exactly_the_relations_whose_status_their_evidence_does_not_bear_out_are_reported() =>
        Problems.Select(p => p[..p.IndexOf(": status", StringComparison.Ordinal)]).Should().Equal(
            "claims/news-1.yaml:40: relation 'confirmed-by-an-outsider'",
            "claims/news-1.yaml:50: relation 'confirmed-without-confirmation'",
            "claims/news-1.yaml:57: relation 'denied-by-a-label'",
            "claims/news-1.yaml:77: relation 'disputed-without-dispute'");

    [Fact]
    public void Confirmed_needs_a_confirmation_spoken_by_a_party() =>
        Problems.Should().Contain(
            "claims/news-1.yaml:40: relation 'confirmed-by-an-outsider': status Confirmed needs a 'stance: CONFIRMS' item spoken by a party " +
            "(org/acme, org/beta, an owner or parent of one, or a person affiliated with one); the CONFIRMS item's speaker 'org/gamma' is none of these");

    [Fact]
    public void Confirmed_without_any_confirmation_says_so() =>
        Problems.Should().Contain(p => p.StartsWith("claims/news-1.yaml:50:", StringComparison.Ordinal)
            && p.EndsWith("or a person affiliated with one)", StringComparison.Ordinal));

    [Fact]
    public void A_person_affiliated_with_a_partys_parent_speaks_for_the_party() =>
        Problems.Should().NotContain(p => p.Contains("confirmed-by-the-parents-officer", StringComparison.Ordinal));

    [Fact]
    public void Denied_needs_a_denial_from_a_party_not_from_an_unnamed_label() =>
        Problems.Should().Contain(p => p.StartsWith("claims/news-1.yaml:57: relation 'denied-by-a-label': status Denied needs a 'stance: DENIES' item", StringComparison.Ordinal)
            && p.EndsWith("the DENIES item's speaker 'Beta spokeswoman' is none of these", StringComparison.Ordinal));

    [Fact]
    public void Disputed_needs_a_disputing_or_denying_item_from_anyone() =>
        Problems.Should().Contain("claims/news-1.yaml:77: relation 'disputed-without-dispute': status Disputed needs an evidence item with 'stance: DISPUTES' or 'stance: DENIES'")
            .And.NotContain(p => p.Contains("disputed-by-a-label", StringComparison.Ordinal));
}
