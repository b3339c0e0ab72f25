using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CadreRules.Tests.Cli;

/// <summary>The <c>review</c> command: the demo sample, JSON, exit codes, bad input, and <c>diff</c> of a review.</summary>
public sealed class ReviewCommandTests : IDisposable
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    private static readonly string Roster = Path.Combine(Samples, "demo-roster.json");

    private static readonly string Sample = Path.Combine(Samples, "demo-review.json");

    private readonly string _folder = Directory.CreateTempSubdirectory("cadre-rules-review-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private const string KeptOnly = """
        { "schemaVersion": 1, "reviewDate": "2026-12-15",
          "plan": { "date": "2025-12-20", "term": { "start": "2030-07-01" }, "ageReferenceMonth": "2030-07",
            "titles": [ { "id": "ct", "name": "Chủ tịch UBND xã", "level": "commune" } ],
            "candidates": [ { "cadre": { "id": "a", "name": "Người A", "sex": "male", "birthDate": "1980-01" } } ],
            "entries": [ { "cadreId": "a", "titleId": "ct" } ] },
          "currentFacts": [ { "cadre": { "id": "b", "sex": "female", "birthDate": "1985-01" } } ],
          "proposedAdditions": [ { "cadreId": "b", "titleId": "ct" } ] }
        """;

    [Fact]
    public void Review_DemoSample_RemovesRefusesAndExitsOne()
    {
        CliRun run = CliRun.Of("review", Sample, "--roster", Roster, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        string[] lines = run.Output.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("MKT-013 ", StringComparison.Ordinal) && l.EndsWith("removed", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("MKT-052 ", StringComparison.Ordinal) && l.EndsWith("refused", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("MKT-003 ", StringComparison.Ordinal) && l.Contains("Bí thư Đảng ủy xã", StringComparison.Ordinal) && l.EndsWith("added", StringComparison.Ordinal));
        Assert.Contains("Regulation: planning-qd377", run.Output, StringComparison.Ordinal);
        Assert.Contains("(warning on 10/03/2026)", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("31 kept, 19 removed, 2 added, 1 refused\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_Vietnamese_HasNoEnglishWordEnumNameOrRuleCode()
    {
        CliRun run = CliRun.Of("review", Sample, "--roster", Roster);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[KHÔNG ĐẠT] MKT-013 bị kỷ luật (cảnh cáo ngày 10/03/2026) sau khi được phê duyệt quy hoạch: phải đưa ra khỏi quy hoạch", run.Output, StringComparison.Ordinal);
        Assert.Contains("31 giữ lại, 19 đưa ra, 2 bổ sung, 1 không bổ sung", run.Output, StringComparison.Ordinal);
        VietnameseOutput.AssertNoEnglish(run.Output);
    }

    [Fact]
    public void Review_NothingRemovedOrRefused_ExitsZero()
    {
        CliRun run = CliRun.Of("review", Write("r.json", KeptOnly), "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("1 kept, 0 removed, 1 added, 0 refused\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_Json_GivesEveryEntryWithOutcomeAndReasons()
    {
        CliRun run = CliRun.Of("review", Sample, "--roster", Roster, "--format", "json");

        using JsonDocument document = JsonDocument.Parse(run.Output);
        JsonElement root = document.RootElement;
        Assert.Equal("planning-qd377", root.GetProperty("regulation").GetString());
        Assert.Equal("2030-07", root.GetProperty("ageMonth").GetString());
        JsonElement[] entries = [.. root.GetProperty("entries").EnumerateArray()];
        Assert.Equal(53, entries.Length);
        JsonElement removed = entries.Single(e => e.GetProperty("id").GetString() == "MKT-013");
        Assert.Equal("removed", removed.GetProperty("outcome").GetString());
        Assert.Equal("QD377.Planning.DisciplinedSincePlanning", removed.GetProperty("reasons")[0].GetProperty("code").GetString());
        Assert.Equal(19, root.GetProperty("counts").GetProperty("removed").GetInt32());
    }

    [Fact]
    public void Review_BadInput_ExitsTwoWithFileAndPath()
    {
        string file = Write("bad.json", KeptOnly.Replace("{ \"cadreId\": \"b\", \"titleId\": \"ct\" }", "{ \"cadreId\": \"b\", \"titleId\": \"nope\" }", StringComparison.Ordinal));

        CliRun run = CliRun.Of("review", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {file}: $.proposedAdditions[0].titleId: không có chức danh 'nope'; có: ct.\n", run.Error);
    }

    [Fact]
    public void Review_PlanningListGiven_NamesTheKind()
    {
        CliRun run = CliRun.Of("review", Path.Combine(Samples, "demo-planning.json"), "--roster", Roster, "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("this is a planning list; `review` reads a planning review.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_Review_VariantAskingFortyEightMonths_ChangesTheEntriesBetween()
    {
        string variant = Write("v.json", """
            { "schemaVersion": 1, "id": "planning-qd377-test", "baseId": "planning-qd377", "title": { "vi": "Biến thể", "en": "Variant" },
              "citation": { "document": { "number": "HD 1-HD/TU", "issuer": "Tỉnh ủy", "signedOn": "2025-11-01" } },
              "effective": { "start": "2025-11-01" }, "overrides": { "age.minimumMonthsLeft": 24 } }
            """);

        CliRun run = CliRun.Of("diff", Sample, "--roster", Roster, "--overrides", variant, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(run.Output);
        Assert.Equal("review", document.RootElement.GetProperty("kind").GetString());
        string[] changed = [.. document.RootElement.GetProperty("changed").EnumerateArray().Select(c => c.GetProperty("id").GetString() + ":" + c.GetProperty("after").GetString())];
        Assert.Contains("MKT-009:kept", changed);
        Assert.Contains("MKT-052:added", changed);
    }

    [Fact]
    public void Demo_HasTheReviewSection()
    {
        string[] section = DemoOutput.Section(CliRun.Of("demo").Output, "Rà soát quy hoạch hằng năm");

        Assert.Contains(section, l => l.StartsWith("31 giữ lại, 19 đưa ra, 2 bổ sung, 1 không bổ sung", StringComparison.Ordinal));
        VietnameseOutput.AssertNoEnglish(string.Join("\n", section));
    }
}
