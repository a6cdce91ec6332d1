using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Throughline.Core.SeedData;

/// <summary>Loads YAML text into nodes, turning syntax errors into problems at their line.</summary>
internal static class Yaml
{
    /// <summary>The root node of <paramref name="text"/>, or null when it is empty or not YAML (reported).</summary>
    public static YamlNode? Load(string text, string file, ProblemList problems)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var message = (e.InnerException ?? e).Message;
            problems.Add(file, (int)e.Start.Line, $"YAML syntax error: {message}");
            return null;
        }
    }

    public static SeedLocation Location(string file, YamlNode node) => new(file, (int)node.Start.Line);

    /// <summary>An empty value (<c>key:</c>, <c>~</c>, <c>null</c>) counts as absent.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" };
}
