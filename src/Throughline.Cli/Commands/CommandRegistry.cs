namespace Throughline.Cli.Commands;

/// <summary>Every command of the <c>throughline</c> tool. To add one: a class in Commands/ and one line here.</summary>
internal static class CommandRegistry
{
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new ValidateCommand(),
        new ImportCommand(),
        new StatsCommand(),
        new EntityCommand(),
        new PathsCommand(),
        new ExportCommand(),
        new DraftCommand(),
        new ReviewCommand(),
        new EvaluateDraftsCommand(),
        new BenchDataCommand(),
    ];

    public static ICliCommand? Find(string name) => All.FirstOrDefault(c => c.Name == name);
}
