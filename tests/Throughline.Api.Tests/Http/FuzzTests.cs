using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Http;

/// <summary>
/// Issue 10's fuzz suite: over ten thousand requests against the real server, generated from the introspected schema —
/// valid documents, mutated documents, hostile variables, bad JSON and bytes, wrong content types — and not one 5xx,
/// stack trace, exception name or file path in any body; the server is healthy afterwards and its memory bounded.
/// Seeded, so a failure can be replayed.
/// </summary>
public sealed class FuzzTests
{
    private const int Requests = 10_500;
    private const int Seed = 20261202;

    private static readonly string[] Hostile =
    [
        "", " ", "org/intel", "org/intel\u0000", "../../etc/passwd", "%s%n%x", "'; DROP TABLE entities; --", "\u202E\u0301",
        new string('a', 5000), "{\"nested\":true}", "\\", "\"", "null", "𝕏🚀", "org/" + new string('/', 200), "-1", "1e309",
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded",
        "application/json; charset=latin1", "multipart/form-data; boundary=x", "application/graphql", "application/jsonx",
    ];

    [Fact]
    public async Task Ten_thousand_generated_requests_get_no_5xx_and_leak_nothing()
    {
        await using var api = await ApiServer.StartAsync(new Dictionary<string, string?>
        {
            ["Throughline:Limits:TimeoutSeconds"] = "10",
            ["Throughline:Limits:MaxConcurrentHeavyRequests"] = "0",
        });
        var fields = await RootFieldsAsync(api);
        fields.Should().NotBeEmpty();
        var random = new Random(Seed);
        var cases = Enumerable.Range(0, Requests).Select(_ => Generate(random, fields)).ToList();
        var rssBefore = Process.GetCurrentProcess().WorkingSet64;

        var statuses = new Dictionary<int, int>();
        var leaks = new List<string>();
        using var gate = new SemaphoreSlim(8);
        var tasks = cases.Select(async request =>
        {
            await gate.WaitAsync();
            try
            {
                using var message = request();
                using var response = await api.Client.SendAsync(message);
                var body = await response.Content.ReadAsStringAsync();
                lock (statuses)
                {
                    statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
                    if ((int)response.StatusCode >= 500 || Leaks(body))
                    {
                        leaks.Add($"{(int)response.StatusCode}: {body[..Math.Min(300, body.Length)]}");
                    }
                }
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(tasks);

        var summary = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
        Console.WriteLine($"fuzz: {Requests} requests, by status {summary}");
        leaks.Should().BeEmpty($"no 5xx and no internals in any body (statuses {summary})");
        statuses.Values.Sum().Should().Be(Requests);
        statuses.Keys.Should().Contain(200).And.Contain(400);
        (await api.SendAsync(HttpMethod.Get, "/health")).Status.Should().Be(HttpStatusCode.OK, "the server is healthy afterwards");
        (Process.GetCurrentProcess().WorkingSet64 - rssBefore).Should().BeLessThan(1L << 30, "memory stays bounded");
    }

    private static bool Leaks(string body) =>
        body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal)
        || body.Contains(".cs:line", StringComparison.Ordinal) || body.Contains(RepositoryPaths.Root, StringComparison.Ordinal)
        || body.Contains("/tmp/", StringComparison.Ordinal);

    private sealed record RootField(string Name, IReadOnlyList<(string Name, string Type, bool Required)> Arguments, string? LeafSelection);

    /// <summary>Query fields, their arguments' types and a selection of scalar fields of the result type, from introspection.</summary>
    private static async Task<IReadOnlyList<RootField>> RootFieldsAsync(ApiServer api)
    {
        const string TypeRef = "kind name ofType { kind name ofType { kind name ofType { kind name } } }";
        var response = await api.PostAsync(
            "{ __schema { queryType { fields { name args { name type { " + TypeRef + " } } type { " + TypeRef + " } } } types { name kind fields { name args { name } type { " + TypeRef + " } } } } }");
        var schema = response.Data.GetProperty("__schema");
        var types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t);
        return [.. schema.GetProperty("queryType").GetProperty("fields").EnumerateArray().Select(f =>
        {
            var (typeName, _) = Named(f.GetProperty("type"));
            string? leaves = null;
            if (types.TryGetValue(typeName, out var type) && type.GetProperty("fields").ValueKind == JsonValueKind.Array)
            {
                var scalars = type.GetProperty("fields").EnumerateArray()
                    .Where(x => x.GetProperty("args").GetArrayLength() == 0 && types[Named(x.GetProperty("type")).Name].GetProperty("kind").GetString() is "SCALAR" or "ENUM")
                    .Select(x => x.GetProperty("name").GetString()!).Take(4).ToList();
                leaves = "{ __typename " + string.Join(" ", scalars) + " }";
            }

            var arguments = f.GetProperty("args").EnumerateArray()
                .Select(a => (a.GetProperty("name").GetString()!, Named(a.GetProperty("type")).Name, a.GetProperty("type").GetProperty("kind").GetString() == "NON_NULL"))
                .ToList();
            return new RootField(f.GetProperty("name").GetString()!, arguments, leaves);
        })];
    }

    private static (string Name, bool List) Named(JsonElement type)
    {
        var list = false;
        while (type.GetProperty("name").ValueKind == JsonValueKind.Null)
        {
            list |= type.GetProperty("kind").GetString() == "LIST";
            type = type.GetProperty("ofType");
        }

        return (type.GetProperty("name").GetString()!, list);
    }

    private static Func<HttpRequestMessage> Generate(Random random, IReadOnlyList<RootField> fields)
    {
        var kind = random.Next(10);
        var (document, variables) = Document(random, fields);
        return kind switch
        {
            <= 3 => () => Post(Json(document, variables), "application/json"),                   // valid-shaped, hostile variables
            4 => () => Post(Json(Mutate(random, document), variables), "application/json"),      // mutated document
            5 => () => Post(Encoding.UTF8.GetBytes(Mutate(random, Encoding.UTF8.GetString(Json(document, variables)))), "application/json"), // broken JSON
            6 => () => Post(RandomBytes(random), "application/json"),                             // bytes
            7 => () => Post(Json(document, variables), ContentTypes[random.Next(ContentTypes.Length)]), // content types
            8 => () => new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(document)
                + "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables)) + (random.Next(2) == 0 ? "%FF%FE" : string.Empty))
            {
                Headers = { { "Accept", random.Next(2) == 0 ? "application/json" : "application/graphql-response+json" } },
            },
            _ => () => Post(Json(Mutate(random, document), HostileVariables(random)), "application/json"),
        };
    }

    private static (string Document, Dictionary<string, object?> Variables) Document(Random random, IReadOnlyList<RootField> fields)
    {
        var variables = new Dictionary<string, object?>();
        var definitions = new List<string>();
        var selections = new StringBuilder();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var field = fields[random.Next(fields.Count)];
            var arguments = new List<string>();
            foreach (var (name, type, required) in field.Arguments)
            {
                if (!required && random.Next(3) > 0)
                {
                    continue;
                }

                var variable = $"v{variables.Count}";
                definitions.Add($"${variable}: {(type is "Int" or "Float" or "Boolean" or "String" or "ID" ? type : "String")}");
                variables[variable] = Value(random, type);
                arguments.Add($"{name}: ${variable}");
            }

            selections.Append(" f").Append(i).Append(": ").Append(field.Name)
                .Append(arguments.Count > 0 ? "(" + string.Join(", ", arguments) + ")" : string.Empty)
                .Append(' ').Append(field.LeafSelection ?? string.Empty);
        }

        var header = definitions.Count > 0 ? "query(" + string.Join(", ", definitions) + ") " : string.Empty;
        return (header + "{" + selections + " }", variables);
    }

