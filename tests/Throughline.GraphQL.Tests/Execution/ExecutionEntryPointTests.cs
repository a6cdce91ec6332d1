using Throughline.GraphQL.Execution;
using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;
using Throughline.GraphQL.Validation;

namespace Throughline.GraphQL.Tests.Execution;

public sealed class ExecutionEntryPointTests
{
    private static readonly GraphQLSchema Schema = GraphQLSchema.FromSdl(
        "type Query { greet(name: String!): String secret: String whoAmI: String root: String }",
        new ResolverMap()
            .Field("Query", "greet", context => $"Hello {context.GetArgument<string>("name")}")
            .Value("Query", "secret", "s3cr3t")
            .Field("Query", "whoAmI", context => context.UserContext as string)
            .Field("Query", "root", context => context.Source as string));

    // A site-specific rule, to show extra rules run after the specified ones.
    private sealed class NoSecretsRule : IValidationRule
    {
        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

        private sealed class Visitor(ValidationContext context) : ValidationVisitor
        {
            public override VisitAction Enter(Node node)
            {
                if (node is Field { Name.Value: "secret" } field)
                {
                    context.ReportError("Secrets are not for you.", field);
                }

                return VisitAction.Continue;
            }
        }
    }

    [Fact]
    public async Task Extra_validation_rules_reject_documents_before_anything_runs()
    {
        var options = new ExecutionOptions { ValidationRules = [new NoSecretsRule()] };
        (await Schema.RunAsync("{ greet(name: \"a\") secret }", options: options)).Should().Be(
            """{"errors":[{"message":"Secrets are not for you.","locations":[{"line":1,"column":20}]}]}""");
        (await Schema.RunAsync("{ greet(name: \"a\") }", options: options)).Should().Be("""{"data":{"greet":"Hello a"}}""");
    }

    [Fact]
    public async Task A_parsed_document_can_be_executed_again_with_other_variables()
    {
        var document = Parser.Parse("query ($n: String!) { greet(name: $n) }");
        DocumentValidator.Validate(Schema, document).Should().BeEmpty();

        var first = await Schema.ExecuteAsync(document, new ExecutionRequest("") { Variables = new Dictionary<string, object?> { ["n"] = "one" } });
        var second = await Schema.ExecuteAsync(document, new ExecutionRequest("") { Variables = new Dictionary<string, object?> { ["n"] = "two" } });

        first.ToJson().Should().Be("""{"data":{"greet":"Hello one"}}""");
        second.ToJson().Should().Be("""{"data":{"greet":"Hello two"}}""");
    }

    [Fact]
    public async Task User_context_and_root_value_reach_the_resolvers()
    {
        var result = await Schema.ExecuteAsync(new ExecutionRequest("{ whoAmI root }") { UserContext = "alice", RootValue = "the root" });
        result.ToJson().Should().Be("""{"data":{"whoAmI":"alice","root":"the root"}}""");
    }

    [Fact]
    public async Task Parse_limits_from_the_options_apply()
    {
        var options = new ExecutionOptions { ParseOptions = new ParseOptions { MaxTokens = 3 } };
        (await Schema.RunAsync("{ greet(name: \"a\") }", options: options)).Should().Be(
            """{"errors":[{"message":"Syntax Error: Document contains more that 3 tokens. Parsing aborted.","locations":[{"line":1,"column":9}]}]}""");
    }

    [Fact]
    public async Task A_variable_of_a_non_input_type_is_rejected_when_validation_was_skipped()
    {
        var document = Parser.Parse("query ($q: Query) { root }");
        var result = await Schema.ExecuteAsync(document, new ExecutionRequest(""));
        result.ToJson().Should().Be(
            """{"errors":[{"message":"Variable \"$q\" expected value of type \"Query\" which cannot be used as an input type.","locations":[{"line":1,"column":12}]}]}""");
    }

    [Fact]
    public void The_result_exposes_data_and_errors_as_objects()
    {
        var result = new ExecutionResult(new Dictionary<string, object?> { ["x"] = 1 }, []);
        result.HasData.Should().BeTrue();
        result.Data!["x"].Should().Be(1);
        result.Errors.Should().BeEmpty();
    }
}
