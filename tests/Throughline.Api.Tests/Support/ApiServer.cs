using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Throughline.Api.Hosting;

namespace Throughline.Api.Tests.Support;

/// <summary>
/// The real API on Kestrel at 127.0.0.1 (port chosen by the OS), over its own SQLite file in a temp directory, or with
/// THROUGHLINE_TEST_STORE=neo4j over the Neo4j test server, cleared first (<see cref="TestStore"/>); seeded from the
/// repository's seed-data. Settings override appsettings.json like environment variables would.
/// </summary>
public sealed class ApiServer : IAsyncDisposable
{
    public const string ApiKey = "test-key-9f2c";

    private readonly WebApplication _app;

    private readonly bool _ownsDirectory;

    private ApiServer(WebApplication app, string directory, bool ownsDirectory, Uri address)
    {
        _app = app;
        _ownsDirectory = ownsDirectory;
        Directory = directory;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    /// <summary>The server's services, for tests that read a limiter's work counts.</summary>
    public IServiceProvider Services => _app.Services;

    public string Directory { get; }

    public string DatabasePath => Path.Combine(Directory, "throughline.db");

    public static async Task<ApiServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string? directory = null)
    {
        var ownsDirectory = directory is null;
        directory ??= System.IO.Directory.CreateTempSubdirectory("throughline-api-").FullName;
        var config = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Throughline:Database"] = Path.Combine(directory, "throughline.db"),
            ["Throughline:SeedData"] = RepositoryPaths.SeedData,
            ["Throughline:ApiKey"] = ApiKey,
            ["Throughline:RateLimit:PermitLimit"] = "0",
            ["Throughline:Limits:MaxConcurrentHeavyRequests"] = "0", // tests issue concurrent path queries from one address
            // The suite shares two cores with other suites and a Neo4j server: at load 40 a draft or a Neo4j page took
            // longer than the default 10 s. The time limit's own tests set theirs.
            ["Throughline:Limits:TimeoutSeconds"] = "120",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        };
        if (TestStore.IsNeo4j)
        {
            // A server started again in the same directory is a restart over the same database, as with the SQLite file.
            config["Throughline:Store"] = "neo4j";
            var marker = Path.Combine(directory, "neo4j-database-in-use");
            if (!File.Exists(marker))
            {
                await TestStore.ClearNeo4jAsync();
                await File.WriteAllTextAsync(marker, "this directory's server uses the Neo4j test database");
            }
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var app = await ApiApplication.CreateAsync([], builder => builder.Configuration.AddInMemoryCollection(config));
        await app.StartAsync();
        return new ApiServer(app, directory, ownsDirectory, new Uri(app.Urls.First()));
    }

    /// <summary>POSTs a GraphQL request as application/json.</summary>
    public Task<ApiResponse> PostAsync(
        string query,
        object? variables = null,
        string? accept = "application/json",
        string? apiKey = null,
        string? operationName = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName });
        return SendAsync(HttpMethod.Post, "/graphql", body, "application/json", accept, apiKey);
    }

    public async Task<ApiResponse> SendAsync(
        HttpMethod method, string path, string? body = null, string? contentType = null, string? accept = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        using var response = await Client.SendAsync(request);
        return await ApiResponse.ReadAsync(response);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (!_ownsDirectory)
        {
            return;
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // a temp directory left behind is harmless
        }
    }
}
