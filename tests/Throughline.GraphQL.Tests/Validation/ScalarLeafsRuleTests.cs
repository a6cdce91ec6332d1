using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class ScalarLeafsRuleTests
{
    private static readonly ScalarLeafsRule Rule = new();

    [Fact]
    public void Leaves_without_and_objects_with_selections_are_valid() =>
        ValidationHarness.ExpectValid(Rule, "{ dog { barks doesKnowCommand(dogCommand: SIT) mother { name } } }");

    [Fact]
    public void Object_fields_without_selection_are_reported_with_their_type() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ human { pets friends } catOrDog }",
            new ExpectedError("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (1, 11)),
            new ExpectedError("Field \"friends\" of type \"[Human!]!\" must have a selection of subfields. Did you mean \"friends { ... }\"?", (1, 16)),
            new ExpectedError("Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"?", (1, 26)));

    [Fact]
    public void Selections_on_scalars_and_enums_point_at_the_selection_set() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ dog { barks { sinceWhen } } cat { furColor { hex } } }",
            new ExpectedError("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (1, 15)),
            new ExpectedError("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (1, 46)));

    [Fact]
    public void Unknown_fields_are_ignored() =>
        ValidationHarness.ExpectValid(Rule, "{ dog { unknownField { x } } }");
}
