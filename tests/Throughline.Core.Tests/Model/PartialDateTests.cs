using Throughline.Core.Model;

namespace Throughline.Core.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2010", 2010, null, null)]
    [InlineData("2016-03", 2016, 3, null)]
    [InlineData("2019-10-07", 2019, 10, 7)]
    [InlineData("2020-02-29", 2020, 2, 29)]
    public void Parses_year_month_and_day_forms(string text, int year, int? month, int? day)
    {
        var date = PartialDate.Parse(text);

        (date.Year, date.Month, date.Day).Should().Be((year, month, day));
        date.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("2019-1")]
    [InlineData("2019/10")]
    [InlineData("2019-13")]
    [InlineData("2019-02-29")]
    [InlineData("2019-04-31")]
    [InlineData("0000")]
    [InlineData("2019-10-07-01")]
    [InlineData("two thousand")]
    public void Rejects_malformed_or_impossible_dates_with_a_reason(string text)
    {
        PartialDate.TryParse(text, out _, out var error).Should().BeFalse();

        error.Should().Contain($"'{text}'");
    }

    [Fact]
    public void A_partial_date_spans_all_its_days()
    {
        var year = PartialDate.Parse("2016");
        var february = PartialDate.Parse("2016-02");

        year.FirstDay.Should().Be(new DateOnly(2016, 1, 1).DayNumber);
        year.LastDay.Should().Be(new DateOnly(2016, 12, 31).DayNumber);
        february.LastDay.Should().Be(new DateOnly(2016, 2, 29).DayNumber, "2016 is a leap year");
        PartialDate.Parse("2016-02-10").LastDay.Should().Be(PartialDate.Parse("2016-02-10").FirstDay);
    }

    [Theory]
    [InlineData("2016", "2016-03", true)]
    [InlineData("2016", "2016-12-31", true)]
    [InlineData("2016-03", "2016", false)]
    [InlineData("2016", "2017-01-01", false)]
    [InlineData("2016-03", "2016-03", true)]
    public void Containment_compares_day_ranges(string outer, string inner, bool contains) =>
        PartialDate.Parse(outer).Contains(PartialDate.Parse(inner)).Should().Be(contains);

    [Fact]
    public void Dates_order_by_first_day_then_the_more_precise_first()
    {
        var dates = new[] { "2017", "2016", "2016-03", "2016-01", "2016-01-01", "2015-12-31" }.Select(PartialDate.Parse);

        dates.Order().Select(d => d.ToString()).Should().Equal("2015-12-31", "2016-01-01", "2016-01", "2016", "2016-03", "2017");
        (PartialDate.Parse("2016-01") < PartialDate.Parse("2016")).Should().BeTrue();
    }
}
