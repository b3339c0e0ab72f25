using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CadreRules.Tests.Cli;

/// <summary>The <c>committee</c> command: the demo sample, JSON, exit codes, bad input, diff, demo.</summary>
public sealed class CommitteeCommandTests : IDisposable
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    private static readonly string Roster = Path.Combine(Samples, "demo-roster.json");

    private static readonly string Sample = Path.Combine(Samples, "demo-committee.json");

    private readonly string _folder = Directory.CreateTempSubdirectory("cadre-rules-committee-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string Line(CliRun run, string id) => run.Output.Split('\n').Single(l => l.StartsWith(id + " ", StringComparison.Ordinal));

    [Fact]
    public void Committee_DemoSample_ThresholdsPerCandidacy_ExitsOne()
    {
        CliRun run = CliRun.Of("committee", Sample, "--roster", Roster, "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"07/2025\s+no\s+56\s+60\s+not eligible$", Line(run, "MKT-019"));
        Assert.Matches(@"07/2025\s+yes\s+150\s+48\s+eligible$", Line(run, "MKT-004"));
        Assert.EndsWith("3 eligible, 5 not eligible\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Committee_Vietnamese_HasNoEnglish()
    {
        CliRun run = CliRun.Of("committee", Sample, "--roster", Roster);

        Assert.Contains("[KHÔNG ĐẠT] Tại tháng 07/2025: chỉ còn 56 tháng công tác, cần ít nhất 60 tháng", run.Output, StringComparison.Ordinal);
        VietnameseOutput.AssertNoEnglish(run.Output);
    }

    [Fact]
    public void Committee_AllEligible_ExitsZero_AndJsonGivesTheNumbers()
    {
        string file = Write("c.json", """{ "schemaVersion": 1, "candidacies": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1968-07" }, "level": "commune", "reElection": false } ] }""");

        CliRun table = CliRun.Of("committee", file);
        CliRun json = CliRun.Of("committee", file, "--format", "json");

        Assert.Equal(0, table.ExitCode);
        using JsonDocument document = JsonDocument.Parse(json.Output);
        JsonElement a = document.RootElement.GetProperty("candidacies")[0];
        Assert.Equal((60, 60, true), (a.GetProperty("monthsLeft").GetInt32(), a.GetProperty("minMonths").GetInt32(), a.GetProperty("eligible").GetBoolean()));
        Assert.Equal("committee-ct45", a.GetProperty("regulation").GetString());
        Assert.Equal("CommitteeMembership.ServiceLeft", a.GetProperty("finding").GetProperty("code").GetString());
    }

    [Fact]
    public void Committee_BadInput_ExitsTwoWithFileAndPath()
    {
        string file = Write("c.json", """{ "schemaVersion": 1, "candidacies": [ { "cadreRef": "MKT-999", "level": "commune", "reElection": false } ] }""");

        CliRun run = CliRun.Of("committee", file, "--roster", Roster);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {file}: $.candidacies[0].cadreRef: không có cán bộ nào trong danh sách cán bộ với mã 'MKT-999'.\n", run.Error);
    }

    [Fact]
    public void Diff_Committee_VariantForReElection_ListsWhoBecomesEligible()
    {
        string variant = Write("v.json", """
            { "schemaVersion": 1, "id": "committee-ct45-test", "baseId": "committee-ct45", "title": { "vi": "Biến thể", "en": "Variant" },
              "citation": { "document": { "number": "HD 1-HD/TU", "issuer": "Tỉnh ủy", "signedOn": "2025-04-20" } },
              "effective": { "start": "2025-04-20" }, "overrides": { "reElection.minMonthsLeft": 36 } }
            """);

        CliRun run = CliRun.Of("diff", Sample, "--roster", Roster, "--overrides", variant, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(run.Output);
        Assert.Equal("committee", document.RootElement.GetProperty("kind").GetString());
        Assert.Equal(["MKT-016", "MKT-039"], document.RootElement.GetProperty("changed").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public void Demo_HasTheCommitteeSection()
    {
        string[] section = DemoOutput.Section(CliRun.Of("demo").Output, "Tuổi tham gia cấp ủy");

        Assert.Contains("3 đủ điều kiện, 5 không đủ điều kiện", section);
        VietnameseOutput.AssertNoEnglish(string.Join("\n", section));
    }
}
