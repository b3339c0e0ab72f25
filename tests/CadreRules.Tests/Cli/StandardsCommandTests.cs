using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CadreRules.Tests.Cli;

/// <summary>The <c>standards</c> command: the sample, a whole roster, JSON, exit codes, bad input.</summary>
public sealed class StandardsCommandTests : IDisposable
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    private readonly string _folder = Directory.CreateTempSubdirectory("cadre-rules-standards-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Standards_Sample_InVietnamese_ListsEachOutcome_AndExitsOne()
    {
        CliRun run = CliRun.Of("standards", Path.Combine(Samples, "demo-standards.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Văn bản áp dụng: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Văn bản áp dụng: Tiêu chuẩn chức danh theo Quy định 365-QĐ/TW, quy hoạch theo Quy định 377-QĐ/TW", run.Output, StringComparison.Ordinal);
        Assert.Contains("Chức danh: Bí thư Đảng ủy xã (xã), ngày xét 01/12/2025", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 đạt, 1 chờ hoàn thiện theo kế hoạch đào tạo, 2 không đạt, 1 chưa xác định được", run.Output, StringComparison.Ordinal);
        Assert.Contains("[KHÔNG ĐẠT] Trình độ chuyên môn cao đẳng (cấp ngày 30/06/2001) thấp hơn mức chức danh cần (đại học trở lên)", run.Output, StringComparison.Ordinal);
        Assert.Contains("[CHƯA XÁC ĐỊNH] Chưa xác định được trình độ lý luận chính trị ngày xét (chưa ghi nhận)", run.Output, StringComparison.Ordinal);
        Assert.Contains("[CHỜ HOÀN THIỆN] Trình độ lý luận chính trị sơ cấp (cấp ngày 20/05/2010) thấp hơn mức chức danh cần (trung cấp trở lên) — mục 2, KL 150-KL/TW", run.Output, StringComparison.Ordinal);
        Assert.Contains("[ĐẠT] Đối tượng 2 chưa đạt chuẩn lý luận chính trị có kế hoạch đào tạo, bồi dưỡng", run.Output, StringComparison.Ordinal);
        VietnameseOutput.AssertNoEnglish(run.Output);
    }

    [Fact]
    public void Standards_Sample_InEnglish() =>
        Assert.Contains("1 meet, 1 pending with a training plan, 2 fail, 1 undetermined", CliRun.Of("standards", Path.Combine(Samples, "demo-standards.json"), "--lang", "en").Output, StringComparison.Ordinal);

    [Fact]
    public void Standards_Json_GivesOutcomeRegulationAndRequirementsNotMet()
    {
        CliRun run = CliRun.Of("standards", Path.Combine(Samples, "demo-standards.json"), "--format", "json", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement[] subjects = [.. json.RootElement.GetProperty("subjects").EnumerateArray()];
        Assert.Equal(["meets", "pendingWithPlan", "fails", "undetermined", "fails"], subjects.Select(s => s.GetProperty("outcome").GetString()));
        Assert.All(subjects, s => Assert.Equal("standards-qd365-qd377", s.GetProperty("regulation").GetString()));
        Assert.Equal(["Standards.PoliticalTheory", "Standards.PoliticalTheory.TrainingPlan"], subjects[4].GetProperty("notMet").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("second", subjects[1].GetProperty("planningGroup").GetString());
    }

    [Fact]
    public void Standards_WithoutSubjects_ChecksTheWholeRoster()
    {
        string doc = Write("s.json", """{ "schemaVersion": 1, "title": { "name": "Phó Chủ tịch UBND xã", "level": "commune" }, "assessedOn": "2026-01-15" }""");
        string roster = Write("r.json", """
            { "schemaVersion": 1, "cadres": [
              { "id": "A", "sex": "male", "birthDate": "1980", "qualifications": { "education": { "level": "đại học", "obtainedOn": "2002-06-30" }, "politicalTheory": { "level": "trung cấp", "obtainedOn": "2015-01-01" } } },
              { "id": "B", "sex": "female", "birthDate": "1985", "qualifications": { "education": { "level": "university", "obtainedOn": "2007-06-30" }, "politicalTheory": { "level": "intermediate", "obtainedOn": "2015-01-01" } } } ] }
            """);
        CliRun run = CliRun.Of("standards", doc, "--roster", roster, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 meet, 0 pending with a training plan, 0 fail, 0 undetermined", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Standards_WithoutSubjectsOrRoster_IsBadInputAtTheField()
    {
        CliRun run = CliRun.Of("standards", Write("s.json", """{ "schemaVersion": 1, "title": { "name": "X", "level": "commune" }, "assessedOn": "2026-01-15" }"""), "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("$.subjects", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Standards_BadPlanningGroup_IsBadInputAtItsPath()
    {
        CliRun run = CliRun.Of("standards", Write("s.json", """{ "schemaVersion": 1, "title": { "name": "X", "level": "commune" }, "assessedOn": "2026-01-15", "subjects": [ { "cadre": { "id": "A", "sex": "male", "birthDate": "1980" }, "planningGroup": "third" } ] }"""));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("$.subjects[0].planningGroup: cần một trong các giá trị none, first, second.", run.Error, StringComparison.Ordinal);
    }
}
