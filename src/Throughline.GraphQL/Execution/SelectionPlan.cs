using Throughline.GraphQL.Language;
using Throughline.GraphQL.Types;

namespace Throughline.GraphQL.Execution;

/// <summary>One response key of a selection set: every field node merged into it and the field they select.</summary>
internal sealed record FieldGroup(string ResponseKey, IReadOnlyList<Field> Nodes, GraphQLField Definition);

/// <summary>
/// The collected fields of a selection set for one object type, in response order. Plans are shared by all objects
/// completed from the same selection (every item of a list), so their response keys are stored once.
/// </summary>
internal sealed class SelectionPlan
{
    private Dictionary<string, int>? _indexByKey;

    public SelectionPlan(FieldGroup[] fields)
    {
        Fields = fields;
        Keys = Array.ConvertAll(fields, f => f.ResponseKey);
    }

    public FieldGroup[] Fields { get; }

    public string[] Keys { get; }

    public int IndexOf(string key)
    {
        if (Keys.Length <= 8)
        {
            return Array.IndexOf(Keys, key);
        }

        // Built on first keyed lookup only; responses are usually enumerated, not searched.
        var index = Volatile.Read(ref _indexByKey);
        if (index is null)
        {
            index = new Dictionary<string, int>(Keys.Length, StringComparer.Ordinal);
            for (var i = 0; i < Keys.Length; i++)
            {
                index[Keys[i]] = i;
            }

            Volatile.Write(ref _indexByKey, index);
        }

        return index.GetValueOrDefault(key, -1);
    }
}
