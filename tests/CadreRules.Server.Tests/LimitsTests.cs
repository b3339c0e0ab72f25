using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace CadreRules.Server.Tests;

/// <summary>The request size limit (<c>CadreRulesServer:MaxRequestBytes</c>): a larger body is answered 413, whether
/// its length is announced or not, as JSON or multipart.</summary>
public sealed class LimitsTests
{
    private static readonly Dictionary<string, string?> Small = new() { ["CadreRulesServer:MaxRequestBytes"] = "4096" };

    [Fact]
    public async Task ABodyOverTheLimit_Is413()
    {
        await using ServerHost host = await ServerHost.StartAsync(Small);
        using HttpResponseMessage response = await host.Client.SendAsync(Requests.Json("/evaluation-round", Requests.Sample("demo-evaluations.json"), "en"));
        JsonElement problem = await Requests.ProblemAsync(response, 413);
        Assert.Contains("4096", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ABodyOverTheLimit_WithoutALength_Is413()
    {
        await using ServerHost host = await ServerHost.StartAsync(Small);
        var content = new StreamContent(new System.IO.MemoryStream(Requests.Sample("demo-evaluations.json")));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/evaluation-round") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        await Requests.ProblemAsync(await host.Client.SendAsync(request), 413);
    }

    [Fact]
    public async Task AMultipartBodyOverTheLimit_Is413()
    {
        await using ServerHost host = await ServerHost.StartAsync(Small);
        using HttpResponseMessage response = await host.Client.SendAsync(Requests.WithRoster("/planning-list", Requests.Sample("demo-planning.json"), Requests.Sample("demo-roster.json")));
        await Requests.ProblemAsync(response, 413);
    }

    [Fact]
    public async Task ABodyWithinTheLimit_IsRead()
    {
        await using ServerHost host = await ServerHost.StartAsync(Small);
        const string roster = "{\"schemaVersion\": 1, \"cadres\": [ {\"id\": \"A-1\", \"sex\": \"female\", \"birthDate\": \"1970-05\"} ]}";
        using HttpResponseMessage response = await host.Client.SendAsync(Requests.Json("/retirement?asOf=2026-01-01", roster));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void ALimitThatIsNotAPositiveNumber_FailsTheStart()
    {
        var error = Assert.Throws<System.InvalidOperationException>(() => CadreServer.Build([], builder => builder.Configuration["CadreRulesServer:MaxRequestBytes"] = "-1"));
        Assert.Contains("MaxRequestBytes", error.Message);
    }
}
