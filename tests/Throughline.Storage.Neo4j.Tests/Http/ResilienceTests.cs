using Throughline.Storage.Neo4j.Http;
using Throughline.Storage.Neo4j.Tests.Support;

namespace Throughline.Storage.Neo4j.Tests.Http;

/// <summary>
/// Retry, non-retry and the circuit breaker, against the HTTP stub replaying Neo4j's documented error bodies (a real
/// server cannot be made to deadlock on demand).
/// </summary>
public sealed class ResilienceTests
{
    private const string Commit = "/db/neo4j/tx/commit";
    private static readonly CypherStatement Statement = new("cypher/get-entities.cypher", "RETURN 1 AS x", new Dictionary<string, object?>());

    [Fact]
    public async Task A_deadlock_is_retried_until_the_statement_succeeds()
    {
        var failures = 2;
        using var stub = new Neo4jHttpStub(r => r.Path == "/"
            ? StubResponse.Ok(DiscoveryDocuments.Neo4j4)
            : Interlocked.Decrement(ref failures) >= 0
                ? StubResponse.TransactionalError("Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[1] can't acquire ExclusiveLock")
                : StubResponse.TransactionalRow(7));
        using var client = new Neo4jClient(StubOptions.For(stub));

        var result = await client.RunAsync(Statement);

        result.Rows.Single()[0].GetInt32().Should().Be(7);
        stub.CountTo(Commit).Should().Be(3);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_number_and_the_last_error_is_reported()
    {
        using var stub = new Neo4jHttpStub(r => r.Path == "/"
            ? StubResponse.Ok(DiscoveryDocuments.Neo4j4)
            : StubResponse.TransactionalError("Neo.TransientError.General.DatabaseUnavailable", "The database is not currently available"));
        using var client = new Neo4jClient(StubOptions.For(stub) with { MaxRetries = 2 });

        var run = () => client.RunAsync(Statement);

        (await run.Should().ThrowAsync<Neo4jException>()).Which.Code.Should().Be("Neo.TransientError.General.DatabaseUnavailable");
        stub.CountTo(Commit).Should().Be(3);
    }

    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'")]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", "Node(1) already exists with label `Entity`")]
    [InlineData("Neo.TransientError.Transaction.Terminated", "The transaction has been terminated")]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", "The transaction has been terminated")]
    public async Task Client_errors_and_terminated_transactions_are_not_retried(string code, string message)
    {
        using var stub = new Neo4jHttpStub(r => r.Path == "/" ? StubResponse.Ok(DiscoveryDocuments.Neo4j4) : StubResponse.TransactionalError(code, message));
        using var client = new Neo4jClient(StubOptions.For(stub));

        var run = () => client.RunAsync(Statement);

        var error = (await run.Should().ThrowAsync<Neo4jException>()).Which;
        error.Code.Should().Be(code);
        error.Message.Should().Contain(message);
        stub.CountTo(Commit).Should().Be(1);
    }

    [Fact]
    public async Task A_Cypher_error_names_the_statements_file()
    {
        using var stub = new Neo4jHttpStub(r => r.Path == "/"
            ? StubResponse.Ok(DiscoveryDocuments.Neo4j4)
            : StubResponse.TransactionalError("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'"));
        using var client = new Neo4jClient(StubOptions.For(stub));

        var run = () => client.RunAsync(Statement);

        (await run.Should().ThrowAsync<Neo4jException>()).Which.Message.Should().Contain("cypher/get-entities.cypher").And.Contain("RETRUN");
    }

    [Fact]
    public async Task Wrong_credentials_say_which_settings_to_check_and_are_not_retried()
    {
        using var stub = new Neo4jHttpStub(r => new StubResponse(401,
            """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid username or password."}]}"""));
        using var client = new Neo4jClient(StubOptions.For(stub));

        var run = () => client.RunAsync(Statement);

        (await run.Should().ThrowAsync<Neo4jException>()).Which.Message.Should().Contain("NEO4J_USER and NEO4J_PASSWORD");
        stub.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task An_unknown_database_is_named()
    {
        using var stub = new Neo4jHttpStub(r => r.Path == "/"
            ? StubResponse.Ok(DiscoveryDocuments.Neo4j4)
            : StubResponse.TransactionalError("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'nope'."));
        using var client = new Neo4jClient(StubOptions.For(stub, database: "nope"));

        var run = () => client.RunAsync(Statement);

        (await run.Should().ThrowAsync<Neo4jException>()).Which.Message.Should().Contain("no database 'nope'").And.Contain("NEO4J_DATABASE");
    }

    [Fact]
    public async Task A_Query_API_answer_of_202_that_carries_errors_is_an_error()
    {
        using var stub = new Neo4jHttpStub(r => r.Path == "/"
            ? StubResponse.Ok(DiscoveryDocuments.Neo4j5)
            : new StubResponse(202, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'RETRUN'"}]}"""));
        using var client = new Neo4jClient(StubOptions.For(stub));

        var run = () => client.RunAsync(Statement);

        (await run.Should().ThrowAsync<Neo4jException>()).Which.Code.Should().Be("Neo.ClientError.Statement.SyntaxError");
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_further_calls_fail_fast_without_reaching_the_server()
    {
        using var stub = new Neo4jHttpStub(r => r.Path == "/"
            ? StubResponse.Ok(DiscoveryDocuments.Neo4j4)
            : StubResponse.TransactionalError("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"));
        var options = StubOptions.For(stub) with
        {
            MaxRetries = 1,
            BreakerMinimumThroughput = 2,
            BreakerFailureRatio = 0.5,
            BreakerDuration = TimeSpan.FromMinutes(5),
        };
        using var client = new Neo4jClient(options);

        var first = () => client.RunAsync(Statement);
        await first.Should().ThrowAsync<Neo4jException>();
        var sentBeforeOpen = stub.CountTo(Commit);
        var second = () => client.RunAsync(Statement);

        (await second.Should().ThrowAsync<Neo4jUnavailableException>()).Which.Message.Should().Contain("calls are paused");
        stub.CountTo(Commit).Should().Be(sentBeforeOpen);
    }

    [Fact]
    public async Task A_server_error_page_is_reported_at_once_naming_the_statement()
    {
        using var stub = new Neo4jHttpStub(r => r.Path == "/"
            ? StubResponse.Ok(DiscoveryDocuments.Neo4j4)
            : new StubResponse(500, "<html><body>Error for /db/neo4j/tx/commit Java heap space</body></html>"));
        using var client = new Neo4jClient(StubOptions.For(stub));

        var run = () => client.RunAsync(Statement);

        var error = (await run.Should().ThrowAsync<Neo4jException>()).Which;
        error.Should().NotBeOfType<Neo4jUnavailableException>();
        error.Message.Should().Contain("500").And.Contain("cypher/get-entities.cypher").And.Contain("Java heap space");
        stub.CountTo(Commit).Should().Be(1);
    }

    [Fact]
    public async Task A_503_from_a_restarting_server_or_proxy_is_retried()
    {
        var failures = 1;
        using var stub = new Neo4jHttpStub(r => r.Path == "/"
            ? StubResponse.Ok(DiscoveryDocuments.Neo4j4)
            : Interlocked.Decrement(ref failures) >= 0 ? new StubResponse(503, "Service Unavailable") : StubResponse.TransactionalRow(5));
        using var client = new Neo4jClient(StubOptions.For(stub));

        var result = await client.RunAsync(Statement);

        result.Rows.Single()[0].GetInt32().Should().Be(5);
        stub.CountTo(Commit).Should().Be(2);
    }

    [Fact]
    public async Task A_server_that_is_not_listening_is_reported_unreachable_after_the_retries()
    {
        Uri closed;
        using (var stub = new Neo4jHttpStub(_ => StubResponse.Ok("{}")))
        {
            closed = stub.Uri;
        }

        using var client = new Neo4jClient(new Neo4jOptions(closed, "neo4j", "x") { RetryBaseDelay = TimeSpan.FromMilliseconds(1), MaxRetries = 2 });

        var run = () => client.RunAsync(Statement);

        (await run.Should().ThrowAsync<Neo4jUnavailableException>()).Which.Message.Should().Contain("unreachable");
    }
}
