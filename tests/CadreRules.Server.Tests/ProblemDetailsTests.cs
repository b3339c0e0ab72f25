using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace CadreRules.Server.Tests;

/// <summary>Bad requests are answered with RFC 9457 problem details carrying the JSON path and code of each error, in
/// the language asked (Vietnamese by default); never with a 500.</summary>
public sealed class ProblemDetailsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static IEnumerable<JsonElement> Errors(JsonElement problem) => problem.GetProperty("errors").EnumerateArray();

    [Fact]
    public async Task MalformedJson_Is400_WithThePathAndLine()
    {
        using HttpResponseMessage response = await server.Client.SendAsync(Requests.Json("/evaluation-round", "{\"schemaVersion\": 1, \"year\": 2025, \"people\": [ {\"id\": ", "en"));
        JsonElement problem = await Requests.ProblemAsync(response, 400);
        Assert.Equal("urn:cadre-rules:problem:syntax", problem.GetProperty("type").GetString());
        Assert.Equal("The request body is not well-formed JSON", problem.GetProperty("title").GetString());
        JsonElement error = Assert.Single(Errors(problem));
        Assert.Equal("Document.Syntax", error.GetProperty("code").GetString());
        Assert.StartsWith("$", error.GetProperty("path").GetString());
    }

    [Fact]
    public async Task WrongType_Is422_AtThePathOfTheValue()
    {
        using HttpResponseMessage response = await server.Client.SendAsync(Requests.Json("/evaluation-round", "{\"schemaVersion\": 1, \"year\": \"twenty\", \"people\": []}", "en"));
        JsonElement problem = await Requests.ProblemAsync(response, 422);
        JsonElement error = Assert.Single(Errors(problem));
        Assert.Equal("$.year", error.GetProperty("path").GetString());
        Assert.Equal("Document.WrongType", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task MissingFields_Are422_EachAtItsPath_InVietnameseByDefault()
    {
        string body = "{\"schemaVersion\": 1, \"requests\": [ {\"cadreRef\": \"MKT-003\"}, {\"cadreRef\": \"MKT-045\"} ]}";
        using HttpResponseMessage response = await server.Client.SendAsync(Requests.WithRoster("/appointment", Encoding.UTF8.GetBytes(body), Requests.Sample("demo-roster.json")));
        JsonElement problem = await Requests.ProblemAsync(response, 422);
        Assert.Equal("Văn bản có lỗi", problem.GetProperty("title").GetString());
        List<JsonElement> errors = [.. Errors(problem)];
        Assert.True(errors.Count >= 2, problem.ToString());
        Assert.All(errors, e => Assert.Equal("Document.MissingField", e.GetProperty("code").GetString()));
        Assert.Contains(errors, e => e.GetProperty("path").GetString()!.StartsWith("$.requests[0].", System.StringComparison.Ordinal));
        Assert.Contains(errors, e => e.GetProperty("path").GetString()!.StartsWith("$.requests[1].", System.StringComparison.Ordinal));
        Assert.Contains("thiếu", errors[0].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ARosterPartInError_IsNamedInTheErrors()
    {
        using HttpResponseMessage response = await server.Client.SendAsync(Requests.WithRoster("/planning-list", Requests.Sample("demo-planning.json"), Encoding.UTF8.GetBytes("{\"schemaVersion\": 1, \"cadres\": 3}"), "en"));
        JsonElement problem = await Requests.ProblemAsync(response, 422);
        JsonElement error = Assert.Single(Errors(problem));
        Assert.Equal("roster", error.GetProperty("part").GetString());
        Assert.Equal("$.cadres", error.GetProperty("path").GetString());
    }

    [Fact]
    public async Task ACadreRefWithoutARoster_Is422_WithTheRemedy()
    {
        using HttpResponseMessage response = await server.Client.SendAsync(Requests.Json("/planning-list", Requests.Sample("demo-planning.json"), "en"));
        JsonElement problem = await Requests.ProblemAsync(response, 422);
        Assert.Equal("Document.RosterMissing", Errors(problem).First().GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/provinces/atlantis/evaluation-round", null)]
    [InlineData("/evaluation-round", "atlantis")]
    public async Task UnknownProvince_Is404_ByRouteOrHeader_ListingTheProvinces(string path, string? header)
    {
        using HttpRequestMessage request = Requests.Json(path, Requests.Sample("demo-evaluations.json"), "en");
        if (header is not null)
        {
            request.Headers.Add("X-CadreRules-Province", header);
        }

        JsonElement problem = await Requests.ProblemAsync(await server.Client.SendAsync(request), 404);
        Assert.Equal("urn:cadre-rules:problem:unknown-province", problem.GetProperty("type").GetString());
        Assert.Contains("hoa-son, minh-khe", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TheProvinceHeader_ChoosesItsCatalogue()
    {
        using HttpRequestMessage request = Requests.Json("/evaluation-round", Requests.Sample("demo-evaluations.json"));
        request.Headers.Add("X-CadreRules-Province", "minh-khe");
        using HttpResponseMessage response = await server.Client.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"regulation\":\"party-eval-qd366-minh-khe\"", body);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    public async Task AnotherContentType_Is415(string contentType)
    {
        using HttpResponseMessage response = await server.Client.SendAsync(Requests.Json("/rotation", Requests.Sample("demo-rotations.json"), "en", contentType));
        JsonElement problem = await Requests.ProblemAsync(response, 415);
        Assert.Equal("Content-Type", Assert.Single(Errors(problem)).GetProperty("path").GetString());
    }

    [Fact]
    public async Task NoContentType_Is415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/rotation") { Content = new ByteArrayContent(Requests.Sample("demo-rotations.json")) };
        await Requests.ProblemAsync(await server.Client.SendAsync(request), 415);
    }

    [Fact]
    public async Task AnotherKindOfDocument_Is422_NamingBoth()
    {
        using HttpResponseMessage response = await server.Client.SendAsync(Requests.Json("/non-local", Requests.Sample("demo-evaluations.json"), "en"));
        JsonElement problem = await Requests.ProblemAsync(response, 422);
        Assert.Equal("Document.WrongKind", Assert.Single(Errors(problem)).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/retirement", "asOf")]
    [InlineData("/retirement?asOf=31/02/2026", "asOf")]
    [InlineData("/rotation?regulation=nothing-of-the-kind", "regulation")]
    [InlineData("/appointment?subject=minister", "subject")]
    [InlineData("/evaluation-round?regulation=planning-qd377", "regulation")]
    public async Task ABadQueryParameter_Is400_NamingIt(string path, string parameter)
    {
        byte[] body = Requests.Sample(path.StartsWith("/retirement", System.StringComparison.Ordinal) ? "demo-roster.json"
            : path.StartsWith("/evaluation", System.StringComparison.Ordinal) ? "demo-evaluations.json"
            : path.StartsWith("/rotation", System.StringComparison.Ordinal) ? "demo-rotations.json" : "demo-appointments.json");
        bool roster = path.StartsWith("/rotation", System.StringComparison.Ordinal) || path.StartsWith("/appointment", System.StringComparison.Ordinal);
        using HttpResponseMessage response = await server.Client.SendAsync(roster
            ? Requests.WithRoster(path, body, Requests.Sample("demo-roster.json"), "en")
            : Requests.Json(path, body, "en"));
        JsonElement problem = await Requests.ProblemAsync(response, 400);
        Assert.Equal(parameter, Assert.Single(Errors(problem)).GetProperty("path").GetString());
    }

    [Fact]
    public async Task AnUnknownMultipartPart_Is400()
    {
        var content = new MultipartFormDataContent { { new ByteArrayContent(Requests.Sample("demo-body.json")), "attachment", "a.json" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/composition") { Content = content };
        JsonElement problem = await Requests.ProblemAsync(await server.Client.SendAsync(request), 400);
        Assert.Equal("attachment", Assert.Single(Errors(problem)).GetProperty("path").GetString());
    }

    [Fact]
    public async Task ImpactWithoutAProvince_Is400()
    {
        using HttpResponseMessage response = await server.Client.SendAsync(Requests.Json("/impact/evaluation-round", Requests.Sample("demo-evaluations.json"), "en"));
        JsonElement problem = await Requests.ProblemAsync(response, 400);
        Assert.Equal("province", Assert.Single(Errors(problem)).GetProperty("path").GetString());
    }

    [Theory]
    [InlineData(null, "Văn bản có lỗi")]
    [InlineData("vi", "Văn bản có lỗi")]
    [InlineData("fr, en;q=0.8", "Văn bản có lỗi")]
    [InlineData("en-GB", "The document has errors")]
    [InlineData("EN", "The document has errors")]
    public async Task TheLanguage_IsEnglishWhenFirstAsked_VietnameseOtherwise(string? acceptLanguage, string title)
    {
        using HttpRequestMessage request = Requests.Json("/evaluation-round", "{\"schemaVersion\": 1, \"year\": 2025, \"people\": [ {\"id\": \"A\"} ]}");
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        JsonElement problem = await Requests.ProblemAsync(await server.Client.SendAsync(request), 422);
        Assert.Equal(title, problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AnUnknownRoute_IsAProblemToo()
    {
        using HttpResponseMessage response = await server.Client.GetAsync("/nothing-here");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
