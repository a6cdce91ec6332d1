using Throughline.Api.Http;

namespace Throughline.Api.Tests.Http;

public sealed class MediaTypesTests
{
    [Fact]
    public void A_missing_accept_header_gets_application_json() =>
        MediaTypes.Negotiate([], allowHtml: false).Should().Be(MediaTypes.Json);

    [Fact]
    public void A_wildcard_gets_application_json() =>
        MediaTypes.Negotiate(["*/*"], allowHtml: false).Should().Be(MediaTypes.Json);

    [Fact]
    public void Graphql_response_json_named_explicitly_wins_over_json_at_equal_quality() =>
        MediaTypes.Negotiate(["application/json, application/graphql-response+json"], allowHtml: false).Should().Be(MediaTypes.GraphQLResponse);

    [Fact]
    public void The_higher_quality_wins() =>
        MediaTypes.Negotiate(["application/graphql-response+json;q=0.5, application/json"], allowHtml: false).Should().Be(MediaTypes.Json);

    [Fact]
    public void A_browser_gets_html_on_get() =>
        MediaTypes.Negotiate(["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"], allowHtml: true).Should().Be(MediaTypes.Html);

    [Fact]
    public void Html_is_not_offered_where_it_is_not_allowed() =>
        MediaTypes.Negotiate(["text/html,*/*;q=0.8"], allowHtml: false).Should().Be(MediaTypes.Json);

    [Fact]
    public void An_accept_header_allowing_none_of_ours_negotiates_nothing() =>
        MediaTypes.Negotiate(["image/png, text/plain"], allowHtml: false).Should().BeNull();

    [Fact]
    public void A_zero_quality_excludes_a_type() =>
        MediaTypes.Negotiate(["application/json;q=0, application/graphql-response+json"], allowHtml: false).Should().Be(MediaTypes.GraphQLResponse);
}
