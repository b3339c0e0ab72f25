using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CadreRules.Tests.Cli;

/// <summary>The <c>composition</c> command: shares against targets, JSON, exit codes, bad input, demo.</summary>
public sealed class CompositionCommandTests : IDisposable
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    private readonly string _folder = Directory.CreateTempSubdirectory("cadre-rules-composition-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string Body(int women, int men, string targets) =>
        "{ \"schemaVersion\": 1, \"name\": \"Ban thử\", \"asOf\": \"2025-07-01\", \"youngAge\": 40, \"targets\": " + targets + ", \"members\": [ "
        + string.Join(", ", Enumerable.Range(0, women).Select(i => $$"""{ "cadre": { "id": "w{{i}}", "sex": "female", "birthDate": "1975" } }""")
            .Concat(Enumerable.Range(0, men).Select(i => $$"""{ "cadre": { "id": "m{{i}}", "sex": "male", "birthDate": "1990", "ethnicMinority": true } }""")))
        + " ] }";

    [Fact]
    public void Composition_DemoBody_AllTargetsMet_ExitsZero()
    {
        CliRun run = CliRun.Of("composition", Path.Combine(Samples, "demo-body.json"), "--roster", Path.Combine(Samples, "demo-roster.json"), "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Women: 6/15 = 40.0%, target at least 15.0%: met", run.Output, StringComparison.Ordinal);
        Assert.Contains("Ethnic minority: 3/15 = 20.0%, target at least 20.0%: met", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Composition_TargetMissedByOne_ExitsOneAndSaysHowManyAreMissing()
    {
        CliRun run = CliRun.Of("composition", Write("b.json", Body(2, 18, """{ "women": { "numerator": 15, "denominator": 100 } }""")));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Nữ: 2/20 = 10,0%, chỉ tiêu từ 15,0%: không đạt, còn thiếu 1 người", run.Output, StringComparison.Ordinal);
        Assert.Contains("Dân tộc thiểu số: 18/20 = 90,0%, chưa đặt chỉ tiêu", run.Output, StringComparison.Ordinal);
        VietnameseOutput.AssertNoEnglish(run.Output);
    }

    [Fact]
    public void Composition_Json_GivesExactSharesTargetsAndShortfalls()
    {
        CliRun run = CliRun.Of("composition", Write("b.json", Body(3, 17, """{ "women": { "numerator": 15, "denominator": 100 }, "young": { "numerator": 9, "denominator": 10 } }""")), "--format", "json");

        using JsonDocument document = JsonDocument.Parse(run.Output);
        JsonElement women = document.RootElement.GetProperty("women");
        Assert.Equal((3, 20, true, 0), (women.GetProperty("count").GetInt32(), women.GetProperty("total").GetInt32(), women.GetProperty("meetsTarget").GetBoolean(), women.GetProperty("shortfall").GetInt32()));
        Assert.Equal((3, 20), (women.GetProperty("share").GetProperty("numerator").GetInt32(), women.GetProperty("share").GetProperty("denominator").GetInt32()));
        JsonElement young = document.RootElement.GetProperty("young");
        Assert.Equal((17, false, 1), (young.GetProperty("count").GetInt32(), young.GetProperty("meetsTarget").GetBoolean(), young.GetProperty("shortfall").GetInt32()));
        Assert.False(document.RootElement.GetProperty("ethnicMinority").TryGetProperty("target", out _));
        Assert.Equal(["Composition.WomenShare", "Composition.YoungShare"], document.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()));
    }

    [Fact]
    public void Composition_BadInput_ExitsTwoWithFileAndPath()
    {
        string file = Write("b.json", Body(1, 1, """{ "women": { "numerator": 3, "denominator": 2 } }"""));

        CliRun run = CliRun.Of("composition", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {file}: $.targets.women: giá trị 3/2 nằm ngoài khoảng thư viện chấp nhận, từ 0 đến 1.\n", run.Error);
    }

    [Fact]
    public void Demo_HasTheCompositionSection()
    {
        string[] section = DemoOutput.Section(CliRun.Of("demo").Output, "Cơ cấu Ban Chấp hành");

        Assert.Contains("Dân tộc thiểu số: 3/15 = 20,0%, chỉ tiêu từ 20,0%: đạt", section);
        VietnameseOutput.AssertNoEnglish(string.Join("\n", section));
    }

    [Fact]
    public void Composition_WithThePreviousTerm_PrintsThePointsAndTheRelativeChange()
    {
        string body = Body(2, 2, "{}").Replace("\"targets\": {}", "\"targets\": {}, \"previous\": { \"name\": \"2015–2020\", \"total\": 5, \"women\": 1, \"ethnicMinority\": 0 }", StringComparison.Ordinal);
        CliRun run = CliRun.Of("composition", Write("p.json", body));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Nữ: 2/4 = 50,0%, chưa đặt chỉ tiêu; so với nhiệm kỳ 2015–2020 (1/5 = 20,0%): +30,0 điểm phần trăm, tương đối +150,0%", run.Output, StringComparison.Ordinal);
        Assert.Contains("Dân tộc thiểu số: 2/4 = 50,0%, chưa đặt chỉ tiêu; so với nhiệm kỳ 2015–2020 (0/5 = 0,0%): +50,0 điểm phần trăm, tương đối —", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Trẻ (dưới 40 tuổi): 2/4 = 50,0%, chưa đặt chỉ tiêu;", run.Output, StringComparison.Ordinal);
        VietnameseOutput.AssertNoEnglish(run.Output);

        using JsonDocument json = JsonDocument.Parse(CliRun.Of("composition", Write("p.json", body), "--format", "json", "--lang", "en").Output);
        JsonElement women = json.RootElement.GetProperty("women").GetProperty("change");
        Assert.Equal(3, women.GetProperty("points").GetProperty("numerator").GetInt64());
        Assert.Equal(10, women.GetProperty("points").GetProperty("denominator").GetInt64());
        Assert.Equal("+30.0 percentage points", women.GetProperty("pointsText").GetString());
        Assert.Equal(3, women.GetProperty("relative").GetProperty("numerator").GetInt64());
        Assert.Equal(2, women.GetProperty("relative").GetProperty("denominator").GetInt64());
        Assert.False(json.RootElement.GetProperty("ethnicMinority").GetProperty("change").TryGetProperty("relative", out _));
        Assert.Equal("2015–2020", json.RootElement.GetProperty("previousTerm").GetString());
    }
}
