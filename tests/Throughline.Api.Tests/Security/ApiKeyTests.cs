using System.Net;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Security;

public sealed class ApiKeyTests : IAsyncLifetime
{
    private const string Mutation = "mutation { upsertEntity(input: {id: \"org/acme\", name: \"Acme\", kind: ORGANIZATION}) { id name } }";
    private ApiServer _api = null!;

    public async Task InitializeAsync() => _api = await ApiServer.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_mutation_without_a_key_is_401_unauthenticated()
    {
        var response = await _api.PostAsync(Mutation);
        response.Status.Should().Be(HttpStatusCode.Unauthorized);
        response.FirstErrorCode.Should().Be("UNAUTHENTICATED");
        response.Headers["WWW-Authenticate"].Should().StartWith("Bearer");
        (await EntityNameAsync("org/acme")).Should().BeNull();
    }

    [Fact]
    public async Task A_mutation_with_a_wrong_key_is_401()
    {
        var response = await _api.PostAsync(Mutation, apiKey: ApiServer.ApiKey + "x");
        response.Status.Should().Be(HttpStatusCode.Unauthorized);
        response.Errors[0].GetProperty("message").GetString().Should().Contain("not valid");
        (await EntityNameAsync("org/acme")).Should().BeNull();
    }

    [Fact]
    public async Task A_mutation_with_the_key_is_executed()
    {
        var response = await _api.PostAsync(Mutation, apiKey: ApiServer.ApiKey);
        response.Status.Should().Be(HttpStatusCode.OK);
        response.Errors.Should().BeEmpty();
        (await EntityNameAsync("org/acme")).Should().Be("Acme");
    }

    [Fact]
    public async Task Queries_need_no_key()
    {
        var response = await _api.PostAsync("{ stats { entities } }");
        response.Status.Should().Be(HttpStatusCode.OK);
        response.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Mutations_are_refused_with_instructions_when_no_key_is_configured()
    {
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?> { ["Throughline:ApiKey"] = string.Empty });
        var response = await api.PostAsync(Mutation, apiKey: "anything");
        response.Status.Should().Be(HttpStatusCode.Forbidden);
        response.FirstErrorCode.Should().Be("UNAUTHENTICATED");
        response.Errors[0].GetProperty("message").GetString().Should().Contain("THROUGHLINE_API_KEY");
    }

    private async Task<string?> EntityNameAsync(string id)
    {
        var response = await _api.PostAsync("query($id: ID!) { entity(id: $id) { name } }", new { id });
        var entity = response.Data.GetProperty("entity");
        return entity.ValueKind == System.Text.Json.JsonValueKind.Null ? null : entity.GetProperty("name").GetString();
    }
}
