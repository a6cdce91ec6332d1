using Throughline.Core.Model;
using Throughline.Core.Paths;
using Throughline.Core.Storage;
using Throughline.GraphQL.Types;

namespace Throughline.Api.Schema;

/// <summary>
/// Reads an EntityFilter; <c>countries</c> becomes ids through <see cref="CountrySelection"/>, as in the /export
/// endpoints and the CLI.
/// </summary>
internal static class PathSelectors
{
    public static async Task<CountrySelection> ReadAsync(ResolveFieldContext context, string name, IGraphStore store)
    {
        var filter = Arguments.Object(context, name);
        var countries = Arguments.List<string>(filter, "countries");
        var selector = new EntitySelector(
            Arguments.List<string>(filter, "ids"),
            Arguments.List<string>(filter, "names"),
            Arguments.List<EntityKind>(filter, "kinds"),
            Arguments.List<string>(filter, "locatedIn"));
        if (countries is not { Count: > 0 } && selector.IsEmpty)
        {
            throw Errors.BadInput($"Argument \"{name}\" selects nothing: give at least one of ids, names, kinds, locatedIn or countries.");
        }

        return await CountrySelection.NarrowAsync($"{name}.countries", selector, countries, store, context.CancellationToken).ConfigureAwait(false);
    }
}