    private static object? Value(Random random, string type) => type switch
    {
        "Int" => random.Next(4) switch { 0 => int.MaxValue, 1 => -1, 2 => random.Next(0, 200), _ => 1e20 },
        "Float" => random.Next(3) switch { 0 => 1e300, 1 => -0.5, _ => random.NextDouble() },
        "Boolean" => random.Next(3) switch { 0 => true, 1 => "yes", _ => null },
        _ => random.Next(5) == 0 ? random.Next() : Hostile[random.Next(Hostile.Length)],
    };

    private static Dictionary<string, object?> HostileVariables(Random random) => new()
    {
        ["v0"] = random.Next(3) switch { 0 => new[] { 1, 2, 3 }, 1 => new Dictionary<string, object?> { ["a"] = null }, _ => Hostile[random.Next(Hostile.Length)] },
        ["__proto__"] = "x",
    };

    private static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        for (var i = random.Next(1, 4); i > 0 && builder.Length > 0; i--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0: builder.Remove(at, 1); break;
                case 1: builder.Insert(at, "{}()[]:$@!\"\\#.,"[random.Next(15)]); break;
                case 2: builder.Insert(at, builder.ToString(at, Math.Min(20, builder.Length - at))); break;
                default: builder[at] = (char)random.Next(0x20, 0x7F); break;
            }
        }

        return builder.ToString();
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 300)];
        random.NextBytes(bytes);
        if (random.Next(2) == 0)
        {
            // valid JSON around invalid UTF-8
            return [.. "{\"query\":\"{ stats { entities } }"u8.ToArray(), .. bytes.Take(8), .. "\"}"u8.ToArray()];
        }

        return bytes;
    }

    private static byte[] Json(string document, Dictionary<string, object?> variables) =>
        JsonSerializer.SerializeToUtf8Bytes(new { query = document, variables });

    private static HttpRequestMessage Post(byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
    }
}
