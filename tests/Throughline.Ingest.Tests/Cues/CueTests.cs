using Throughline.Core.Model;
using Throughline.Ingest.Cues;

namespace Throughline.Ingest.Tests.Cues;

public sealed class CueTests
{
    [Theory]
    [InlineData("paid 1.8 billion yuan ($256 million) a year", 1_800_000_000, "CNY", AmountQualifier.Exact, "year")]
    [InlineData("raised at least $5 million", 5_000_000, "USD", AmountQualifier.AtLeast, null)]
    [InlineData("worth about €40m", 40_000_000, "EUR", AmountQualifier.About, null)]
    [InlineData("up to 300,000 dollars", 300_000, "USD", AmountQualifier.AtMost, null)]
    public void Amounts_keep_their_currency_hedge_and_period(string text, double value, string currency, AmountQualifier qualifier, string? period)
    {
        var money = AmountCue.Find(text);

        money.Should().NotBeNull();
        (money!.Value, money.Currency, money.Qualifier, money.Period).Should().Be(((decimal)value, currency, qualifier, period));
    }

    [Fact]
    public void A_bracketed_figure_in_another_currency_is_the_alternative()
    {
        AmountCue.Find("a 1.8 billion yuan ($256 million) deal")!.Alternative.Should().Be(new Money(256_000_000m, "USD"));
    }

    [Theory]
    [InlineData("bought the shares last year", "2019-11-26", "2018")]
    [InlineData("signed two years ago", "2019-11-26", "2017")]
    [InlineData("agreed last month", "2019-01-10", "2018-12")]
    [InlineData("announced on Tuesday", "2019-11-28", "2019-11-26")]
    [InlineData("announced in December", "2019-11-28", "2018-12")]
    [InlineData("announced on March 5, 2016", "2019-11-28", "2016-03-05")]
    [InlineData("since 2010-04", "2019-11-28", "2010-04")]
    public void Dates_are_read_absolute_or_against_the_publication_date(string text, string published, string expected)
    {
        DateCue.Find(text, PartialDate.Parse(published)).ValidFrom.Should().Be(PartialDate.Parse(expected));
    }

    [Fact]
    public void A_bare_year_without_a_preposition_does_not_date_a_relation()
    {
        DateCue.Find("the 2019 report named them", PartialDate.Parse("2020")).Should().Be(DateCues.None);
    }

    [Theory]
    [InlineData("The firm denied the report.", EvidenceStance.Denies)]
    [InlineData("The firm did not respond to a request for comment.", EvidenceStance.NoComment)]
    [InlineData("It declined to comment.", EvidenceStance.NoComment)]
    [InlineData("It said it abides by all applicable laws.", EvidenceStance.Context)]
    [InlineData("The company confirmed the sale.", EvidenceStance.Confirms)]
    [InlineData("Analysts disputed the figures.", EvidenceStance.Disputes)]
    public void Responses_have_stances(string sentence, EvidenceStance stance)
    {
        StanceCue.Find(sentence)!.Value.Stance.Should().Be(stance);
    }

    [Fact]
    public void A_plain_statement_has_no_stance_cue()
    {
        StanceCue.Find("The firm sold cameras to the bureau.").Should().BeNull();
    }

    [Fact]
    public void Stakes_are_percentages_however_written()
    {
        StakeCue.Find("holds a 19.9 per cent stake").Should().Be(19.9);
        StakeCue.Find("owns 49% of it").Should().Be(49);
        StakeCue.Find("a majority stake").Should().BeNull();
    }
}
