using Throughline.Core.Model;

namespace Throughline.Core.Storage;

/// <summary>
/// Builds the answer of the batched relation reads (<see cref="IGraphStore.GetRelationsOfManyAsync"/>,
/// <see cref="IGraphStore.GetRelationsCitingManyAsync"/>) the same way in every store: one key per distinct id asked for,
/// rows added in the order the store read them.
/// </summary>
public sealed class RelationGroups
{
    private readonly Dictionary<string, List<Relation>> _groups;

    /// <summary>Starts with an empty list for every id, so ids nothing matches are still answered.</summary>
    /// <exception cref="ArgumentException">An id is null.</exception>
    public RelationGroups(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        _groups = new Dictionary<string, List<Relation>>(ids.Count, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (id is null)
            {
                throw new ArgumentException("the id list holds a null id", nameof(ids));
            }

            _groups.TryAdd(id, []);
        }
    }

    /// <summary>The distinct ids asked for.</summary>
    public IReadOnlyCollection<string> Ids => _groups.Keys;

    /// <exception cref="InvalidOperationException">The store returned a row for an id nobody asked for.</exception>
    public void Add(string id, Relation relation)
    {
        if (!_groups.TryGetValue(id, out var list))
        {
            throw new InvalidOperationException($"the store returned relation {relation.Id} for '{id}', which was not asked for");
        }

        list.Add(relation);
    }

    /// <summary>The groups, each ordered by relation id (ordinal), whatever order the rows came in.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Relation>> ToOrderedDictionary() =>
        _groups.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<Relation>)[.. pair.Value.OrderBy(r => r.Id, StringComparer.Ordinal)],
            StringComparer.Ordinal);
}
