using Throughline.Storage.Neo4j.Http;
using Throughline.Storage.Neo4j.Tests.Support;

namespace Throughline.Storage.Neo4j.Tests.Http;

/// <summary>The client reads GET / and picks the endpoint each server generation offers (against the HTTP stub).</summary>
public sealed class DiscoveryTests
{
    private static readonly CypherStatement Statement = new("cypher/test.cypher", "RETURN 1 AS x", new Dictionary<string, object?>());

    [Fact]
    public async Task A_5x_server_is_queried_through_the_Query_API()
    {
        using var stub = new Neo4jHttpStub(r => r.Path == "/"
            ? StubResponse.Ok(DiscoveryDocuments.Neo4j5)
            : new StubResponse(202, """{"data":{"fields":["x"],"values":[[1]]},"bookmarks":["b"]}"""));
        using var client = new Neo4jClient(StubOptions.For(stub, database: "graph"));

        var result = await client.RunAsync(Statement);

        result.Rows.Single()[0].GetInt32().Should().Be(1);
        stub.Requests.Select(r => $"{r.Method} {r.Path}").Should().Equal("GET /", "POST /db/graph/query/v2");
        (client.Protocol, client.ServerVersion).Should().Be(("query-api-v2", "5.26.2"));
    }

    [Fact]
    public async Task Several_statements_on_the_Query_API_run_in_one_explicit_transaction_that_is_committed()
    {
        using var stub = new Neo4jHttpStub(r => r.Path switch
        {
            "/" => StubResponse.Ok(DiscoveryDocuments.Neo4j5),
            "/db/neo4j/query/v2/tx" => new StubResponse(202, """{"data":{"fields":["x"],"values":[[1]]},"transaction":{"id":"tx42","expires":"2026-11-21T21:00:00Z"}}"""),
            "/db/neo4j/query/v2/tx/tx42" => new StubResponse(202, """{"data":{"fields":["x"],"values":[[2]]},"transaction":{"id":"tx42"}}"""),
            _ => new StubResponse(202, """{"bookmarks":["b1"]}"""),
        });
        using var client = new Neo4jClient(StubOptions.For(stub));

        var results = await client.RunAsync([Statement, Statement with { Text = "RETURN 2 AS x" }]);

        results.Select(r => r.Rows.Single()[0].GetInt32()).Should().Equal(1, 2);
        stub.Requests.Select(r => $"{r.Method} {r.Path}").Should().Equal(
            "GET /", "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx42", "POST /db/neo4j/query/v2/tx/tx42/commit");
    }

    [Fact]
    public async Task A_failing_statement_in_a_Query_API_transaction_rolls_it_back()
    {
        using var stub = new Neo4jHttpStub(r => r.Path switch
        {
            "/" => StubResponse.Ok(DiscoveryDocuments.Neo4j5),
            "/db/neo4j/query/v2/tx" => new StubResponse(202, """{"data":{"fields":["x"],"values":[[1]]},"transaction":{"id":"tx7"}}"""),
            "/db/neo4j/query/v2/tx/tx7" when r.Method == "DELETE" => new StubResponse(200, "{}"),
            _ => new StubResponse(400, """{"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"already exists"}]}"""),
        });
        using var client = new Neo4jClient(StubOptions.For(stub));

        var run = () => client.RunAsync([Statement, Statement]);

        (await run.Should().ThrowAsync<Neo4jException>()).Which.Code.Should().Be("Neo.ClientError.Schema.ConstraintValidationFailed");
        stub.Requests.Select(r => $"{r.Method} {r.Path}").Should().EndWith(["POST /db/neo4j/query/v2/tx/tx7", "DELETE /db/neo4j/query/v2/tx/tx7"]);
        stub.Requests.Should().NotContain(r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_4x_server_is_queried_through_the_transactional_endpoint_of_the_database()
    {
        using var stub = new Neo4jHttpStub(r => r.Path == "/" ? StubResponse.Ok(DiscoveryDocuments.Neo4j4) : StubResponse.TransactionalRow(4));
        using var client = new Neo4jClient(StubOptions.For(stub, database: "graph"));

        var result = await client.RunAsync(Statement);

        result.Rows.Single()[0].GetInt32().Should().Be(4);
        stub.Requests.Select(r => $"{r.Method} {r.Path}").Should().Equal("GET /", "POST /db/graph/tx/commit");
        (client.Protocol, client.ServerVersion).Should().Be(("transactional", "4.4.30"));
    }

    [Fact]
    public async Task A_3x_server_is_queried_through_the_data_transaction_endpoint_and_states_its_version_in_the_data_document()
    {
        using var stub = new Neo4jHttpStub(r => r.Path switch
        {
            "/" => StubResponse.Ok(DiscoveryDocuments.Neo4j3),
            "/db/data/" => StubResponse.Ok(DiscoveryDocuments.Neo4j3Data),
            _ => StubResponse.TransactionalRow(3),
        });
        using var client = new Neo4jClient(StubOptions.For(stub));

        var result = await client.RunAsync(Statement);

        result.Rows.Single()[0].GetInt32().Should().Be(3);
        stub.Requests.Select(r => $"{r.Method} {r.Path}").Should().Equal("GET /", "GET /db/data/", "POST /db/data/transaction/commit");
        (client.Protocol, client.ServerVersion).Should().Be(("transactional", "3.5.35"));
    }

    [Fact]
    public async Task A_server_without_a_Cypher_endpoint_is_named_as_not_Neo4j()
    {
        using var stub = new Neo4jHttpStub(_ => StubResponse.Ok("""{"hello":"world"}"""));
        using var client = new Neo4jClient(StubOptions.For(stub));

        var run = () => client.RunAsync(Statement);

        (await run.Should().ThrowAsync<Neo4jException>()).Which.Message.Should().Contain("does not look like a Neo4j server");
    }

    [Fact]
    public async Task Credentials_go_in_a_basic_authorization_header()
    {
        using var stub = new Neo4jHttpStub(r => r.Path == "/" ? StubResponse.Ok(DiscoveryDocuments.Neo4j4) : StubResponse.TransactionalRow(1));
        using var client = new Neo4jClient(StubOptions.For(stub) with { User = "reader", Password = "s3cret" });

        await client.RunAsync(Statement);

        stub.Requests.Last().Authorization.Should().Be("Basic " + Convert.ToBase64String("reader:s3cret"u8.ToArray()));
    }
}
