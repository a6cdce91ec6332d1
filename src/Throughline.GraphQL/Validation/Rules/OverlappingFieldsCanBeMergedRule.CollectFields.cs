using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Validation.Rules;

public sealed partial class OverlappingFieldsCanBeMergedRule
{
    private sealed partial class Checker
    {
        // The fields and spread fragment names of a selection set (inline fragments expanded), cached per
        // parent type and selection set for the whole run, as the memoisation above relies on identity.
        private CollectFieldsResult CollectFields(GraphQLNamedType? parentType, SelectionSet selectionSet)
        {
            var bySelectionSet = _cachedWithoutType;
            if (parentType is not null && !_cachedByType.TryGetValue(parentType, out bySelectionSet))
            {
                bySelectionSet = new Dictionary<SelectionSet, CollectFieldsResult>(ReferenceEqualityComparer.Instance);
                _cachedByType[parentType] = bySelectionSet;
            }

            if (bySelectionSet.TryGetValue(selectionSet, out var cached))
            {
                return cached;
            }

            var result = new CollectFieldsResult();
            CollectFieldsInto(parentType, selectionSet, result);
            bySelectionSet[selectionSet] = result;
            return result;
        }

        private CollectFieldsResult CollectFragmentFields(FragmentDefinition fragment) =>
            CollectFields(TypeFromAst.Resolve(context.Schema, fragment.TypeCondition) as GraphQLNamedType, fragment.SelectionSet);

        private void CollectFieldsInto(GraphQLNamedType? parentType, SelectionSet selectionSet, CollectFieldsResult result)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case Field field:
                        var definition = (parentType as GraphQLFieldsType)?.GetField(field.Name.Value);
                        result.Add(field.ResponseKey, new FieldDetails(parentType, field, definition));
                        break;
                    case FragmentSpread spread:
                        if (!result.FragmentNames.Contains(spread.Name.Value))
                        {
                            result.FragmentNames.Add(spread.Name.Value);
                        }

                        break;
                    case InlineFragment inline:
                        var inlineType = inline.TypeCondition is { } condition
                            ? TypeFromAst.Resolve(context.Schema, condition) as GraphQLNamedType
                            : parentType;
                        CollectFieldsInto(inlineType, inline.SelectionSet, result);
                        break;
                }
            }
        }
    }
}
