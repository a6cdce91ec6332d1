using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class KnownArgumentNamesRuleTests
{
    private static readonly KnownArgumentNamesRule Rule = new();

    [Fact]
    public void Defined_arguments_in_any_order_are_valid() =>
        ValidationHarness.ExpectValid(
            Rule, "{ dog @skip(if: false) { doesKnowCommand(dogCommand: SIT) } complicatedArgs { multipleReqs(req2: 2, req1: 1) } }");

    [Fact]
    public void Arguments_of_unknown_fields_are_ignored() =>
        ValidationHarness.ExpectValid(Rule, "{ dog { unknownField(unknownArg: SIT) } }");

    [Fact]
    public void Unknown_field_arguments_are_reported_with_suggestions() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ dog { doesKnowCommand(whoKnows: 1, dogCommand: SIT, DogCommand: true) } }",
            new ExpectedError("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (1, 25)),
            new ExpectedError("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (1, 55)));

    [Fact]
    public void Unknown_directive_arguments_are_reported() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ dog @skip(iff: true) { name @onField(if: true) } }",
            new ExpectedError("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 13)),
            new ExpectedError("Unknown argument \"if\" on directive \"@onField\".", (1, 40)));
}
