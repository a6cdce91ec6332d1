using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Throughline.Storage.Neo4j.Tests.Support;

/// <summary>
/// A STUB standing in for Neo4j's HTTP API on 127.0.0.1, replaying the error bodies Neo4j documents. Used only where a
/// real server cannot produce the fault on demand (a deadlock now, then success; a 202 with errors; other versions'
/// discovery documents). Every request is recorded; <see cref="Respond"/> decides each answer.
/// </summary>
public sealed class Neo4jHttpStub : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public Neo4jHttpStub(Func<StubRequest, StubResponse> respond)
    {
        Respond = respond;
        var port = FreePort();
        Uri = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Uri.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Uri { get; }

    public Func<StubRequest, StubResponse> Respond { get; set; }

    public ConcurrentQueue<StubRequest> Requests { get; } = new();

    public int CountTo(string path) => Requests.Count(r => r.Path == path);

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = new StubRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, await reader.ReadToEndAsync(),
                context.Request.Headers["Authorization"]);
            Requests.Enqueue(request);
            var response = Respond(request);
            var bytes = Encoding.UTF8.GetBytes(response.Json);
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}

public sealed record StubRequest(string Method, string Path, string Body, string? Authorization);

public sealed record StubResponse(int Status, string Json)
{
    public static StubResponse Ok(string json) => new(200, json);

    /// <summary>The transactional endpoint's answer carrying one error (it answers 200 and puts errors in the body).</summary>
    public static StubResponse TransactionalError(string code, string message) =>
        new(200, $$"""{"results":[],"errors":[{"code":"{{code}}","message":"{{message}}"}]}""");

    public static StubResponse TransactionalRow(int value) =>
        new(200, $$"""{"results":[{"columns":["x"],"data":[{"row":[{{value}}],"meta":[null]}]}],"errors":[]}""");
}

/// <summary>The discovery documents of the three server generations, as their servers send them (trimmed to what matters).</summary>
public static class DiscoveryDocuments
{
    public const string Neo4j5 = """
        {"bolt_routing":"neo4j://localhost:7687","query":"http://localhost:7474/db/{databaseName}/query/v2",
         "transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687",
         "neo4j_version":"5.26.2","neo4j_edition":"community"}
        """;

    public const string Neo4j4 = """
        {"bolt_routing":"neo4j://localhost:7687","transaction":"http://localhost:7474/db/{databaseName}/tx",
         "bolt_direct":"bolt://localhost:7687","neo4j_version":"4.4.30","neo4j_edition":"community"}
        """;

    public const string Neo4j3 = """
        {"management":"http://localhost:7474/db/manage/","data":"http://localhost:7474/db/data/","bolt":"bolt://localhost:7687"}
        """;

    public const string Neo4j3Data = """
        {"transaction":"http://localhost:7474/db/data/transaction","neo4j_version":"3.5.35","node":"http://localhost:7474/db/data/node"}
        """;
}
