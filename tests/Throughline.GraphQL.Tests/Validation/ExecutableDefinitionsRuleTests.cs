using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ExecutableDefinitionsRule Rule = new();

    [Fact]
    public void Operations_and_fragments_are_executable() =>
        ValidationHarness.ExpectValid(Rule, "query Foo { dog { ...F } } fragment F on Dog { name }");

    [Fact]
    public void Type_definitions_and_extensions_are_reported_by_name() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "query Foo { dog { name } }\ntype Cow { name: String }\nextend type Dog { color: String }",
            new ExpectedError("The \"Cow\" definition is not executable.", (2, 1)),
            new ExpectedError("The \"Dog\" definition is not executable.", (3, 1)));

    [Fact]
    public void Schema_definitions_and_extensions_are_called_schema() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "schema { query: QueryRoot }\nextend schema @onQuery\nquery Q { dog { name } }",
            new ExpectedError("The schema definition is not executable.", (1, 1)),
            new ExpectedError("The schema definition is not executable.", (2, 1)));

    [Fact]
    public void Directive_definitions_are_reported() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "directive @foo on FIELD { dog { name } }",
            new ExpectedError("The \"foo\" definition is not executable.", (1, 1)));
}
