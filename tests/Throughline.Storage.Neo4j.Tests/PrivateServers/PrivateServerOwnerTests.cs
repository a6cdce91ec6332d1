using System.Diagnostics;
using Throughline.Testing;
using Throughline.Storage.Neo4j.Tests.Support;

namespace Throughline.Storage.Neo4j.Tests.PrivateServers;

/// <summary>
/// A private test server dies with its owner: a test run killed mid-test (SIGKILL gives no Dispose) used to leave a
/// Neo4j JVM and a few hundred MB under /tmp behind. (That the watcher leaves a living owner's server alone is what every
/// other test with a private server relies on: their owner is the test process.)
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class PrivateServerOwnerTests
{
    [Neo4jFact]
    public async Task A_server_whose_owner_is_killed_is_stopped_and_its_directory_removed()
    {
        using var owner = Process.Start(new ProcessStartInfo("sleep", "3600") { UseShellExecute = false })!;
        await using var server = await PrivateNeo4jServer.StartAsync(owner.Id);
        var serverPid = int.Parse(await File.ReadAllTextAsync(Path.Combine(server.Home, "pid")), System.Globalization.CultureInfo.InvariantCulture);
        IsRunning(serverPid).Should().BeTrue("the server was just started");

        owner.Kill();
        await owner.WaitForExitAsync();

        // The watcher polls every 2 s and gives Neo4j up to 30 s to stop; this waits for the outcome, not for a time.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while ((IsRunning(serverPid) || Directory.Exists(server.Home)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }

        IsRunning(serverPid).Should().BeFalse("the owner is gone, so its server must be stopped");
        Directory.Exists(server.Home).Should().BeFalse("the owner is gone, so its server's directory must be removed");
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
