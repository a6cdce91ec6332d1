using Throughline.GraphQL.Execution;

namespace Throughline.GraphQL.Tests.Execution;

public sealed class ExecutionRequestTests
{
    [Fact]
    public void A_JSON_body_gives_query_operation_name_and_plain_variables()
    {
        var request = ExecutionRequest.FromJson(
            """{"query": "{ a }", "operationName": "Op", "variables": {"n": 1, "f": 1.5, "big": 9007199254740993, "s": "x", "b": false, "none": null, "list": [1, "two"], "obj": {"k": true}}}""");

        request.Query.Should().Be("{ a }");
        request.OperationName.Should().Be("Op");
        var variables = request.Variables!;
        variables["n"].Should().Be(1L);
        variables["f"].Should().Be(1.5);
        variables["big"].Should().Be(9007199254740993L);
        variables["s"].Should().Be("x");
        variables["b"].Should().Be(false);
        variables["none"].Should().BeNull();
        variables.Should().ContainKey("none");
        ((IEnumerable<object?>)variables["list"]!).Should().Equal(1L, "two");
        ((IReadOnlyDictionary<string, object?>)variables["obj"]!)["k"].Should().Be(true);
    }

    [Fact]
    public void Null_operation_name_and_variables_are_allowed()
    {
        var request = ExecutionRequest.FromJson("""{"query": "{ a }", "operationName": null, "variables": null}""");
        request.OperationName.Should().BeNull();
        request.Variables.Should().BeNull();
    }

    [Theory]
    [InlineData("[]", "Request body must be a JSON object, found Array.")]
    [InlineData("""{"query": 1}""", "Request body must have a string member \"query\".")]
    [InlineData("""{"query": "{ a }", "operationName": 3}""", "Member \"operationName\" must be a string or null.")]
    [InlineData("""{"query": "{ a }", "variables": [1]}""", "Member \"variables\" must be an object or null, found Array.")]
    public void Malformed_bodies_are_rejected_with_the_offending_member(string body, string message)
    {
        FluentActions.Invoking(() => ExecutionRequest.FromJson(body))
            .Should().Throw<FormatException>().WithMessage(message);
    }
}
