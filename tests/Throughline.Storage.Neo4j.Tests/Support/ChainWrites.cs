using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Storage.Neo4j.Tests.Support;

/// <summary>
/// Writes whose graph at every version is known: write k adds a chain of <see cref="Chain"/> new entities and re-points
/// relation 'moving' onto its first two, so an index that mixes writes is told by its counts or fails to apply.
/// </summary>
public static class ChainWrites
{
    public const int Chain = 40;

    public static ImportBatch Write(int k)
    {
        var article = new Article($"write-{k}", $"Write {k}", null, [], null, null, null, [], "alpha beta");
        var entities = Enumerable.Range(0, Chain).Select(i => new Entity($"org/w{k}-{i}", $"W{k} {i}", EntityKind.Organization, [])).ToList();
        var evidence = new Evidence($"write-{k}", "beta", 6, 10);
        var relations = Enumerable.Range(0, Chain - 1)
            .Select(i => new Relation($"w{k}-{i}-supplies", RelationType.Supplies, $"org/w{k}-{i}", $"org/w{k}-{i + 1}", RelationStatus.Reported, 0.8, [evidence]))
            .Append(new Relation("moving", RelationType.Owns, $"org/w{k}-0", $"org/w{k}-1", RelationStatus.Reported, 0.5, [evidence]))
            .ToList();
        return new ImportBatch([article], entities, relations);
    }

    /// <summary>Entities and relations after the first <paramref name="version"/> writes on an empty store.</summary>
    public static (int Entities, int Relations) Expected(long version) =>
        version == 0 ? (0, 0) : ((int)version * Chain, ((int)version * (Chain - 1)) + 1);
}
