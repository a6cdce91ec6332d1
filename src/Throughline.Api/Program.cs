using Throughline.Api.Hosting;

try
{
    var app = await ApiApplication.CreateAsync(args);
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (StartupFailure.Describe(e) is { } line)
{
    // One line, no stack trace: what failed, where, and what to change.
    await Console.Error.WriteLineAsync($"throughline-api: {line}");
    return 1;
}
