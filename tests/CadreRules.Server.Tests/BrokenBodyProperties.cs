using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Server.Tests;

/// <summary>Whatever body arrives, the server answers 200, or a problem (400, 413, 415 or 422) as
/// <c>application/problem+json</c> with a status, a title, a detail and, for each error, a path and a code; never a
/// 500. Bodies: the samples cut short, with bytes replaced (not UTF-8 too), tokens spliced in, values retyped,
/// properties repeated, documents of another kind, under another content type or over the limit.</summary>
public sealed class BrokenBodyProperties : IAsyncLifetime
{
    private const int Limit = 40_000;

    private static readonly (string Path, string Sample)[] Endpoints =
    [
        ("/evaluation-round", "demo-evaluations.json"),
        ("/provinces/minh-khe/impact/evaluation-round", "demo-evaluations.json"),
        ("/non-local", "key-posts-thanh-tri-2023-07.json"),
        ("/retirement?asOf=2026-01-01", "demo-roster.json"),
        ("/composition", "demo-body.json"),
        ("/planning-list", "demo-planning.json"),
        ("/planning-review", "demo-review.json"),
        ("/rotation", "demo-rotations.json"),
        ("/appointment", "demo-appointments.json"),
        ("/committee", "demo-committee.json"),
        ("/position-change", "demo-position-changes.json"),
        ("/statistics?asOf=2026-01-01&youngAge=35", "demo-roster.json"),
        ("/standards", "demo-standards.json"),
        ("/movements", "demo-movements.json"),
        ("/history", "demo-history.json"),
    ];

    private static readonly string[] Tokens = ["", ",", "}", "]", "{", "[", "\"", "null", "true", "-1", "1e999", "0.5", "\"\\ud800\"", "\"32/13/2025\"", "{}", "[]", "\"x\":", "\"schemaVersion\": 2,", "//", "\u0000"];

    private static readonly string[] ContentTypes = ["application/json", "application/json", "application/json", "application/problem+json", "text/plain", "application/x-www-form-urlencoded"];

    private ServerHost? _host;

    public async Task InitializeAsync() => _host = await ServerHost.StartAsync(new Dictionary<string, string?> { ["CadreRulesServer:MaxRequestBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Property(MaxTest = 300)]
    public Property AnyBrokenBody_IsAnsweredWithAProblem_NeverA500() =>
        Prop.ForAll(Bodies().ToArbitrary(), body =>
        {
            (int status, string? type, string text) = SendAsync(body).GetAwaiter().GetResult();
            Assert.True(status is 200 or 400 or 413 or 415 or 422, $"{body.Path} answered {status}: {text}");
            if (status != 200)
            {
                Assert.Equal("application/problem+json", type);
                using JsonDocument problem = JsonDocument.Parse(text);
                Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
                Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
                Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("detail").GetString()));
                JsonElement errors = problem.RootElement.GetProperty("errors");
                Assert.True(errors.GetArrayLength() > 0, text);
                Assert.All(errors.EnumerateArray(), e =>
                {
                    Assert.False(string.IsNullOrEmpty(e.GetProperty("path").GetString()));
                    Assert.False(string.IsNullOrEmpty(e.GetProperty("code").GetString()));
                });
            }
        });

    private async Task<(int Status, string? Type, string Text)> SendAsync(Body body)
    {
        using HttpRequestMessage request = Requests.Json(body.Path, body.Bytes, body.Language, body.ContentType);
        using HttpResponseMessage response = await _host!.Client.SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static Gen<Body> Bodies() =>
        from endpoint in Gen.Elements(Endpoints)
        from other in Gen.Elements(Endpoints)
        from mutation in Gen.Choose(0, 7)
        from seed in Gen.Choose(0, int.MaxValue)
        from contentType in Gen.Elements(ContentTypes)
        from language in Gen.Elements<string?>(null, "en", "vi", "fr")
        select new Body(endpoint.Path, Mutate(Requests.Sample(endpoint.Sample), Requests.Sample(other.Sample), mutation, new Random(seed)), contentType, language);

    private static byte[] Mutate(byte[] document, byte[] other, int mutation, Random random)
    {
        int at = random.Next(document.Length);
        switch (mutation)
        {
            case 0:
                return document[..at];
            case 1:
                byte[] replaced = (byte[])document.Clone();
                for (int i = 0, count = random.Next(1, 4); i < count; i++)
                {
                    replaced[random.Next(replaced.Length)] = (byte)random.Next(256);
                }

                return replaced;
            case 2:
                return [.. document[..at], .. Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]), .. document[at..]];
            case 3:
                // A string value retyped as a number, an object or an array.
                string text = Encoding.UTF8.GetString(document);
                int quote = text.IndexOf(": \"", Math.Min(at, text.Length - 1), StringComparison.Ordinal);
                if (quote < 0)
                {
                    return document[..at];
                }

                int end = text.IndexOf('"', quote + 3);
                return Encoding.UTF8.GetBytes(text[..(quote + 2)] + new[] { "42", "{}", "[1]", "false", "-0.0" }[random.Next(5)] + text[(end + 1)..]);
            case 4:
                // A property given twice.
                string json = Encoding.UTF8.GetString(document);
                int property = json.IndexOf("\"schemaVersion\"", StringComparison.Ordinal);
                return property < 0 ? document : Encoding.UTF8.GetBytes(json.Insert(property, "\"schemaVersion\": 1, "));
            case 5:
                return other;
            case 6:
                // Over the limit.
                return [.. document, .. Enumerable.Repeat((byte)' ', Limit)];
            default:
                byte[] noise = new byte[random.Next(0, 64)];
                random.NextBytes(noise);
                return noise;
        }
    }

    public sealed record Body(string Path, byte[] Bytes, string ContentType, string? Language)
    {
        public override string ToString() => $"{Path} {ContentType} {Language}: {Bytes.Length} bytes: {Encoding.UTF8.GetString(Bytes[..Math.Min(120, Bytes.Length)])}";
    }
}
