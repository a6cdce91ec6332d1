using Throughline.GraphQL.Language;

namespace Throughline.GraphQL.Tests.Language;

public sealed class ParserExecutableTests
{
    [Fact]
    public void A_shorthand_query_is_an_anonymous_query_operation()
    {
        var document = Parser.Parse("{ a }");

        var operation = document.Definitions.Should().ContainSingle().Which.Should().BeOfType<OperationDefinition>().Which;
        operation.Operation.Should().Be(OperationType.Query);
        operation.Name.Should().BeNull();
        operation.VariableDefinitions.Should().BeEmpty();
        operation.SelectionSet.Selections.Should().ContainSingle().Which.As<Field>().Name.Value.Should().Be("a");
    }

    [Fact]
    public void Operations_carry_name_variables_directives_and_selections()
    {
        var document = Parser.Parse("mutation M($id: ID! = \"1\" @v, $n: [Int]) @op { like(id: $id) { count } }");

        var operation = (OperationDefinition)document.Definitions[0];
        operation.Operation.Should().Be(OperationType.Mutation);
        operation.Name!.Value.Should().Be("M");
        operation.Directives.Select(d => d.Name.Value).Should().Equal("op");
        var id = operation.VariableDefinitions[0];
        id.Variable.Name.Value.Should().Be("id");
        id.Type.Should().BeOfType<NonNullType>().Which.Type.As<NamedType>().Name.Value.Should().Be("ID");
        id.DefaultValue.Should().BeOfType<StringValue>().Which.Value.Should().Be("1");
        id.Directives.Should().ContainSingle().Which.Name.Value.Should().Be("v");
        operation.VariableDefinitions[1].Type.Should().BeOfType<ListType>();
        var like = (Field)operation.SelectionSet.Selections[0];
        like.Arguments.Should().ContainSingle().Which.Value.Should().BeOfType<Variable>()
            .Which.Name.Value.Should().Be("id");
        like.SelectionSet!.Selections.Should().ContainSingle();
    }

    [Fact]
    public void Aliases_are_split_from_field_names()
    {
        var field = (Field)((OperationDefinition)Parser.Parse("{ x: a }").Definitions[0]).SelectionSet.Selections[0];

        field.Alias!.Value.Should().Be("x");
        field.Name.Value.Should().Be("a");
        field.ResponseKey.Should().Be("x");
    }

    [Fact]
    public void Fragments_spreads_and_inline_fragments_are_distinguished()
    {
        var document = Parser.Parse("{ ...F @d ... on T { a } ... @skip(if: true) { b } } fragment F on T @f { c }");

        var selections = ((OperationDefinition)document.Definitions[0]).SelectionSet.Selections;
        selections[0].Should().BeOfType<FragmentSpread>().Which.Name.Value.Should().Be("F");
        selections[0].Directives.Should().ContainSingle();
        selections[1].Should().BeOfType<InlineFragment>().Which.TypeCondition!.Name.Value.Should().Be("T");
        selections[2].Should().BeOfType<InlineFragment>().Which.TypeCondition.Should().BeNull();
        var fragment = document.Definitions[1].Should().BeOfType<FragmentDefinition>().Which;
        fragment.Name.Value.Should().Be("F");
        fragment.TypeCondition.Name.Value.Should().Be("T");
        fragment.Directives.Should().ContainSingle();
    }

    [Fact]
    public void Keywords_are_ordinary_names_outside_their_positions()
    {
        var document = Parser.Parse("fragment query on mutation { on: fragment(type: null) }");

        var fragment = (FragmentDefinition)document.Definitions[0];
        fragment.Name.Value.Should().Be("query");
        var field = (Field)fragment.SelectionSet.Selections[0];
        field.Alias!.Value.Should().Be("on");
        field.Arguments[0].Value.Should().BeOfType<NullValue>();
    }

    [Fact]
    public void Executable_definitions_accept_descriptions_like_graphql_js_16()
    {
        var document = Parser.Parse("\"op\" query Q(\"var\" $a: Int) { a } \"\"\"frag\"\"\" fragment F on T { a }");

        var operation = (OperationDefinition)document.Definitions[0];
        operation.Description!.Value.Should().Be("op");
        operation.VariableDefinitions[0].Description!.Value.Should().Be("var");
        ((FragmentDefinition)document.Definitions[1]).Description!.Block.Should().BeTrue();
    }

    [Fact]
    public void The_document_remembers_its_source()
    {
        var document = Parser.Parse(new Source("{ a }", "my.graphql"));

        document.Source!.Name.Should().Be("my.graphql");
        document.Source.Body.Should().Be("{ a }");
    }
}
