using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly OverlappingFieldsCanBeMergedRule Rule = new();

    private const string Suffix = " Use different aliases on the fields to fetch both if this was intentional.";

    [Fact]
    public void Identical_fields_arguments_and_distinct_aliases_are_valid() =>
        ValidationHarness.ExpectValid(
            Rule,
            "{ dog { name name doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) knowsDown: doesKnowCommand(dogCommand: DOWN) } }");

    [Fact]
    public void Different_fields_under_one_alias_are_reported() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ dog { fido: name fido: nickname } }",
            new ExpectedError("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields." + Suffix, (1, 9), (1, 20)));

    [Fact]
    public void Differing_arguments_are_reported() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }",
            new ExpectedError("Fields \"doesKnowCommand\" conflict because they have differing arguments." + Suffix, (1, 9), (1, 42)));

    [Fact]
    public void Different_fields_on_exclusive_object_types_may_share_an_alias() =>
        ValidationHarness.ExpectValid(Rule, "{ pet { ... on Dog { name } ... on Cat { name: nickname } } }");

    [Fact]
    public void Conflicting_return_types_are_reported_even_on_exclusive_types() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ someBox { ... on IntBox { scalar } ... on StringBox { scalar } } }",
            new ExpectedError("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\"." + Suffix, (1, 29), (1, 57)));

    [Fact]
    public void Sub_field_conflicts_are_nested_in_the_reason_and_locations() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ field: dog { x: name y: barkVolume } field: dog { x: nickname y: barks } }",
            new ExpectedError(
                "Fields \"field\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"barkVolume\" and \"barks\" are different fields." + Suffix,
                (1, 3), (1, 16), (1, 24), (1, 40), (1, 53), (1, 65)));

    [Fact]
    public void Conflicts_between_fragments_are_found() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ ...A ...B }\nfragment A on QueryRoot { x: dog { name } }\nfragment B on QueryRoot { x: cat { name } }",
            new ExpectedError("Fields \"x\" conflict because \"dog\" and \"cat\" are different fields." + Suffix, (2, 27), (3, 27)));

    [Fact]
    public void Recursive_fragments_terminate() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ fragA: dog { name } ...fragA }\nfragment fragA on QueryRoot { fragA: cat { name } ...fragA }",
            new ExpectedError("Fields \"fragA\" conflict because \"dog\" and \"cat\" are different fields." + Suffix, (1, 3), (2, 31)));
}
