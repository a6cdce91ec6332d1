using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Storage.Contract;

/// <summary>
/// A small graph that exercises every column and query: an original article, a syndicated copy, a citing report and a
/// reference-only piece; a parent with an investment arm; search names that rank exact, prefix and substring.
/// </summary>
public static class ContractGraph
{
    public const string OriginalText = "Acme Ventures invested in Beta Systems in 2010.\n\nAcme sells chips to Beta Systems.";
    public const string CopyText = "Acme sells chips to Beta Systems. Gamma denies buying from Acme.";
    public const string ReportText = "The original report said Acme Ventures invested in Beta Systems in 2010.";

    public static Article Original { get; } = new("a-original", "Acme's Chinese links", "The Daily", ["Ann Author", "Bo Writer"],
        "https://example.org/a", PartialDate.Parse("2019-11-26"), null, [], OriginalText);

    public static Article Copy { get; } = new("b-copy", "Acme's Chinese links (syndicated)", "Wire", [], null,
        PartialDate.Parse("2019-11"), "a-original", [], CopyText);

    public static Article Report { get; } = new("c-report", "A report on the report", null, [], null,
        PartialDate.Parse("2019"), null, ["a-original", "d-reference"], ReportText);

    public static Article Reference { get; } = new("d-reference", string.Empty, "Foreign Desk", [], null, null, null, [], null);

    public static Article Extra { get; } = new("e-extra", "Unrelated", null, [], null, null, null, [], "Nothing to see.");

    public static IReadOnlyList<Article> Articles { get; } = [Original, Copy, Report, Reference, Extra];

    public static IReadOnlyList<Entity> Entities { get; } =
    [
        new("org/acme", "Acme", EntityKind.Organization, ["Acme Corp."], "US", "Maker of chips."),
        new("org/acme-ventures", "Acme Ventures", EntityKind.Organization, [], "US", "Venture arm of Acme."),
        new("org/beta", "Beta Systems", EntityKind.Organization, ["Beta Acme Holdings"], "CN"),
        new("org/gamma", "Gamma", EntityKind.Organization, ["GAMMA Group"], "CN"),
        new("gov/bureau", "Public Security Bureau", EntityKind.GovernmentBody, []),
        new("place/region", "Region", EntityKind.Place, []),
        new("place/city", "City", EntityKind.Place, ["Acmeville"], LocatedIn: "place/region"),
        new("project/cameras", "City camera network", EntityKind.Project, []),
    ];

    public static IReadOnlyList<Relation> Relations { get; } =
    [
        Claim("acme-parent-of-ventures", RelationType.ParentOf, "org/acme", "org/acme-ventures", RelationStatus.Confirmed, 0.95,
            [Quote(Original, "Acme Ventures invested")]),
        Claim("ventures-invested-in-beta", RelationType.InvestedIn, "org/acme-ventures", "org/beta", RelationStatus.Reported, 0.8,
            [Quote(Original, "Acme Ventures invested in Beta Systems in 2010."), Quote(Report, "Acme Ventures invested in Beta Systems")]) with
        {
            ValidFrom = PartialDate.Parse("2010"),
            ValidTo = PartialDate.Parse("2016-03"),
            StakePercent = 4.5,
            Amount = new Money(1_200_000.50m, "USD"),
            Note = "Stake sold in early 2016.",
        },
        Claim("acme-supplies-beta", RelationType.Supplies, "org/acme", "org/beta", RelationStatus.Reported, 0.8,
            [Quote(Original, "Acme sells chips to Beta Systems."), Quote(Copy, "Acme sells chips")]) with { Product = "chips" },
        Claim("acme-supplies-gamma", RelationType.Supplies, "org/acme", "org/gamma", RelationStatus.Denied, 0.2,
            [Quote(Copy, "Gamma denies buying from Acme.")]),
        Claim("gamma-contractor-for-cameras", RelationType.ContractorFor, "org/gamma", "project/cameras", RelationStatus.Disputed, 0.5,
            [Quote(Copy, "Gamma denies")]),
        Claim("bureau-commissioned-cameras", RelationType.Commissioned, "gov/bureau", "project/cameras", RelationStatus.Retracted, 0,
            [Quote(Report, "The original report")]),
        Claim("cameras-located-in-city", RelationType.LocatedIn, "project/cameras", "place/city", RelationStatus.Reported, 0.8,
            [Quote(Report, "report said")]) with { ValidFrom = PartialDate.Parse("2018-05-01") },
    ];

    public static ImportBatch Batch { get; } = new(Articles, Entities, Relations);

    public static Relation Relation(string id) => Relations.Single(r => r.Id == id);

    /// <summary>Evidence with the quote's real offsets in the article text (computed here, independently of any store).</summary>
    public static Evidence Quote(Article article, string quote)
    {
        var start = article.Text!.IndexOf(quote, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{quote}' is not in {article.Id}", nameof(quote));
        }

        return new Evidence(article.Id, quote, start, start + quote.Length);
    }

    private static Relation Claim(
        string id, RelationType type, string from, string to, RelationStatus status, double confidence, IReadOnlyList<Evidence> evidence) =>
        new(id, type, from, to, status, confidence, evidence);
}
