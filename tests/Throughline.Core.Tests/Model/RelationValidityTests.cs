using Throughline.Core.Model;

namespace Throughline.Core.Tests.Model;

public sealed class RelationValidityTests
{
    private static readonly Relation Stake2010To2016 = Relation("2010", "2016");

    [Theory]
    [InlineData("2009", false)]
    [InlineData("2009-12-31", false)]
    [InlineData("2010-01-01", true)]
    [InlineData("2010", true)]
    [InlineData("2013-06", true)]
    [InlineData("2016", true)]
    [InlineData("2016-12-31", true)]
    [InlineData("2017-01-01", false)]
    [InlineData("2017", false)]
    public void A_closed_range_holds_when_it_overlaps_the_as_of_date(string asOf, bool valid) =>
        Stake2010To2016.IsValidAt(PartialDate.Parse(asOf)).Should().Be(valid);

    [Fact]
    public void Open_ends_extend_without_limit()
    {
        var since2018 = Relation("2018-05", null);
        var until2012 = Relation(null, "2012");
        var always = Relation(null, null);

        since2018.IsValidAt(PartialDate.Parse("2018-04-30")).Should().BeFalse();
        since2018.IsValidAt(PartialDate.Parse("2018")).Should().BeTrue("2018 overlaps May 2018 onwards");
        since2018.IsValidAt(PartialDate.Parse("2999")).Should().BeTrue();
        until2012.IsValidAt(PartialDate.Parse("1990")).Should().BeTrue();
        until2012.IsValidAt(PartialDate.Parse("2013-01-01")).Should().BeFalse();
        always.IsValidAt(PartialDate.Parse("2000")).Should().BeTrue();
    }

    [Fact]
    public void Without_an_as_of_date_every_relation_holds() =>
        Stake2010To2016.IsValidAt(null).Should().BeTrue();

    private static Relation Relation(string? from, string? to) => new(
        "r", RelationType.InvestedIn, "org/a", "org/b", RelationStatus.Reported, 0.8, [],
        from is null ? null : PartialDate.Parse(from), to is null ? null : PartialDate.Parse(to));
}
