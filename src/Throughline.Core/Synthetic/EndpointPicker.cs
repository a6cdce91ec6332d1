using Throughline.Core.Model;

namespace Throughline.Core.Synthetic;

/// <summary>
/// Picks relation endpoints of given kinds. Power-law shape uses preferential attachment: with probability 3/4 the
/// endpoint of an earlier relation of that kind is reused (so an entity is picked in proportion to its degree), else a
/// uniformly random entity of the kind.
/// </summary>
internal sealed class EndpointPicker
{
    private readonly GraphShape _shape;
    private readonly Random _random;
    private readonly int[][] _byKind;
    private readonly List<int>[] _chosen;
    private readonly Dictionary<IReadOnlySet<EntityKind>, EntityKind[]> _ordered = new(ReferenceEqualityComparer.Instance);

    public EndpointPicker(List<Entity> entities, GraphShape shape, Random random)
    {
        _shape = shape;
        _random = random;
        var kinds = Enum.GetValues<EntityKind>();
        _byKind = [.. kinds.Select(k => Enumerable.Range(0, entities.Count).Where(e => entities[e].Kind == k).ToArray())];
        _chosen = [.. kinds.Select(_ => new List<int>())];
    }

    public int[] OfKind(EntityKind kind) => _byKind[(int)kind];

    /// <summary>An entity of one of <paramref name="kinds"/>, the kind chosen in proportion to how many entities it has.</summary>
    public int Pick(IReadOnlySet<EntityKind> kinds)
    {
        if (!_ordered.TryGetValue(kinds, out var ordered))
        {
            ordered = [.. kinds.Order()];
            _ordered[kinds] = ordered;
        }

        var total = 0;
        foreach (var k in ordered)
        {
            total += _byKind[(int)k].Length;
        }

        var roll = _random.Next(total);
        foreach (var k in ordered)
        {
            var members = _byKind[(int)k];
            if (roll < members.Length)
            {
                return Pick(k, members);
            }

            roll -= members.Length;
        }

        throw new InvalidOperationException("unreachable: the roll is below the total");
    }

    private int Pick(EntityKind kind, int[] members)
    {
        var chosen = _chosen[(int)kind];
        var entity = _shape == GraphShape.PowerLaw && chosen.Count > 0 && _random.Next(4) != 0
            ? chosen[_random.Next(chosen.Count)]
            : members[_random.Next(members.Length)];
        chosen.Add(entity);
        return entity;
    }
}
