using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace Throughline.Api.Tests.Durability;

/// <summary>
/// Issue 10's durability check: writers send importArticle mutations to the real API process (its own SQLite file) and
/// the process is SIGKILLed while requests are in flight. After a restart on the same file every mutation answered 200
/// is there, and every unanswered one is there whole or not at all (article, entity and relation are one batch).
/// </summary>
public sealed class MutationKillTests(ITestOutputHelper output) : IDisposable
{
    private const string Key = "durability-key-5d1e";
    private const int Writers = 3;
    private const int KillAfterAcknowledged = 12;

    private readonly string _directory = Directory.CreateTempSubdirectory("throughline-kill-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // a stray temp directory is harmless
        }
    }

    [Fact]
    public async Task Mutations_answered_200_survive_kill_9_of_the_api_process()
    {
        var db = Path.Combine(_directory, "throughline.db");
        var acknowledged = new ConcurrentBag<int>();
        var sent = new ConcurrentBag<int>();
        await using (var api = await ApiProcess.StartAsync(db))
        {
            var next = 0;
            var answered = 0;
            using var writers = new CancellationTokenSource();
            var tasks = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
            {
                while (!writers.IsCancellationRequested)
                {
                    var n = Interlocked.Increment(ref next);
                    sent.Add(n);
                    try
                    {
                        if (await api.ImportAsync(n))
                        {
                            acknowledged.Add(n);
                            if (Interlocked.Increment(ref answered) == KillAfterAcknowledged)
                            {
                                api.Kill(); // SIGKILL while the other writers' requests are in flight
                            }
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the process is gone
                    }
                }
            })).ToList();
            await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromMinutes(2));
            (await api.ExitCodeAsync()).Should().Be(128 + 9, "the API was killed, it did not stop by itself");
        }

        acknowledged.Should().HaveCountGreaterThanOrEqualTo(KillAfterAcknowledged);
        await using (var restarted = await ApiProcess.StartAsync(db))
        {
            var present = new List<int>();
            foreach (var chunk in sent.Order().Chunk(9))
            {
                var query = new StringBuilder("{");
                foreach (var n in chunk)
                {
                    query.Append(CultureInvariant($" a{n}: article(id: \"durable-{n}\") {{ id }} e{n}: entity(id: \"org/durable-{n}\") {{ id }} r{n}: relation(id: \"durable-{n}-supplies-hikvision\") {{ id }}"));
                }

                using var data = await restarted.QueryAsync(query.Append(" }").ToString());
                foreach (var n in chunk)
                {
                    var parts = new[] { "a", "e", "r" }.Count(p => data.RootElement.GetProperty(CultureInvariant($"{p}{n}")).ValueKind != JsonValueKind.Null);
                    parts.Should().BeOneOf([0, 3], $"import {n} is one batch: all of it or none of it");
                    if (parts == 3)
                    {
                        present.Add(n);
                    }
                }
            }

            present.Should().Contain(acknowledged, "every mutation answered 200 was durable before the answer");
            output.WriteLine($"kill -9 of the API: {sent.Count} mutations sent, {acknowledged.Count} answered 200, all {acknowledged.Count} present after restart; " +
                $"{present.Count - acknowledged.Count} unanswered ones present, {sent.Count - present.Count} absent, none partial");
        }
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>The built API (Release or Debug, like this test assembly) as a process of its own on a free 127.0.0.1 port.</summary>
    private sealed class ApiProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly HttpClient _client;
        private readonly StringBuilder _log = new();

        private ApiProcess(Process process, HttpClient client)
        {
            _process = process;
            _client = client;
        }

        public static async Task<ApiProcess> StartAsync(string db)
        {
            var port = FreePort();
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = Path.GetDirectoryName(db)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "src", "Throughline.Api", "bin", framework.Parent!.Name, framework.Name, "Throughline.Api.dll"));
            foreach (var arg in new[] { "--urls", $"http://127.0.0.1:{port}", "--db", db })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["THROUGHLINE_SEED_DATA"] = RepositoryPaths.SeedData;
            start.Environment["THROUGHLINE_API_KEY"] = Key;
            start.Environment.Remove("THROUGHLINE_STORE");
            start.Environment.Remove("THROUGHLINE_URLS");
            var api = new ApiProcess(Process.Start(start)!, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") });
            api._process.OutputDataReceived += (_, e) => api.Append(e.Data);
            api._process.ErrorDataReceived += (_, e) => api.Append(e.Data);
            api._process.BeginOutputReadLine();
            api._process.BeginErrorReadLine();
            await api.WaitUntilLiveAsync();
            return api;
        }

        public async Task<bool> ImportAsync(int n)
        {
            var query = """
                mutation($n: String!, $article: ID!, $entity: ID!, $relation: ID!, $text: String!) {
                  importArticle(input: {
                    article: { id: $article, title: $n, text: $text }
                    entities: [{ id: $entity, name: $n, kind: ORGANIZATION }]
                    relations: [{ id: $relation, type: SUPPLIES, from: $entity, to: "org/hikvision", evidence: [{ quote: "supplies cameras to Hikvision" }] }]
                  }) { inserted }
                }
                """;
            var name = FormattableString.Invariant($"Durable Corp {n}");
            var variables = new
            {
                n = name,
                article = FormattableString.Invariant($"durable-{n}"),
                entity = FormattableString.Invariant($"org/durable-{n}"),
                relation = FormattableString.Invariant($"durable-{n}-supplies-hikvision"),
                text = $"{name} said it supplies cameras to Hikvision.",
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
            using var response = await _client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            using var json = JsonDocument.Parse(body);
            var ok = response.StatusCode == HttpStatusCode.OK && !json.RootElement.TryGetProperty("errors", out _);
            ok.Should().BeTrue($"the mutation is valid: {body}");
            return ok;
        }

        public async Task<JsonDocument> QueryAsync(string query)
        {
            using var response = await _client.PostAsync(
                "/graphql", new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"));
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.OK, body);
            using var json = JsonDocument.Parse(body);
            json.RootElement.TryGetProperty("errors", out _).Should().BeFalse(body);
            return JsonDocument.Parse(json.RootElement.GetProperty("data").GetRawText());
        }

        public void Kill() => _process.Kill();

        public async Task<int> ExitCodeAsync()
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            return _process.ExitCode;
        }

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill();
            }

            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        private void Append(string? line)
        {
            if (line is not null)
            {
                lock (_log)
                {
                    _log.AppendLine(line);
                }
            }
        }

        private async Task WaitUntilLiveAsync()
        {
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromMinutes(3))
            {
                if (_process.HasExited)
                {
                    break;
                }

                try
                {
                    using var response = await _client.GetAsync("/health/live");
                    if (response.IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }

                await Task.Delay(100);
            }

            string log;
            lock (_log)
            {
                log = _log.ToString();
            }

            throw new InvalidOperationException($"the API did not become live:\n{log}");
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
