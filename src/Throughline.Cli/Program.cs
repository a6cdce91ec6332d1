using Throughline.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true; // finish cleanly: an import in progress rolls back
    cancellation.Cancel();
};

return await CliApp.RunAsync(args, CliContext.FromProcess(), cancellation.Token).ConfigureAwait(false);
