using Throughline.Core.SeedData;

namespace Throughline.Ingest.Tests;

public sealed class ArticleTextTests
{
    private static string Normalised(string text) => QuoteLocator.Normalise(text);

    [Fact]
    public void A_feed_item_gives_its_title_date_link_and_the_text_the_curated_article_holds()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Files", "cdt-2019-03-22-feed-item.json"));
        var curated = FrontMatter.Split(File.ReadAllText(Path.Combine(RepositoryPaths.SeedData, "articles", "cdt-2019-03-22-us-companies-fuel-surveillance.md")));

        var article = ArticleText.Extract(json);

        article.Title.Should().Be("U.S. Companies Fuel Surveillance in China");
        article.Published.Should().Be("2019-03-22");
        article.Url.Should().Be(curated.Url);
        article.Text.Should().NotContain("<").And.NotContain("\\u");
        var text = Normalised(article.Text);
        foreach (var paragraph in curated.Text.Split("\n\n").Where(p => p.Length > 0).Take(3))
        {
            text.Should().Contain(Normalised(SentenceSplitter.Split(paragraph)[0].Text));
        }
    }

    [Fact]
    public void An_html_page_loses_its_chrome_and_keeps_its_paragraphs()
    {
        const string html = """
            <!doctype html><html><head><title>Site | Story</title><script>var tracker = 1;</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Drives in Xinjiang</h1><p>Seagate   supplies <b>drives</b> to Hikvision.</p>
            <aside>Sign up for our newsletter</aside><p>Western Digital declined to comment.</p></article>
            <footer>© The Paper</footer></body></html>
            """;

        var article = ArticleText.Extract(html);

        article.Title.Should().Be("Drives in Xinjiang");
        article.Text.Should().Be("Drives in Xinjiang\n\nSeagate supplies drives to Hikvision.\n\nWestern Digital declined to comment.");
    }

    [Fact]
    public void Markdown_front_matter_gives_title_and_date_and_the_body_is_the_text()
    {
        const string markdown = "---\ntitle: \"A: story\"\npublished: 2019-11   # month only\n---\nFirst paragraph.\n\nSecond one.\n";

        var article = ArticleText.Extract(markdown);

        article.Should().Be(new ExtractedArticle("First paragraph.\n\nSecond one.", "A: story", "2019-11"));
    }

    [Fact]
    public void Plain_text_is_kept_as_it_is()
    {
        ArticleText.Extract("  Intel supplies chips.  ").Should().Be(new ExtractedArticle("Intel supplies chips."));
    }
}
