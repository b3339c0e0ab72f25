using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CadreRules.Tests.Cli;

/// <summary>The <c>position-change</c> command: the demo sample, JSON, --explain, exit codes, bad input, diff, demo.</summary>
public sealed class PositionChangeCommandTests : IDisposable
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    private static readonly string Roster = Path.Combine(Samples, "demo-roster.json");

    private static readonly string Sample = Path.Combine(Samples, "demo-position-changes.json");

    private readonly string _folder = Directory.CreateTempSubdirectory("cadre-rules-position-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string Line(CliRun run, string id) => run.Output.Split('\n').Single(l => l.StartsWith(id + " ", StringComparison.Ordinal));

    [Fact]
    public void PositionChange_DemoSample_DueDeferredNotYetDue_ExitsOne()
    {
        CliRun run = CliRun.Of("position-change", Sample, "--roster", Roster, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith("not yet due", Line(run, "MKT-017"), StringComparison.Ordinal);
        Assert.Contains("30/06/2027", Line(run, "MKT-017"), StringComparison.Ordinal);
        Assert.EndsWith("deferred until 09/03/2027", Line(run, "MKT-023"), StringComparison.Ordinal);
        Assert.EndsWith("deferred until 31/08/2026", Line(run, "MKT-025"), StringComparison.Ordinal);
        Assert.EndsWith("due", Line(run, "MKT-026"), StringComparison.Ordinal); // 9 months of study do not defer
        Assert.EndsWith("6 due, 2 deferred, 0 exempt, 1 not yet due\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void PositionChange_Vietnamese_NamesSectorsAndGroundsInWords()
    {
        CliRun run = CliRun.Of("position-change", Sample, "--roster", Roster);

        Assert.Contains("quản lý ngân sách, tài chính công", Line(run, "MKT-022"), StringComparison.Ordinal);
        Assert.Contains("[CÓ] Đang nuôi con nhỏ dưới 36 tháng tuổi (đủ 36 tháng ngày 10/03/2027)", run.Output, StringComparison.Ordinal);
        VietnameseOutput.AssertNoEnglish(run.Output);
    }

    [Fact]
    public void PositionChange_NobodyDue_ExitsZero()
    {
        string file = Write("p.json", """
            { "schemaVersion": 1, "asOf": "2026-12-15", "incumbents": [
              { "cadre": { "id": "x", "sex": "male", "birthDate": "1966-05", "positions": [ { "title": "Thanh tra viên", "unit": "Thanh tra tỉnh", "level": "provincial", "start": "2010-01-01" } ] }, "sector": "inspection" },
              { "cadre": { "id": "y", "sex": "male", "birthDate": "1990-05", "positions": [ { "title": "Thanh tra viên", "unit": "Thanh tra tỉnh", "level": "provincial", "start": "2024-01-01" } ] }, "sector": "inspection" } ] }
            """);

        CliRun run = CliRun.Of("position-change", file, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("exempt (from 01/12/2026)", Line(run, "x").Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void PositionChange_JsonExplain_GivesDatesReasonsAndTheWholeTree()
    {
        CliRun run = CliRun.Of("position-change", Sample, "--roster", Roster, "--format", "json", "--explain");

        using JsonDocument document = JsonDocument.Parse(run.Output);
        JsonElement mkt023 = document.RootElement.GetProperty("incumbents").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "MKT-023");
        Assert.Equal("deferred", mkt023.GetProperty("status").GetString());
        Assert.Equal("2027-03-09", mkt023.GetProperty("deferredUntil").GetString());
        Assert.Equal("directContact", mkt023.GetProperty("sector").GetString());
        Assert.Equal(["PositionChange.Due", "PositionChange.Deferral.YoungChild"], mkt023.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        Assert.Equal("PositionChange.Decision", mkt023.GetProperty("explanation").GetProperty("code").GetString());
        Assert.Equal(4, mkt023.GetProperty("explanation").GetProperty("children").GetArrayLength());
    }

    [Fact]
    public void PositionChange_Explain_PrintsEveryStep()
    {
        CliRun run = CliRun.Of("position-change", Sample, "--roster", Roster, "--explain");

        Assert.Contains("[KHÔNG CÓ] Không đi học tập trung từ 12 tháng trở lên", run.Output, StringComparison.Ordinal);
        VietnameseOutput.AssertNoEnglish(run.Output);
    }

    [Fact]
    public void PositionChange_UnknownSector_ExitsTwoWithFileAndPath()
    {
        string file = Write("p.json", File.ReadAllText(Sample).Replace("\"publicInvestment\"", "\"investment\"", StringComparison.Ordinal));

        CliRun run = CliRun.Of("position-change", file, "--roster", Roster);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {file}: $.incumbents[0].sector: không có ngành, lĩnh vực 'investment'; có: personnel,", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_PositionChange_ThirtySixMonthsForPublicInvestment_MakesOneDue()
    {
        string variant = Write("v.json", """
            { "schemaVersion": 1, "id": "position-change-nd59-test", "baseId": "position-change-nd59", "title": { "vi": "Biến thể", "en": "Variant" },
              "citation": { "document": { "number": "TT 1/2026/TT-BKHĐT", "issuer": "Bộ", "signedOn": "2025-06-01" } },
              "effective": { "start": "2025-06-01" }, "overrides": { "period.publicInvestment": 36 } }
            """);

        CliRun run = CliRun.Of("diff", Sample, "--roster", Roster, "--overrides", variant, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(run.Output);
        Assert.Equal("position-change", document.RootElement.GetProperty("kind").GetString());
        JsonElement change = Assert.Single(document.RootElement.GetProperty("changed").EnumerateArray());
        Assert.Equal(("MKT-017", "notYetDue", "due"), (change.GetProperty("id").GetString(), change.GetProperty("before").GetString(), change.GetProperty("after").GetString()));
    }

    [Fact]
    public void Demo_HasThePositionChangeSection()
    {
        string[] section = DemoOutput.Section(CliRun.Of("demo").Output, "Định kỳ chuyển đổi vị trí công tác");

        Assert.Contains("6 đến hạn chuyển đổi, 2 chưa thực hiện chuyển đổi, 0 không thực hiện chuyển đổi, 1 chưa đến hạn", section);
        VietnameseOutput.AssertNoEnglish(string.Join("\n", section));
    }
}
