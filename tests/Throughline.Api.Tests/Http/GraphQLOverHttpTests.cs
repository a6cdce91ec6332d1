using System.Net;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Http;

[Collection(SharedServerCollection.Name)]
public sealed class GraphQLOverHttpTests(SharedServer shared)
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private ApiServer Api => shared.Server;

    [Fact]
    public async Task A_query_over_post_answers_data_as_application_json()
    {
        var response = await Api.PostAsync("{ entity(id: \"org/intel\") { name } }");
        response.Status.Should().Be(HttpStatusCode.OK);
        response.MediaType.Should().Be("application/json");
        response.Headers["Content-Type"].Should().Contain("charset=utf-8");
        response.Data.GetProperty("entity").GetProperty("name").GetString().Should().Be("Intel");
    }

    [Fact]
    public async Task Responses_carry_typographic_characters_unescaped()
    {
        var response = await Api.PostAsync("{ __type(name: \"RelationType\") { enumValues { description } } }");
        response.Text.Should().Contain("owner → owned").And.NotContain("\\u");
    }

    [Fact]
    public async Task A_syntax_error_is_400_with_graphql_response_json_and_200_with_json()
    {
        var strict = await Api.PostAsync("{ entity(id: ", accept: GraphQLResponse);
        var legacy = await Api.PostAsync("{ entity(id: ", accept: "application/json");
        strict.Status.Should().Be(HttpStatusCode.BadRequest);
        strict.MediaType.Should().Be(GraphQLResponse);
        strict.HasData.Should().BeFalse();
        legacy.Status.Should().Be(HttpStatusCode.OK);
        legacy.Errors.Should().ContainSingle().Which.GetProperty("message").GetString().Should().StartWith("Syntax Error:");
    }

    [Fact]
    public async Task A_validation_error_names_the_unknown_field_without_data()
    {
        var response = await Api.PostAsync("{ entity(id: \"org/intel\") { salary } }", accept: GraphQLResponse);
        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.HasData.Should().BeFalse();
        response.Errors[0].GetProperty("message").GetString().Should().Be("Cannot query field \"salary\" on type \"Entity\".");
    }

    [Fact]
    public async Task A_variable_of_the_wrong_type_is_a_request_error()
    {
        var response = await Api.PostAsync(
            "query($n: Int) { entities(first: $n) { totalCount } }", new { n = "five" }, accept: GraphQLResponse);
        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.Errors[0].GetProperty("message").GetString().Should().Contain("$n").And.Contain("Int cannot represent");
    }

    [Fact]
    public async Task Malformed_json_is_400_and_says_so()
    {
        var response = await Api.SendAsync(HttpMethod.Post, "/graphql", "{ \"query\": ", "application/json", "application/json");
        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.Errors[0].GetProperty("message").GetString().Should().StartWith("The request body is not valid JSON");
        response.FirstErrorCode.Should().Be("BAD_USER_INPUT");
    }

    [Theory]
    [InlineData("{\"notquery\": \"{ stats { entities } }\"}", "\"query\" parameter is missing")]
    [InlineData("{\"query\": 42}", "must be a string")]
    [InlineData("{\"query\": \"{ stats { entities } }\", \"variables\": [1]}", "\"variables\" parameter must be an object")]
    [InlineData("{\"query\": \"{ stats { entities } }\", \"operationName\": 1}", "\"operationName\" parameter must be a string")]
    [InlineData("[]", "must be a JSON object")]
    public async Task Bad_request_parameters_are_400_with_a_clear_message(string body, string message)
    {
        var response = await Api.SendAsync(HttpMethod.Post, "/graphql", body, "application/json", GraphQLResponse);
        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.Errors[0].GetProperty("message").GetString().Should().Contain(message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_body_that_is_not_utf8_json_is_415(string? contentType)
    {
        var response = await Api.SendAsync(HttpMethod.Post, "/graphql", "{\"query\":\"{ stats { entities } }\"}", contentType, "application/json");
        response.Status.Should().Be(HttpStatusCode.UnsupportedMediaType);
        response.Errors.Should().ContainSingle();
    }

    [Fact]
    public async Task An_accept_header_we_cannot_satisfy_is_406()
    {
        var response = await Api.SendAsync(HttpMethod.Post, "/graphql", "{\"query\":\"{ stats { entities } }\"}", "application/json", "image/png");
        response.Status.Should().Be(HttpStatusCode.NotAcceptable);
        response.Errors[0].GetProperty("message").GetString().Should().Contain("application/graphql-response+json");
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        var padding = new string(' ', 300 * 1024);
        var response = await Api.SendAsync(HttpMethod.Post, "/graphql", "{\"query\":\"{ stats { entities } }\"" + padding + "}", "application/json", "application/json");
        response.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.FirstErrorCode.Should().Be("LIMIT_EXCEEDED");
        // The unread rest of the body ends the connection; a client told so does not reuse it for its next request.
        response.Headers.Should().ContainKey("Connection").WhoseValue.Should().ContainEquivalentOf("close");
    }

    [Fact]
    public async Task A_query_over_get_executes_with_json_variables()
    {
        var query = Uri.EscapeDataString("query($id: ID!) { entity(id: $id) { name } }");
        var variables = Uri.EscapeDataString("{\"id\":\"org/hikvision\"}");
        var response = await Api.SendAsync(HttpMethod.Get, $"/graphql?query={query}&variables={variables}", accept: "application/json");
        response.Status.Should().Be(HttpStatusCode.OK);
        response.Data.GetProperty("entity").GetProperty("name").GetString().Should().Be("Hikvision");
    }

    [Fact]
    public async Task A_mutation_over_get_is_405_allowing_post()
    {
        var query = Uri.EscapeDataString("mutation { upsertEntity(input: {id: \"org/x\", name: \"X\", kind: ORGANIZATION}) { id } }");
        var response = await Api.SendAsync(HttpMethod.Get, $"/graphql?query={query}", accept: GraphQLResponse);
        response.Status.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Headers["Allow"].Should().Be("POST");
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        var response = await Api.SendAsync(HttpMethod.Put, "/graphql", "{}", "application/json");
        response.Status.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Headers["Allow"].Should().Be("GET, POST");
    }

    [Fact]
    public async Task Get_without_a_query_is_400()
    {
        var response = await Api.SendAsync(HttpMethod.Get, "/graphql", accept: "application/json");
        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.Errors[0].GetProperty("message").GetString().Should().Contain("\"query\" parameter is missing");
    }

    [Fact]
    public async Task The_schema_is_served_as_sdl()
    {
        var response = await Api.SendAsync(HttpMethod.Get, "/graphql/schema.graphql");
        response.Status.Should().Be(HttpStatusCode.OK);
        response.Text.Should().Be(await File.ReadAllTextAsync(RepositoryPaths.Combine("src", "Throughline.Api", "Schema", "schema.graphql")));
    }

    [Fact]
    public async Task Cross_origin_queries_are_allowed_by_default()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", "https://example.org");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var response = await Api.Client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("*");
    }
}
