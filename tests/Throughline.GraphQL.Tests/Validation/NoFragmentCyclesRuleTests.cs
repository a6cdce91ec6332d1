using Throughline.GraphQL.Validation.Rules;

namespace Throughline.GraphQL.Tests.Validation;

public sealed class NoFragmentCyclesRuleTests
{
    private static readonly NoFragmentCyclesRule Rule = new();

    [Fact]
    public void Repeated_and_recursive_through_fields_spreads_are_not_cycles() =>
        ValidationHarness.ExpectValid(
            Rule, "fragment A on Dog { ...B ...B ...C } fragment B on Dog { ...C } fragment C on Dog { name } fragment R on Human { relatives { name } }");

    [Fact]
    public void A_fragment_spreading_itself_is_reported() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "fragment A on Dog { ...A }",
            new ExpectedError("Cannot spread fragment \"A\" within itself.", (1, 21)));

    [Fact]
    public void Indirect_cycles_name_the_path() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "fragment A on Dog { ...B }\nfragment B on Dog { ...C }\nfragment C on Dog { ...A }",
            new ExpectedError("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", (1, 21), (2, 21), (3, 21)));

    [Fact]
    public void Every_cycle_back_to_the_start_is_reported_once() =>
        ValidationHarness.ExpectErrors(
            Rule,
            "fragment A on Dog { ...B, ...C }\nfragment B on Dog { ...A }\nfragment C on Dog { ...A }",
            new ExpectedError("Cannot spread fragment \"A\" within itself via \"B\".", (1, 21), (2, 21)),
            new ExpectedError("Cannot spread fragment \"A\" within itself via \"C\".", (1, 27), (3, 21)));
}
