using System.Text.RegularExpressions;
using Throughline.Core.Model;

namespace Throughline.Core.SeedData;

/// <summary>Id syntax: article and relation ids are slugs, entity ids are <c>prefix/slug</c> with the prefix naming the kind.</summary>
public static partial class SeedIds
{
    private static readonly Dictionary<EntityKind, string> Prefixes = new()
    {
        [EntityKind.Organization] = "org",
        [EntityKind.Person] = "person",
        [EntityKind.GovernmentBody] = "gov",
        [EntityKind.Place] = "place",
        [EntityKind.Project] = "project",
        [EntityKind.Product] = "product",
        [EntityKind.SanctionsList] = "list",
        [EntityKind.Event] = "event",
    };

    public static string PrefixOf(EntityKind kind) => Prefixes[kind];

    public static bool IsSlug(string? id) => id is not null && Slug().IsMatch(id);

    public static bool IsEntityId(string? id) => id is not null && EntityId().IsMatch(id);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    [GeneratedRegex("^(org|person|gov|place|project|product|list|event)/[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex EntityId();
}
