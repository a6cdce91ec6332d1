using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Http;

/// <summary>Finding 3 of issue 10: bytes that are not UTF-8 and escaped lone surrogates are the client's mistake (400), never a 500.</summary>
[Collection(SharedServerCollection.Name)]
public sealed class MalformedTextTests(SharedServer shared)
{
    public static TheoryData<string, string> Bodies => new()
    {
        { "invalid UTF-8 in the query", "{\"query\":\"{ stats { entities } }\xFF\"}" },
        { "a lone surrogate escape in the query", "{\"query\":\"{ entity(id: \\\"\\uD800\\\") { id } }\"}" },
        { "a lone surrogate in a variable value", "{\"query\":\"query($id: ID!) { entity(id: $id) { id } }\",\"variables\":{\"id\":\"a\\uDC00b\"}}" },
        { "a lone surrogate in a variable name", "{\"query\":\"{ stats { entities } }\",\"variables\":{\"\\uD83D\":1}}" },
        { "a lone surrogate in operationName", "{\"query\":\"query A { stats { entities } }\",\"operationName\":\"\\uDBFF\"}" },
        { "invalid UTF-8 in a variable", "{\"query\":\"{ stats { entities } }\",\"variables\":{\"x\":\"\xC3\x28\"}}" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Malformed_text_in_a_POST_body_is_a_400_BAD_USER_INPUT(string what, string body)
    {
        using var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body)); // Latin-1 keeps \xFF etc. as the raw byte
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        using var response = await shared.Server.Client.PostAsync("/graphql", content);
        var read = await ApiResponse.ReadAsync(response);
        read.Status.Should().Be(HttpStatusCode.BadRequest, what);
        read.FirstErrorCode.Should().Be("BAD_USER_INPUT", what);
        read.Text.Should().NotContain("   at ", "no stack trace reaches a client");
    }

    [Theory]
    [InlineData("query=%7B%20stats%20%7B%20entities%20%7D%20%7D%FF")]
    [InlineData("query=%7B%20stats%20%7B%20entities%20%7D%20%7D&variables=%7B%22x%22%3A%22%5CuD800%22%7D")]
    [InlineData("query=query%20A%20%7B%20stats%20%7B%20entities%20%7D%20%7D&operationName=%ED%A0%80")]
    public async Task Malformed_text_in_GET_parameters_is_never_a_5xx(string parameters)
    {
        var response = await shared.Server.SendAsync(HttpMethod.Get, "/graphql?" + parameters, accept: "application/json");
        ((int)response.Status).Should().BeLessThan(500);
        response.Text.Should().NotContain("   at ");
        if (response.Status == HttpStatusCode.BadRequest)
        {
            response.FirstErrorCode.Should().Be("BAD_USER_INPUT");
        }
    }
}
