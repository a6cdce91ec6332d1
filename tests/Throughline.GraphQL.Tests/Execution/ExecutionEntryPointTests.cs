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

    [Fact]
    public async Task Result_data_can_be_read_by_response_key()
    {
        var aliases = string.Join(" ", Enumerable.Range(0, 12).Select(i => $"a{i}: greet(name: \"{i}\")"));
        var result = await Schema.ExecuteAsync(new ExecutionRequest($"{{ {aliases} secret }}"));

        var data = result.Data!;
        data.Count.Should().Be(13);
        data.Keys.Should().Equal(Enumerable.Range(0, 12).Select(i => $"a{i}").Append("secret"));
        data["a11"].Should().Be("Hello 11");
        data.TryGetValue("secret", out var secret).Should().BeTrue();
        secret.Should().Be("s3cr3t");
        data.ContainsKey("a12").Should().BeFalse();
        FluentActions.Invoking(() => data["nope"]).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public async Task Concurrent_requests_on_one_schema_do_not_disturb_each_other()
    {
        var schema = GraphQLSchema.FromSdl(
            "interface Named { name: String } type A implements Named { name: String } type B implements Named { name: String } type Query { items(n: Int!): [Named] }",
            new ResolverMap().Field("Query", "items", async context =>
            {
                await Task.Yield();
                var n = context.GetArgument<int>("n");
                return (object?)Enumerable.Range(0, n)
                    .Select(i => new Dictionary<string, object?> { ["__typename"] = i % 2 == 0 ? "A" : "B", ["name"] = $"{n}-{i}" })
                    .ToList();
            }));

        var runs = Enumerable.Range(1, 40).Select(async n =>
            (n, json: await schema.RunAsync("query ($n: Int!) { items(n: $n) { ... on A { name } ... on B { b: name } } }", $$"""{"n": {{n}}}""")));
        foreach (var (n, json) in await Task.WhenAll(runs))
        {
            var items = string.Join(",", Enumerable.Range(0, n).Select(i => i % 2 == 0 ? $$"""{"name":"{{n}}-{{i}}"}""" : $$"""{"b":"{{n}}-{{i}}"}"""));
            json.Should().Be($$$"""{"data":{"items":[{{{items}}}]}}""");
        }
    }

    [Fact]
    public async Task A_cached_document_honours_each_requests_skip_and_include_variables()
    {
        var document = Parser.Parse(
            "query ($show: Boolean!) { a: greet(name: \"x\") @include(if: $show) ...F b: greet(name: \"fixed\") @skip(if: false) } fragment F on Query { c: greet(name: \"y\") @skip(if: $show) }");

        async Task<string> Run(bool show) => (await Schema.ExecuteAsync(
            document, new ExecutionRequest("") { Variables = new Dictionary<string, object?> { ["show"] = show } })).ToJson();

        (await Run(true)).Should().Be("""{"data":{"a":"Hello x","b":"Hello fixed"}}""");
        (await Run(false)).Should().Be("""{"data":{"c":"Hello y","b":"Hello fixed"}}""");
        (await Run(true)).Should().Be("""{"data":{"a":"Hello x","b":"Hello fixed"}}""");
    }
}
