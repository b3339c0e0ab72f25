using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CadreRules.Spreadsheets;

namespace CadreRules.Server.Tests;

/// <summary>Where the CLI takes a workbook or a CSV file, the server does too (as the body, or as a multipart part
/// named by its extension): the answer is the one the same document as JSON gets, and an error names the sheet, row and
/// column.</summary>
public sealed class SpreadsheetBodyTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static byte[] AsSheet(string sample, SpreadsheetFormat format)
    {
        using var output = new MemoryStream();
        using (var input = new MemoryStream(Requests.Sample(sample)))
        {
            SpreadsheetDocuments.WriteDocument(input, format, output);
        }

        return output.ToArray();
    }

    private async Task<string> JsonAnswerAsync(string path, string sample)
    {
        using HttpResponseMessage response = await server.Client.SendAsync(Requests.Json(path, Requests.Sample(sample)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData(SpreadsheetFormat.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData(SpreadsheetFormat.Csv, "text/csv")]
    public async Task AnEvaluationSheetAsASpreadsheet_GetsTheAnswerOfTheJson(SpreadsheetFormat format, string contentType)
    {
        using HttpResponseMessage response = await server.Client.SendAsync(Requests.Json("/provinces/minh-khe/evaluation-round", AsSheet("demo-evaluations.json", format), contentType: contentType));
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal(await JsonAnswerAsync("/provinces/minh-khe/evaluation-round", "demo-evaluations.json"), body);
    }

    [Fact]
    public async Task ARotationSheetAndARosterSheet_InMultipart_ByTheirExtensions()
    {
        var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(AsSheet("demo-rotations.json", SpreadsheetFormat.Xlsx)), "document", "luan-chuyen.xlsx" },
            { new ByteArrayContent(AsSheet("demo-roster.json", SpreadsheetFormat.Csv)), "roster", "can-bo.csv" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/rotation") { Content = content };
        using HttpResponseMessage response = await server.Client.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using HttpResponseMessage json = await server.Client.SendAsync(Requests.WithRoster("/rotation", Requests.Sample("demo-rotations.json"), Requests.Sample("demo-roster.json")));
        Assert.Equal(await json.Content.ReadAsStringAsync(), body);
    }

    [Fact]
    public async Task AnErrorInACsvFile_NamesItsRowAndColumn()
    {
        string csv = Encoding.UTF8.GetString(AsSheet("demo-evaluations.json", SpreadsheetFormat.Csv));
        string[] lines = csv.Split('\n');
        // The second person's line: its score cell replaced by a word.
        string[] cells = lines[2].Split(',');
        int general = System.Array.FindIndex(lines[0].Split(','), h => h.Contains("chung", System.StringComparison.OrdinalIgnoreCase));
        Assert.True(general >= 0, lines[0]);
        cells[general] = "mười";
        lines[2] = string.Join(',', cells);
        using HttpResponseMessage response = await server.Client.SendAsync(Requests.Json("/evaluation-round", Encoding.UTF8.GetBytes(string.Join('\n', lines)), "en", "text/csv"));
        JsonElement problem = await Requests.ProblemAsync(response, 422);
        string path = problem.GetProperty("errors")[0].GetProperty("path").GetString()!;
        Assert.Contains("3", path);
        Assert.DoesNotContain("$", path);
    }

    [Fact]
    public async Task APlanningReviewAsASheet_GetsTheAnswerOfTheJson()
    {
        // A sheet names people by id only, so the review's current facts are references to the roster.
        var review = System.Text.Json.Nodes.JsonNode.Parse(Requests.Sample("demo-review.json"))!;
        review["currentFacts"] = System.Text.Json.Nodes.JsonNode.Parse("""[{ "cadreRef": "MKT-041" }, { "cadreRef": "MKT-052" }]""");
        byte[] json = Encoding.UTF8.GetBytes(review.ToJsonString());
        byte[] sheet;
        using (var input = new MemoryStream(json))
        using (var output = new MemoryStream())
        {
            SpreadsheetDocuments.WriteDocument(input, SpreadsheetFormat.Xlsx, output);
            sheet = output.ToArray();
        }

        var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(sheet), "document", "ra-soat.xlsx" },
            { new ByteArrayContent(Requests.Sample("demo-roster.json")), "roster", "can-bo.json" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/planning-review") { Content = content };
        using HttpResponseMessage response = await server.Client.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using HttpResponseMessage answer = await server.Client.SendAsync(Requests.WithRoster("/planning-review", json, Requests.Sample("demo-roster.json")));
        Assert.Equal(await answer.Content.ReadAsStringAsync(), body);
    }
}
