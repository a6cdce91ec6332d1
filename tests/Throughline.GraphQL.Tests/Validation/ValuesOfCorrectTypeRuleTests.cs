using Throughline.GraphQL.Language;
using Throughline.GraphQL.Validation;
using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValuesOfCorrectTypeRule Rule = new();

    [Fact]
    public void Literals_of_the_right_types_are_valid() =>
        ValidationHarness.ExpectValid(
            Rule,
            "{ complicatedArgs { intArgField(intArg: -2) floatArgField(floatArg: 1) idArgField(idArg: 1) enumArgField(enumArg: TAN) stringListArgField(stringListArg: \"one\") complexArgField(complexArg: { requiredField: false, stringListField: [\"a\", null] }) } }");

    [Fact]
    public void Scalar_literal_errors_read_like_the_scalars_coercion_errors() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ complicatedArgs { intArgField(intArg: \"3\") booleanArgField(booleanArg: 2) idArgField(idArg: 1.0) floatArgField(floatArg: true) stringArgField(stringArg: BAR) } }",
            new ExpectedError("Int cannot represent non-integer value: \"3\"", (1, 41)),
            new ExpectedError("Boolean cannot represent a non boolean value: 2", (1, 74)),
            new ExpectedError("ID cannot represent a non-string and non-integer value: 1.0", (1, 95)),
            new ExpectedError("Float cannot represent non numeric value: true", (1, 124)),
            new ExpectedError("String cannot represent a non string value: BAR", (1, 156)));

    [Fact]
    public void Out_of_range_ints_are_reported() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ complicatedArgs { intArgField(intArg: 2147483648) } }",
            new ExpectedError("Int cannot represent non 32-bit signed integer value: 2147483648", (1, 41)));

    [Fact]
    public void Enum_literals_are_checked_with_suggestions() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ dog { a: doesKnowCommand(dogCommand: \"SIT\") b: doesKnowCommand(dogCommand: HEAL) } }",
            new ExpectedError("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (1, 40)),
            new ExpectedError("Value \"HEAL\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"HEEL\"?", (1, 78)));

    [Fact]
    public void Null_in_non_null_positions_is_reported() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) stringListNonNullArgField(stringListNonNullArg: [\"a\", null]) } }",
            new ExpectedError("Expected value of type \"Int!\", found null.", (1, 55)),
            new ExpectedError("Expected value of type \"String!\", found null.", (1, 115)));

    [Fact]
    public void Input_objects_report_missing_required_and_unknown_fields() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ complicatedArgs { complexArgField(complexArg: { intField: 4, stringFeild: \"x\" }) } }",
            new ExpectedError("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 49)),
            new ExpectedError("Field \"stringFeild\" is not defined by type \"ComplexInput\". Did you mean \"stringField\", \"intField\", or \"stringListField\"?", (1, 64)));

    [Fact]
    public void Objects_and_lists_in_scalar_positions_are_printed_in_the_message() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ complicatedArgs { complexArgField(complexArg: \"x\") intArgField(intArg: {a: [1, 2]}) } }",
            new ExpectedError("Expected value of type \"ComplexInput\", found \"x\".", (1, 49)),
            new ExpectedError("Int cannot represent non-integer value: {a: [1, 2]}", (1, 74)));

    [Fact]
    public void OneOf_input_objects_need_exactly_one_non_null_field() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "{ complicatedArgs { a: oneOfArgField(oneOfArg: { stringField: \"a\", intField: 1 }) b: oneOfArgField(oneOfArg: { intField: null }) } }",
            new ExpectedError("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (1, 48)),
            new ExpectedError("Field \"OneOfInput.intField\" must be non-null.", (1, 110)));

    [Fact]
    public void Variable_default_values_are_checked() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "query Q($a: Int = \"one\", $b: ComplexInput = { requiredField: null }) { dog { name } }",
            new ExpectedError("Int cannot represent non-integer value: \"one\"", (1, 19)),
            new ExpectedError("Expected value of type \"Boolean!\", found null.", (1, 62)));

    [Fact]
    public void Enum_errors_leave_out_suggestions_when_asked() =>
        DocumentValidator.Validate(
                ValidationHarness.Schema,
                Parser.Parse("{ dog { a: doesKnowCommand(dogCommand: \"SIT\") b: doesKnowCommand(dogCommand: HEAL) } }"),
                [Rule],
                new ValidationOptions { HideSuggestions = true })
            .Select(e => e.Message)
            .Should().Equal(
                "Enum \"DogCommand\" cannot represent non-enum value: \"SIT\".",
                "Value \"HEAL\" does not exist in \"DogCommand\" enum.");
}
