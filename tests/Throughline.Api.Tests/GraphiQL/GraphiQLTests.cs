using System.Net;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.GraphiQL;

[Collection(SharedServerCollection.Name)]
public sealed class GraphiQLTests(SharedServer shared)
{
    [Fact]
    public async Task A_browser_asking_for_the_endpoint_gets_the_graphiql_page()
    {
        var response = await shared.Server.SendAsync(HttpMethod.Get, "/graphql", accept: "text/html,application/xhtml+xml,*/*;q=0.8");
        response.Status.Should().Be(HttpStatusCode.OK);
        response.MediaType.Should().Be("text/html");
        response.Text.Should().Contain("/graphiql/graphiql.min.js").And.Contain("/graphiql/react.production.min.js").And.NotContain("http");
    }

    [Theory]
    [InlineData("/graphiql/graphiql.min.js", "GraphiQL")]
    [InlineData("/graphiql/react.production.min.js", "React")]
    [InlineData("/graphiql/react-dom.production.min.js", "ReactDOM")]
    [InlineData("/graphiql/graphiql.min.css", ".graphiql-container")]
    [InlineData("/graphiql/start.js", "createFetcher")]
    public async Task The_page_s_files_are_served_by_this_server(string path, string content)
    {
        var response = await shared.Server.SendAsync(HttpMethod.Get, path);
        response.Status.Should().Be(HttpStatusCode.OK);
        response.Text.Should().Contain(content);
    }
}
