namespace Throughline.GraphQL.Types.Building;

/// <summary>
/// Finds input objects that cannot be constructed because they reference themselves through non-null fields
/// (graphql-js createInputObjectCircularRefsValidator: a depth-first search sharing state across types).
/// </summary>
internal sealed class InputCycleDetector(SchemaErrors errors)
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<GraphQLInputField> _fieldPath = [];
    private readonly Dictionary<string, int> _pathIndexByTypeName = new(StringComparer.Ordinal);

    public void Detect(GraphQLInputObjectType input)
    {
        if (!_visited.Add(input.Name))
        {
            return;
        }

        _pathIndexByTypeName[input.Name] = _fieldPath.Count;
        foreach (var field in input.Fields.Values)
        {
            if (field.Type is GraphQLNonNull { OfType: GraphQLInputObjectType fieldType })
            {
                _fieldPath.Add(field);
                if (!_pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                {
                    Detect(fieldType);
                }
                else
                {
                    var cyclePath = _fieldPath[cycleIndex..];
                    var pathText = string.Join(".", cyclePath.Select(f => f.Name));
                    errors.Add(
                        $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{pathText}\".",
                        [.. cyclePath.Select(f => f.AstNode)]);
                }

                _fieldPath.RemoveAt(_fieldPath.Count - 1);
            }
        }

        _pathIndexByTypeName.Remove(input.Name);
    }
}
