using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace CadreRules.Server.Tests;

/// <summary>The OpenAPI document the server generates from its endpoints is committed as docs/openapi/cadre-rules.json;
/// this test fails when the committed copy is stale. Refresh it with
/// <c>CADRERULES_UPDATE_OPENAPI=1 dotnet test tests/CadreRules.Server.Tests --filter OpenApiDocumentTests</c>.</summary>
public sealed class OpenApiDocumentTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static string Committed => Path.Combine(ServerHost.RepositoryRoot(), "docs", "openapi", "cadre-rules.json");

    private async Task<string> GeneratedAsync()
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync()).ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
    }

    [Fact]
    public async Task TheCommittedDocument_IsTheGeneratedOne()
    {
        string generated = await GeneratedAsync();
        if (Environment.GetEnvironmentVariable("CADRERULES_UPDATE_OPENAPI") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Committed)!);
            await File.WriteAllTextAsync(Committed, generated);
        }

        Assert.True(File.Exists(Committed), "docs/openapi/cadre-rules.json is missing; run with CADRERULES_UPDATE_OPENAPI=1 to write it.");
        string committed = (await File.ReadAllTextAsync(Committed)).ReplaceLineEndings("\n");
        Assert.True(committed == generated, "docs/openapi/cadre-rules.json is stale: the endpoints changed. Refresh it with "
            + "CADRERULES_UPDATE_OPENAPI=1 dotnet test tests/CadreRules.Server.Tests --filter OpenApiDocumentTests, and review the difference.");
    }

    [Fact]
    public async Task EveryDocumentEndpoint_IsDescribed_WithItsProblems()
    {
        using JsonDocument document = JsonDocument.Parse(await GeneratedAsync());
        JsonElement paths = document.RootElement.GetProperty("paths");
        string[] kinds = ["evaluation-round", "impact/evaluation-round", "planning-list", "planning-review", "rotation", "non-local", "position-change", "appointment", "committee", "retirement", "composition", "statistics", "standards", "movements", "history"];
        foreach (string kind in kinds)
        {
            foreach (string path in new[] { "/" + kind, "/provinces/{province}/" + kind })
            {
                JsonElement post = paths.GetProperty(path).GetProperty("post");
                Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _), path);
                JsonElement responses = post.GetProperty("responses");
                foreach (string status in new[] { "200", "400", "404", "413", "415", "422" })
                {
                    Assert.True(responses.TryGetProperty(status, out _), path + " " + status);
                }

                Assert.True(responses.GetProperty("422").GetProperty("content").TryGetProperty("application/problem+json", out _), path);
            }
        }

        Assert.True(paths.TryGetProperty("/catalogue", out _));
        Assert.True(paths.TryGetProperty("/provinces/{province}/catalogue", out _));
        foreach (string path in new[] { "/titles", "/provinces/{province}/titles" })
        {
            JsonElement responses = paths.GetProperty(path).GetProperty("get").GetProperty("responses");
            Assert.True(responses.TryGetProperty("400", out _) && responses.TryGetProperty("404", out _), path);
        }

        Assert.Equal(kinds.Length * 2 + 2 + 2 + 1, paths.EnumerateObject().Count());
    }
}
