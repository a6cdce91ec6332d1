using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Cli.Commands;

/// <summary>Finds one entity by id, else by a name or alias matched exactly (case-insensitively); says why when it cannot.</summary>
internal static class EntityLookup
{
    public static async Task<Entity> FindAsync(IGraphStore store, string idOrName, CancellationToken ct)
    {
        if (await store.GetEntityAsync(idOrName, ct).ConfigureAwait(false) is { } byId)
        {
            return byId;
        }

        var page = await store.SearchEntitiesAsync(new EntitySearch(idOrName, Limit: 10), ct).ConfigureAwait(false);
        var exact = page.Items.Where(e => e.Names.Any(n => string.Equals(n.Trim(), idOrName.Trim(), StringComparison.OrdinalIgnoreCase))).ToList();
        return exact switch
        {
            [var only] => only,
            [] when page.Items.Count == 0 => throw new CliFailure($"no entity has the id, name or alias '{idOrName}'"),
            [] => throw new CliFailure($"no entity is named '{idOrName}'; did you mean: {Describe(page.Items)}?"),
            _ => throw new CliFailure($"'{idOrName}' names several entities; use an id: {Describe(exact)}"),
        };
    }

    private static string Describe(IEnumerable<Entity> entities) =>
        string.Join(", ", entities.Select(e => $"{e.Name} ({e.Id})"));
}
