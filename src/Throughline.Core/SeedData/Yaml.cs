using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.SeedData;

/// <summary>Loads YAML text into nodes, turning syntax errors into problems at their line.</summary>
internal static class Yaml
{
    /// <summary>The root node of <paramref name="text"/>, or null when it is empty or not YAML (reported).</summary>
    public static SeedNode? Load(string text, string file, ProblemList problems) =>
        BlockYaml.TryParse(text, out var root) ? root : LoadFull(text, file, problems);

    /// <summary>The whole of YAML, through YamlDotNet: anchors, tags, block scalars, flow over several lines, and its syntax errors.</summary>
    public static SeedNode? LoadFull(string text, string file, ProblemList problems)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
        }
        catch (YamlException e)
        {
            var message = (e.InnerException ?? e).Message;
            problems.Add(file, (int)e.Start.Line, $"YAML syntax error: {message}");
            return null;
        }
    }

    public static SeedLocation Location(string file, SeedNode node) => new(file, node.Line);

    /// <summary>An empty value (<c>key:</c>, <c>~</c>, <c>null</c>) counts as absent.</summary>
    public static bool IsNull(SeedNode node) => node is SeedScalar { Plain: true, Value: "" or "~" or "null" };

    private static SeedNode Convert(YamlNode node)
    {
        var line = (int)node.Start.Line;
        return node switch
        {
            YamlScalarNode s => new SeedScalar(line, s.Value ?? string.Empty, s.Style is ScalarStyle.Plain or ScalarStyle.Any),
            YamlSequenceNode q => new SeedSequence(line, q.Children.Select(Convert).ToList()),
            YamlMappingNode m => new SeedMapping(line, m.Children.Select(e => KeyValuePair.Create(Convert(e.Key), Convert(e.Value))).ToList()),
            _ => throw new InvalidOperationException($"unexpected YAML node {node.NodeType}"),
        };
    }
}
