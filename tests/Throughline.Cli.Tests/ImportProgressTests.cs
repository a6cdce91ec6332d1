namespace Throughline.Cli.Tests;

public sealed class ImportProgressTests
{
    [Fact]
    public void A_large_import_prints_one_line_per_tenth()
    {
        using var error = new StringWriter();
        var progress = new ImportProgress(error, 100_000);

        for (long done = 0; done <= 100_000; done += 4096)
        {
            progress.Report(done);
        }

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(9, "reports stop at 98,304 of 100,000, short of 100%");
        lines[0].Should().Be("written 12,288 of 100,000 records (10%)");
    }

    [Fact]
    public void A_small_import_stays_quiet()
    {
        using var error = new StringWriter();
        var progress = new ImportProgress(error, ImportProgress.QuietBelow - 1);

        progress.Report(40_000);

        error.ToString().Should().BeEmpty();
    }
}
