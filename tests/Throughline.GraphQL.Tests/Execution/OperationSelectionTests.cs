using Throughline.GraphQL.Execution;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Tests.Execution;

public sealed class OperationSelectionTests
{
    private static readonly GraphQLSchema Schema = GraphQLSchema.FromSdl(
        "type Query { a: String b: String } type Mutation { m: String }",
        new ResolverMap().Value("Query", "a", "A").Value("Query", "b", "B").Value("Mutation", "m", "M"));

    [Fact]
    public async Task The_only_operation_runs_without_a_name()
    {
        (await Schema.RunAsync("query Only { a }")).Should().Be("""{"data":{"a":"A"}}""");
    }

    [Fact]
    public async Task The_named_operation_is_chosen_among_several()
    {
        (await Schema.RunAsync("query One { a } query Two { b }", operationName: "Two"))
            .Should().Be("""{"data":{"b":"B"}}""");
    }

    [Fact]
    public async Task Several_operations_without_a_name_is_a_request_error_without_data()
    {
        (await Schema.RunAsync("query One { a } query Two { b }"))
            .Should().Be("""{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}""");
    }

    [Fact]
    public async Task An_unknown_operation_name_is_reported()
    {
        (await Schema.RunAsync("query One { a }", operationName: "Nope"))
            .Should().Be("""{"errors":[{"message":"Unknown operation named \"Nope\"."}]}""");
    }

    [Fact]
    public async Task A_document_without_operations_is_reported_when_executed_directly()
    {
        var document = Parser.Parse("fragment F on Query { a }");
        var result = await Schema.ExecuteAsync(document, new ExecutionRequest(""));
        result.ToJson().Should().Be("""{"errors":[{"message":"Must provide an operation."}]}""");
    }

    [Fact]
    public async Task A_mutation_runs_against_the_mutation_root()
    {
        (await Schema.RunAsync("mutation { m }")).Should().Be("""{"data":{"m":"M"}}""");
    }

    [Fact]
    public async Task A_schema_without_the_root_type_reports_it_with_null_data()
    {
        var queryOnly = GraphQLSchema.FromSdl("type Query { a: String }");
        var document = Parser.Parse("mutation { a }");
        var result = await queryOnly.ExecuteAsync(document, new ExecutionRequest(""));
        result.ToJson().Should().Be(
            """{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}]}],"data":null}""");
    }

    [Fact]
    public async Task A_syntax_error_is_returned_without_data()
    {
        (await Schema.RunAsync("{ a "))
            .Should().Be("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":5}]}]}""");
    }

    [Fact]
    public async Task A_validation_error_is_returned_without_data()
    {
        (await Schema.RunAsync("{ nope }"))
            .Should().Be("""{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".","locations":[{"line":1,"column":3}]}]}""");
    }
}
