using System.Runtime.CompilerServices;
using System.Text;
using Throughline.Core.SeedData;
using Throughline.Core.Synthetic;

namespace Throughline.Core.Tests.SeedData;

/// <summary>
/// The fast block-YAML reader against YamlDotNet, the reference: whatever text the fast reader accepts must read exactly
/// as YamlDotNet reads it (same nodes, values, quoting and lines) and must be valid YAML; everything else it must refuse.
/// </summary>
public sealed class BlockYamlTests
{
    private static readonly string RepoSeedData = Path.GetFullPath(Path.Combine(Here(), "..", "..", "..", "seed-data"));

    public static TheoryData<string> Corpus()
    {
        var data = new TheoryData<string>();
        foreach (var text in CorpusTexts().Select(t => t.Name))
        {
            data.Add(text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void A_corpus_file_reads_as_YamlDotNet_reads_it(string name)
    {
        var text = CorpusTexts().Single(t => t.Name == name).Text;
        AssertAgrees(text);
    }

    [Fact]
    public void The_seed_graph_and_generated_bench_files_take_the_fast_path()
    {
        var refused = CorpusTexts()
            .Where(t => t.Name.StartsWith("seed-data/entities", StringComparison.Ordinal) || t.Name.StartsWith("bench/", StringComparison.Ordinal))
            .Where(t => !BlockYaml.TryParse(t.Text, out _))
            .Select(t => t.Name)
            .ToList();
        refused.Should().BeEmpty();
    }

    [Theory]
    [InlineData("a: 1\nb: two words # comment\nc: \"q\\\"uo\\\\te\"\nd: 'it''s'\n")]
    [InlineData("- id: x\n  name: \"X\"\n  aliases: [A B., \"C, D\", 'e']\n- id: y\n")]
    [InlineData("relations:\n- id: a\n  evidence:\n  - quote: \"q\"\nnext: 1\n")]
    [InlineData("article: a\nrelations: []\n")]
    [InlineData("amount: { value: 1200000, currency: USD }\nquantity: {value: 5, unit: hard disk drives}\n")]
    [InlineData("a:\nb: ~\nc: null\nd: \"\"\ne: \"null\"\nf:   # nothing\n")]
    [InlineData("url: https://example.com/a:b?c=d#frag\nnote: C# and F#, 100%\n")]
    [InlineData("# only a comment first\n\n  \nroot:\n    deeper:\n        deepest: \"\\u00e9\\n\\t\"\n")]
    [InlineData("a: 1\r\nb:\r\n  - x\r\n  - y\r\n")]
    [InlineData("-\n  a: 1\n-   b: 2\n    c: 3\n")]
    [InlineData("k: [[a, b], {c: d}, []]\n")]
    [InlineData("a: \"\\r\\0\\/ end\"\nb: 'x'\n")]
    public void Common_forms_take_the_fast_path_and_agree(string text)
    {
        BlockYaml.TryParse(text, out _).Should().BeTrue();
        AssertAgrees(text);
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !tag 1\n")]
    [InlineData("a: |\n  block\n")]
    [InlineData("a: >\n  folded\n")]
    [InlineData("a: plain\n  continued\n")]
    [InlineData("a: \"two\n  lines\"\n")]
    [InlineData("a: [1,\n  2]\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("a:\t1\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: 1\n - b\n")]
    [InlineData("a: [1, 2,]\n")]
    [InlineData("\"quoted key\": 1\n")]
    [InlineData("? complex\n: key\n")]
    [InlineData("- - nested\n")]
    [InlineData("just a scalar\n")]
    [InlineData("")]
    [InlineData("a: \"\\x41\"\n")]
    [InlineData("a: \"unclosed\n")]
    [InlineData("a: \"x\" trailing\n")]
    public void Text_outside_the_subset_is_left_to_YamlDotNet(string text)
    {
        BlockYaml.TryParse(text, out _).Should().BeFalse();
    }

    /// <summary>Random small edits of real files — the places a hand-written parser goes wrong — must still agree.</summary>
    [Fact]
    public void Random_edits_of_seed_files_agree_with_YamlDotNet()
    {
        var sources = CorpusTexts().Where(t => t.Text.Length < 40_000).Select(t => t.Text).ToList();
        var random = new Random(20261207);
        const string inserts = "-:#\"'[]{},&*!|>?%@`\\ \n\t~";
        var accepted = 0;
        for (var round = 0; round < 3000; round++)
        {
            var text = sources[random.Next(sources.Count)];
            var lineStarts = text.Select((c, i) => (c, i)).Where(x => x.c == '\n').Select(x => x.i + 1).Prepend(0).ToList();
            var start = lineStarts[random.Next(lineStarts.Count)];
            var window = text.Substring(start, Math.Min(600, text.Length - start));
            var edited = new StringBuilder(window);
            for (var edits = random.Next(1, 4); edits > 0 && edited.Length > 0; edits--)
            {
                var at = random.Next(edited.Length);
                switch (random.Next(3))
                {
                    case 0:
                        edited.Insert(at, inserts[random.Next(inserts.Length)]);
                        break;
                    case 1:
                        edited.Remove(at, 1);
                        break;
                    default:
                        edited.Insert(at, "  ");
                        break;
                }
            }

            var mutated = edited.ToString();
            if (BlockYaml.TryParse(mutated, out _))
            {
                accepted++;
                AssertAgrees(mutated);
            }
        }

        accepted.Should().BeGreaterThan(300, "most small edits keep a file inside the subset, so this compares many texts");
    }

    private static void AssertAgrees(string text)
    {
        if (!BlockYaml.TryParse(text, out var fast))
        {
            return;
        }

        var problems = new ProblemList();
        var full = Yaml.LoadFull(text, "t.yaml", problems);
        problems.Items.Should().BeEmpty($"the fast reader accepted text YamlDotNet rejects:\n{text}");
        Dump(fast).Should().Be(Dump(full), $"for the text:\n{text}");
    }

    private static string Dump(SeedNode? node)
    {
        var text = new StringBuilder();
        Write(node, text, 0);
        return text.ToString();
    }

    private static void Write(SeedNode? node, StringBuilder text, int depth)
    {
        text.Append(' ', depth * 2);
        switch (node)
        {
            case null:
                text.Append("(none)\n");
                break;
            case SeedScalar s:
                text.Append($"{s.Line} {(s.Plain ? "plain" : "quoted")} [{s.Value.Replace("\n", "\\n", StringComparison.Ordinal)}]\n");
                break;
            case SeedSequence q:
                text.Append($"{q.Line} sequence\n");
                foreach (var item in q.Items)
                {
                    Write(item, text, depth + 1);
                }

                break;
            case SeedMapping m:
                text.Append($"{m.Line} mapping\n");
                foreach (var (key, value) in m.Entries)
                {
                    Write(key, text, depth + 1);
                    Write(value, text, depth + 2);
                }

                break;
        }
    }

    private static IReadOnlyList<(string Name, string Text)> CorpusTexts() => LazyCorpus.Value;

    private static readonly Lazy<IReadOnlyList<(string Name, string Text)>> LazyCorpus = new(LoadCorpus);

    private static IReadOnlyList<(string Name, string Text)> LoadCorpus()
    {
        var texts = new List<(string, string)>();
        var bench = Path.Combine(Path.GetTempPath(), $"throughline-blockyaml-{Environment.ProcessId}");
        try
        {
            SeedDataWriter.Write(SyntheticGraph.Generate(new SyntheticGraphOptions(300, 2000)), bench);
            texts.AddRange(Files(bench, "bench"));
        }
        finally
        {
            Directory.Delete(bench, recursive: true);
        }

        texts.AddRange(Files(RepoSeedData, "seed-data"));
        texts.AddRange(Files(SeedFixtures.Directory(string.Empty), "fixtures"));
        return texts;
    }

    private static IEnumerable<(string, string)> Files(string root, string label)
    {
        foreach (var path in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = $"{label}/{Path.GetRelativePath(root, path).Replace('\\', '/')}";
            if (path.EndsWith(".yaml", StringComparison.Ordinal))
            {
                yield return (name, File.ReadAllText(path));
            }
            else if (path.EndsWith(".md", StringComparison.Ordinal) && FrontMatter(File.ReadAllText(path)) is { } front)
            {
                yield return (name, front);
            }
        }
    }

    /// <summary>An article's front matter as the article reader hands it to YAML (a leading newline keeps file line numbers).</summary>
    private static string? FrontMatter(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var close = lines[0].TrimEnd() == "---" ? Array.FindIndex(lines, 1, l => l.TrimEnd() == "---") : -1;
        return close < 0 ? null : "\n" + string.Join('\n', lines[1..close]);
    }

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
