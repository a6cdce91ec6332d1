using Throughline.Core.Model;

namespace Throughline.Core.Tests.Docs;

/// <summary>The README's relation-type table is documentation people rely on: it must say what the catalogue says.</summary>
public sealed class ReadmeRelationTableTests
{
    [Fact]
    public void The_readme_table_lists_every_catalogue_type_with_its_direction_and_kinds()
    {
        var rows = ReadTableRows();

        rows.Select(r => r.Type).Should().Equal(RelationCatalogue.All.Select(i => i.Name));
        foreach (var info in RelationCatalogue.All)
        {
            var row = rows.Single(r => r.Type == info.Name);
            row.Direction.Should().Be(info.Direction, because: $"{info.Name}'s direction");
            row.From.Should().BeEquivalentTo(info.FromKinds.Select(k => k.ToString()), because: $"{info.Name}'s source kinds");
            row.To.Should().BeEquivalentTo(info.ToKinds.Select(k => k.ToString()), because: $"{info.Name}'s target kinds");
            row.Meaning.Should().Be(info.Description, because: $"{info.Name}'s meaning");
        }
    }

    private static List<Row> ReadTableRows()
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("README.md"));
        var header = Array.FindIndex(lines, l => l.StartsWith("| type | direction | from | to | meaning |", StringComparison.Ordinal));
        header.Should().BeGreaterThan(0, "README.md has the relation-type table");
        return lines.Skip(header + 2)
            .TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .Select(c => new Row(c[0], c[1], Kinds(c[2]), Kinds(c[3]), c[4]))
            .ToList();
    }

    private static string[] Kinds(string cell) => cell.Split(',', StringSplitOptions.TrimEntries);

    private sealed record Row(string Type, string Direction, string[] From, string[] To, string Meaning);
}
