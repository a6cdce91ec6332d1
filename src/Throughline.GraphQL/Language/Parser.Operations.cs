namespace Throughline.GraphQL.Language;

public static partial class Parser
{
    private ref partial struct Reader
    {
        // https://spec.graphql.org/October2021/#OperationDefinition
        // Like graphql-js 16.15, an operation written with its keyword may carry a description.
        private OperationDefinition ParseOperationDefinition()
        {
            var start = Current;
            if (Peek(TokenKind.BraceL))
            {
                var shorthand = ParseSelectionSet();
                return new OperationDefinition(OperationType.Query, null, [], [], shorthand)
                {
                    Location = LocationFrom(start),
                };
            }

            var description = ParseDescription();
            var operation = ParseOperationType();
            var name = Peek(TokenKind.Name) ? ParseName() : null;
            var variables = OptionalMany(
                TokenKind.ParenL, static (ref Reader r) => r.ParseVariableDefinition(), TokenKind.ParenR);
            var directives = ParseDirectives(isConst: false);
            var selectionSet = ParseSelectionSet();
            return new OperationDefinition(operation, name, variables, directives, selectionSet)
            {
                Description = description,
                Location = LocationFrom(start),
            };
        }

        // https://spec.graphql.org/October2021/#OperationType
        private OperationType ParseOperationType()
        {
            var token = ExpectToken(TokenKind.Name);
            return _lexer.Body[token.Start..token.End] switch
            {
                "query" => OperationType.Query,
                "mutation" => OperationType.Mutation,
                "subscription" => OperationType.Subscription,
                _ => throw Unexpected(token),
            };
        }

        // https://spec.graphql.org/October2021/#VariableDefinition
        private VariableDefinition ParseVariableDefinition()
        {
            var start = Current;
            var description = ParseDescription();
            var variable = ParseVariable();
            ExpectToken(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
            var directives = ParseDirectives(isConst: true);
            return new VariableDefinition(variable, type, defaultValue, directives)
            {
                Description = description,
                Location = LocationFrom(start),
            };
        }

        // https://spec.graphql.org/October2021/#Variable
        private Variable ParseVariable()
        {
            var start = Current;
            ExpectToken(TokenKind.Dollar);
            var name = ParseName();
            return new Variable(name) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#SelectionSet
        private SelectionSet ParseSelectionSet()
        {
            var start = Current;
            EnterNesting();
            var selections = Many(TokenKind.BraceL, static (ref Reader r) => r.ParseSelection(), TokenKind.BraceR);
            ExitNesting();
            return new SelectionSet(selections) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#Selection
        private Selection ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

        // https://spec.graphql.org/October2021/#Field
        private Field ParseField()
        {
            var start = Current;
            var nameOrAlias = ParseName();
            Name? alias = null;
            var name = nameOrAlias;
            if (ExpectOptionalToken(TokenKind.Colon))
            {
                alias = nameOrAlias;
                name = ParseName();
            }

            var arguments = ParseArguments(isConst: false);
            var directives = ParseDirectives(isConst: false);
            var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
            return new Field(alias, name, arguments, directives, selectionSet) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#Arguments
        private IReadOnlyList<Argument> ParseArguments(bool isConst) => isConst
            ? OptionalMany(TokenKind.ParenL, static (ref Reader r) => r.ParseArgument(isConst: true), TokenKind.ParenR)
            : OptionalMany(TokenKind.ParenL, static (ref Reader r) => r.ParseArgument(isConst: false), TokenKind.ParenR);

        // https://spec.graphql.org/October2021/#Argument
        private Argument ParseArgument(bool isConst)
        {
            var start = Current;
            var name = ParseName();
            ExpectToken(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            return new Argument(name, value) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#FragmentSpread and #InlineFragment
        private Selection ParseFragment()
        {
            var start = Current;
            ExpectToken(TokenKind.Spread);
            var hasTypeCondition = ExpectOptionalKeyword("on");
            if (!hasTypeCondition && Peek(TokenKind.Name))
            {
                var name = ParseFragmentName();
                var spreadDirectives = ParseDirectives(isConst: false);
                return new FragmentSpread(name, spreadDirectives) { Location = LocationFrom(start) };
            }

            var typeCondition = hasTypeCondition ? ParseNamedType() : null;
            var directives = ParseDirectives(isConst: false);
            var selectionSet = ParseSelectionSet();
            return new InlineFragment(typeCondition, directives, selectionSet) { Location = LocationFrom(start) };
        }

        // https://spec.graphql.org/October2021/#FragmentDefinition
        private FragmentDefinition ParseFragmentDefinition()
        {
            var start = Current;
            var description = ParseDescription();
            ExpectKeyword("fragment");
            var name = ParseFragmentName();
            ExpectKeyword("on");
            var typeCondition = ParseNamedType();
            var directives = ParseDirectives(isConst: false);
            var selectionSet = ParseSelectionSet();
            return new FragmentDefinition(name, typeCondition, directives, selectionSet)
            {
                Description = description,
                Location = LocationFrom(start),
            };
        }

        // https://spec.graphql.org/October2021/#FragmentName: any Name but "on".
        private Name ParseFragmentName() => ValueEquals(Current, "on") ? throw Unexpected() : ParseName();
    }
}
