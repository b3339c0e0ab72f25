using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CadreRules.Tests.Cli;

/// <summary>The <c>body</c> command (alias <c>composition</c>): shares against targets, first-time members, qualifications,
/// JSON, exit codes, bad input, demo; and the <c>statistics</c> command over a roster.</summary>
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
        Assert.Contains("Women: 6/15 = 40.0% (of 15 members), target at least 15.0%: met", run.Output, StringComparison.Ordinal);
        Assert.Contains("Ethnic minority: 3/15 = 20.0% (of 15 members), target at least 20.0%: met", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Composition_TargetMissedByOne_ExitsOneAndSaysHowManyAreMissing()
    {
        CliRun run = CliRun.Of("composition", Write("b.json", Body(2, 18, """{ "women": { "numerator": 15, "denominator": 100 } }""")));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Nữ: 2/20 = 10,0% (trên 20 thành viên), chỉ tiêu từ 15,0%: không đạt, còn thiếu 1 người", run.Output, StringComparison.Ordinal);
        Assert.Contains("Dân tộc thiểu số: 18/20 = 90,0% (trên 20 thành viên), chưa đặt chỉ tiêu", run.Output, StringComparison.Ordinal);
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
    public void Body_DemoBody_NamesTheDenominatorOfTheFirstTimeAndQualificationShares()
    {
        CliRun vi = CliRun.Of("body", Path.Combine(Samples, "demo-body.json"), "--roster", Path.Combine(Samples, "demo-roster.json"));
        CliRun en = CliRun.Of("body", Path.Combine(Samples, "demo-body.json"), "--roster", Path.Combine(Samples, "demo-roster.json"), "--lang", "en");

        Assert.Equal((0, 0), (vi.ExitCode, en.ExitCode));
        Assert.Contains("Tham gia lần đầu: 6/15 = 40,0% (trên 15 thành viên)", vi.Output, StringComparison.Ordinal);
        Assert.Contains("Tái cử: 9/15 = 60,0% (trên 15 thành viên)", vi.Output, StringComparison.Ordinal);
        Assert.Contains("Chuyên môn đại học trở lên: 13/15 = 86,7% (trên 15 thành viên)", vi.Output, StringComparison.Ordinal);
        Assert.Contains("Lý luận chính trị cao cấp, cử nhân: 6/15 = 40,0% (trên 15 thành viên) (1 người chưa ghi trình độ, tính vào mẫu số)", vi.Output, StringComparison.Ordinal);
        Assert.Contains("Lý luận chính trị trung cấp trở lên: 13/15 = 86,7% (trên 15 thành viên)", vi.Output, StringComparison.Ordinal);
        VietnameseOutput.AssertNoEnglish(vi.Output);
        Assert.Contains("Re-elected: 9/15 = 60.0% (of 15 members)", en.Output, StringComparison.Ordinal);
        Assert.Contains("Political theory intermediate or higher: 13/15 = 86.7% (of 15 members) (1 with no level recorded, counted in the denominator)", en.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_AndItsAliasComposition_GiveTheSameOutput()
    {
        string[] args = [Path.Combine(Samples, "demo-body.json"), "--roster", Path.Combine(Samples, "demo-roster.json"), "--format", "json"];

        Assert.Equal(CliRun.Of(["body", .. args]).Output, CliRun.Of(["composition", .. args]).Output);
    }

    [Fact]
    public void Body_Json_GivesTheQualificationSharesOverTheMembers()
    {
        using JsonDocument json = JsonDocument.Parse(CliRun.Of("body", Path.Combine(Samples, "demo-body.json"), "--roster", Path.Combine(Samples, "demo-roster.json"), "--format", "json").Output);
        JsonElement q = json.RootElement.GetProperty("qualifications");

        Assert.Equal("15 thành viên", q.GetProperty("denominator").GetString());
        Assert.Equal((13, 15), (q.GetProperty("universityOrHigher").GetProperty("count").GetInt32(), q.GetProperty("universityOrHigher").GetProperty("total").GetInt32()));
        Assert.Equal((2, 5), (q.GetProperty("politicalTheoryAdvanced").GetProperty("share").GetProperty("numerator").GetInt32(), q.GetProperty("politicalTheoryAdvanced").GetProperty("share").GetProperty("denominator").GetInt32()));
        Assert.Equal(1, q.GetProperty("politicalTheoryUnrecorded").GetInt32());
        Assert.Equal(6, json.RootElement.GetProperty("firstTime").GetProperty("count").GetInt32());
        Assert.Equal(9, json.RootElement.GetProperty("reElected").GetProperty("count").GetInt32());
    }

    [Fact]
    public void Body_WithoutFirstTimeForEveryMember_PrintsNoRenewalShares()
    {
        CliRun run = CliRun.Of("body", Write("b.json", Body(2, 2, "{}")), "--format", "json");

        using JsonDocument json = JsonDocument.Parse(run.Output);
        Assert.False(json.RootElement.TryGetProperty("firstTime", out _));
        Assert.Equal(4, json.RootElement.GetProperty("qualifications").GetProperty("educationUnrecorded").GetInt32());
    }

    [Fact]
    public void Statistics_DemoRoster_NamesTheRosterAsTheDenominator()
    {
        CliRun vi = CliRun.Of("statistics", Path.Combine(Samples, "demo-roster.json"), "--as-of", "01/07/2025", "--young-age", "42");
        CliRun en = CliRun.Of("statistics", Path.Combine(Samples, "demo-roster.json"), "--as-of", "2025-07-01", "--young-age", "42", "--lang", "en", "--format", "json");

        Assert.Equal((0, 0), (vi.ExitCode, en.ExitCode));
        Assert.Contains("Chuyên môn đại học trở lên: 13/60 = 21,7% (trên 60 cán bộ trong danh sách) (45 người chưa ghi trình độ, tính vào mẫu số)", vi.Output, StringComparison.Ordinal);
        VietnameseOutput.AssertNoEnglish(vi.Output);
        using JsonDocument json = JsonDocument.Parse(en.Output);
        Assert.Equal("60 cadres on the roster", json.RootElement.GetProperty("denominator").GetString());
        Assert.Equal("60 cadres on the roster", json.RootElement.GetProperty("qualifications").GetProperty("universityOrHigher").GetProperty("denominator").GetString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    public void Statistics_YoungAgeOutOfRange_ExitsTwo(string age)
    {
        CliRun run = CliRun.Of("statistics", Path.Combine(Samples, "demo-roster.json"), "--as-of", "2025-07-01", "--young-age", age);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--young-age", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_Ct45_YoungAtTheTermReferenceMonth_AndAgeBandsNotSet_SaidInBothLanguages()
    {
        string members = string.Join(", ", Enumerable.Range(0, 20).Select(i => $$"""{ "cadre": { "id": "m{{i}}", "sex": "{{(i < 3 ? "female" : "male")}}", "birthDate": "{{(i == 0 ? "1983-09-01" : i == 1 ? "1990-01-01" : "1970-01-01")}}" } }"""));
        string file = Write("t.json", "{ \"schemaVersion\": 1, \"asOf\": \"2027-03-01\", \"youngAge\": 42, \"directiveTargets\": true, \"termReferenceMonth\": \"2025-07\", \"members\": [ " + members + " ] }");

        CliRun vi = CliRun.Of("body", file);
        CliRun en = CliRun.Of("body", file, "--lang", "en");

        Assert.Contains("Dưới 42 tuổi: 2/20 = 10,0%, chỉ tiêu từ 10,0% (cần 2 người): đạt", vi.Output, StringComparison.Ordinal);
        Assert.Contains("Tuổi trẻ tính tại ngày 31/07/2025, cuối tháng tính tuổi của nhiệm kỳ (07/2025)", vi.Output, StringComparison.Ordinal);
        Assert.Contains("Ba độ tuổi: chỉ thị không cho giới hạn các độ tuổi nên chưa xét", vi.Output, StringComparison.Ordinal);
        Assert.Contains("Young measured on 31/07/2025, the last day of the term's age-reference month (07/2025)", en.Output, StringComparison.Ordinal);
        Assert.Contains("Three age bands: the directive gives no band limits, so they are not checked", en.Output, StringComparison.Ordinal);
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

        Assert.Contains("Dân tộc thiểu số: 3/15 = 20,0% (trên 15 thành viên), chỉ tiêu từ 20,0%: đạt", section);
        VietnameseOutput.AssertNoEnglish(string.Join("\n", section));
    }

    [Fact]
    public void Demo_HasTheStatisticsSection_WithItsDenominator()
    {
        string[] section = DemoOutput.Section(CliRun.Of("demo").Output, "Thống kê danh sách cán bộ");
        string[] english = DemoOutput.Section(CliRun.Of("demo", "--lang", "en").Output, "Statistics of the roster");

        Assert.Contains("Nữ: 19/60 = 31,7% (trên 60 cán bộ trong danh sách)", section);
        Assert.Contains("Chuyên môn đại học trở lên: 13/60 = 21,7% (trên 60 cán bộ trong danh sách) (45 người chưa ghi trình độ, tính vào mẫu số)", section);
        Assert.Contains("Women: 19/60 = 31.7% (of 60 cadres on the roster)", english);
        VietnameseOutput.AssertNoEnglish(string.Join("\n", section));
    }

    [Fact]
    public void Composition_WithThePreviousTerm_PrintsThePointsAndTheRelativeChange()
    {
        string body = Body(2, 2, "{}").Replace("\"targets\": {}", "\"targets\": {}, \"previous\": { \"name\": \"2015–2020\", \"total\": 5, \"women\": 1, \"ethnicMinority\": 0 }", StringComparison.Ordinal);
        CliRun run = CliRun.Of("composition", Write("p.json", body));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Nữ: 2/4 = 50,0% (trên 4 thành viên), chưa đặt chỉ tiêu; so với nhiệm kỳ 2015–2020 (1/5 = 20,0%): +30,0 điểm phần trăm, tương đối +150,0%", run.Output, StringComparison.Ordinal);
        Assert.Contains("Dân tộc thiểu số: 2/4 = 50,0% (trên 4 thành viên), chưa đặt chỉ tiêu; so với nhiệm kỳ 2015–2020 (0/5 = 0,0%): +50,0 điểm phần trăm, tương đối —", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Trẻ (dưới 40 tuổi): 2/4 = 50,0% (trên 4 thành viên), chưa đặt chỉ tiêu;", run.Output, StringComparison.Ordinal);
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
