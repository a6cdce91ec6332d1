using System.Diagnostics;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.KnowledgeBase;

/// <summary>
/// The real API on Kestrel while a real <c>throughline import</c> process (the built CLI, started with <c>dotnet</c>)
/// writes into the SQLite file the API serves. Every response read while the import runs is the graph before it or the
/// graph after it, never a mixture, and the first request made after the process exits already sees the new graph (a
/// request opens a snapshot and brings the index up to it, so no poll interval stands between the write and the reader).
/// </summary>
public sealed class CliImportFreshnessTests : IDisposable
{
    private const string Supplies = "intel-supplies-hikvision";

    private const string RoutesAndClaim = """
        {
          paths(from: {ids: ["org/intel"]}, to: {ids: ["org/hikvision"]}, options: {maxHops: 2}, first: 50) {
            totalCount
            edges { node { entities { id } hops { relations { id status } } } }
          }
          relation(id: "intel-supplies-hikvision") { status }
        }
        """;

    /// <summary>Routes through the bench graph's hubs, which exist only once the bench import has committed.</summary>
    private const string BenchRoutes = """
        {
          paths(from: {ids: ["org/org-0", "org/org-1"]}, to: {ids: ["org/org-7", "org/org-9"]}, options: {maxHops: 3}, first: 40) {
            totalCount totalCountIsExact truncated
            edges { cursor node { entities { id } hops { relations { id status } } } }
          }
          entity(id: "org/org-0") { id name }
        }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("throughline-cli-freshness-").FullName;

    private string ApiDirectory => Directory.CreateDirectory(Path.Combine(_directory, "api")).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // a temp directory left behind is harmless
        }
    }

    [SqliteFact("the CLI process writes into the SQLite file the API serves; on Neo4j the two-process test covers another writer")]
    public async Task A_reimport_that_retracts_a_claim_is_never_half_visible_and_the_first_response_after_it_has_it()
    {
        var seed = Path.Combine(_directory, "seed");
        CopyDirectory(RepositoryPaths.SeedData, seed);
        var claims = Path.Combine(seed, "claims", "blog-american-tech-police-state.yaml");
        var text = File.ReadAllText(claims);
        const string anchor = "    product: x86 and AI-focused chips\n";
        text.Should().Contain(anchor, "the test retracts the Intel → Hikvision supply claim by adding a status line under it");
        File.WriteAllText(claims, text.Replace(anchor, anchor + "    status: Retracted\n", StringComparison.Ordinal));
        await using var server = await ApiServer.StartAsync(directory: ApiDirectory);
        var before = await server.PostAsync(RoutesAndClaim);
        RouteRelations(before).Should().Contain(Supplies);

        var (during, exit, after) = await ImportWhileQueryingAsync(server, seed, RoutesAndClaim);

        exit.Code.Should().Be(0, exit.Error);
        after.Data.GetProperty("relation").GetProperty("status").GetString().Should().Be("RETRACTED");
        RouteRelations(after).Should().NotContain(Supplies);
        during.Should().NotBeEmpty();
        during.Should().OnlyContain(r => r.Text == before.Text || r.Text == after.Text, "a response is the graph before the import or after it");
        await HealthShowsNoLagAsync(server);
    }

    [SqliteFact("the CLI process writes into the SQLite file the API serves; on Neo4j the two-process test covers another writer")]
    public async Task A_bench_graph_imported_by_another_process_appears_whole_in_the_next_response()
    {
        var bench = Path.Combine(_directory, "bench");
        var generated = await RunCliAsync(server: null, "bench-data", "--entities", "2000", "--relations", "12000", "--seed", "7", "--out", bench);
        generated.Code.Should().Be(0, generated.Error);
        await using var server = await ApiServer.StartAsync(directory: ApiDirectory);
        var before = await server.PostAsync(BenchRoutes);
        before.FirstErrorCode.Should().Be("NOT_FOUND", "the bench graph is not imported yet");

        var (during, exit, after) = await ImportWhileQueryingAsync(server, bench, BenchRoutes);

        exit.Code.Should().Be(0, exit.Error);
        after.Errors.Should().BeEmpty();
        after.Data.GetProperty("entity").GetProperty("id").GetString().Should().Be("org/org-0");
        after.Data.GetProperty("paths").GetProperty("edges").GetArrayLength().Should().BeGreaterThan(0);
        during.Should().NotBeEmpty();
        during.Should().OnlyContain(r => r.Text == before.Text || r.Text == after.Text, "a response is the graph before the import or after it");
        // A second API opened on the file afterwards builds its index from scratch: the one that followed the import agrees.
        await using var fresh = await ApiServer.StartAsync(directory: ApiDirectory);
        (await fresh.PostAsync(BenchRoutes)).Text.Should().Be(after.Text);
        await HealthShowsNoLagAsync(server);
    }

    /// <summary>
    /// Runs <c>throughline import</c> into the server's file while two readers post <paramref name="query"/> every few ms;
    /// returns what they read while the process ran, its exit, and the first response requested after it exited.
    /// </summary>
    private static async Task<(List<ApiResponse> During, (int Code, string Error) Exit, ApiResponse After)> ImportWhileQueryingAsync(
        ApiServer server, string directory, string query)
    {
        var during = new List<ApiResponse>();
        var import = RunCliAsync(server, "import", directory);
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!import.IsCompleted)
            {
                var response = await server.PostAsync(query);
                lock (during)
                {
                    during.Add(response);
                }

                // Paced, not back to back: the readers share two cores with the import they watch.
                await Task.Delay(5);
            }
        })).ToList();
        var exit = await import;
        var after = await server.PostAsync(query);
        await Task.WhenAll(readers);
        return (during, exit, after);
    }

    private static async Task HealthShowsNoLagAsync(ApiServer server)
    {
        var index = (await server.SendAsync(HttpMethod.Get, "/health")).Json.GetProperty("index");
        index.GetProperty("versionsBehind").GetInt64().Should().Be(0);
    }

    /// <summary>The built CLI as its own process (with the server's file as THROUGHLINE_DB when given); exit code and stderr.</summary>
    private static async Task<(int Code, string Error)> RunCliAsync(ApiServer? server, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "throughline.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("THROUGHLINE_STORE");
        if (server is not null)
        {
            start.Environment["THROUGHLINE_DB"] = server.DatabasePath;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;
        return (process.ExitCode, await error);
    }

    private static List<string> RouteRelations(ApiResponse response) =>
        [.. response.Data.GetProperty("paths").GetProperty("edges").EnumerateArray()
            .SelectMany(e => e.GetProperty("node").GetProperty("hops").EnumerateArray())
            .SelectMany(h => h.GetProperty("relations").EnumerateArray())
            .Select(r => r.GetProperty("id").GetString()!)];

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }
}
