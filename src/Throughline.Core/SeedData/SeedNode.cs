namespace Throughline.Core.SeedData;

/// <summary>
/// A node of a seed YAML file with the line it starts on: what the readers need of YAML, whichever parser produced it
/// (<see cref="BlockYaml"/> for the block subset the seed files are written in, YamlDotNet for everything else).
/// </summary>
internal abstract record SeedNode(int Line);

/// <summary>A scalar; <paramref name="Plain"/> is false when it was quoted, so <c>"null"</c> and <c>""</c> stay values.</summary>
internal sealed record SeedScalar(int Line, string Value, bool Plain) : SeedNode(Line);

/// <summary>A mapping's entries in file order.</summary>
internal sealed record SeedMapping(int Line, IReadOnlyList<KeyValuePair<SeedNode, SeedNode>> Entries) : SeedNode(Line);

internal sealed record SeedSequence(int Line, IReadOnlyList<SeedNode> Items) : SeedNode(Line);
