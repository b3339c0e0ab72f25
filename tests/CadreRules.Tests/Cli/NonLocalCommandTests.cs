using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CadreRules.Tests.Cli;

/// <summary>The <c>non-local</c> command on seed 001's figures: table, JSON, exit codes, bad input, diff, demo.</summary>
public sealed class NonLocalCommandTests : IDisposable
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    private static readonly string ThanhTri = Path.Combine(Samples, "key-posts-thanh-tri-2023-07.json");

    private readonly string _folder = Directory.CreateTempSubdirectory("cadre-rules-nonlocal-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void NonLocal_ThanhTri_PerPostAndTotalOverTheTarget_ExitsZero()
    {
        CliRun run = CliRun.Of("non-local", ThanhTri, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("party secretaries: 12/16 non-local (75.0%)", run.Output, StringComparison.Ordinal);
        Assert.Contains("People's Committee chairs: 5/16 non-local (31.3%)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Total: 17/32 = 53.1% against a target of 50.0%: met, 3.1 points above", run.Output, StringComparison.Ordinal);
        Assert.Contains("Regulation: rotation-qd65", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void NonLocal_SurveyBeforeCt45_NoTargetPerPost_SaysWhy()
    {
        CliRun vi = CliRun.Of("non-local", ThanhTri);
        CliRun en = CliRun.Of("non-local", ThanhTri, "--lang", "en");

        Assert.Equal((0, 0), (vi.ExitCode, en.ExitCode));
        Assert.Contains("Bí thư Đảng ủy cấp xã: 12/16 không phải người địa phương = 75,0% (trên 16 người giữ chức), không có chỉ tiêu cho từng chức danh (ngày khảo sát trước Chỉ thị 45-CT/TW ngày 14/04/2025)", vi.Output, StringComparison.Ordinal);
        Assert.Contains("Chủ tịch UBND cấp xã: 5/16 không phải người địa phương = 31,3% (trên 16 người giữ chức), không có chỉ tiêu (Chỉ thị 45-CT/TW chỉ khuyến khích)", vi.Output, StringComparison.Ordinal);
        VietnameseOutput.AssertNoEnglish(vi.Output);
        Assert.Contains("party secretaries (commune): 12/16 non-local = 75.0% (of 16 post holders), no target per post (the survey is dated before Chỉ thị 45-CT/TW of 14/04/2025)", en.Output, StringComparison.Ordinal);

        using JsonDocument json = JsonDocument.Parse(CliRun.Of("non-local", ThanhTri, "--format", "json").Output);
        JsonElement[] parts = [.. json.RootElement.GetProperty("byLevelAndPost").EnumerateArray()];
        Assert.Equal(["beforeDirective", "encouragedOnly"], parts.Select(p => p.GetProperty("noTarget").GetString()));
        Assert.False(parts[0].TryGetProperty("target", out _));
    }

    [Fact]
    public void NonLocal_PerPostKindAndLevel_AgainstItsOwnTargetAndDeadline_InBothLanguages()
    {
        // The Thanh Trì holders surveyed again on CT 45's date, when its per-post targets begin.
        string survey = Write("thanh-tri-2025.json", File.ReadAllText(ThanhTri).Replace("\"date\": \"2023-07-27\"", "\"date\": \"2025-04-14\"", StringComparison.Ordinal));
        Assert.Contains("2025-04-14", File.ReadAllText(survey), StringComparison.Ordinal);
        CliRun vi = CliRun.Of("non-local", survey);
        CliRun en = CliRun.Of("non-local", survey, "--lang", "en");

        Assert.Equal((0, 0), (vi.ExitCode, en.ExitCode));
        Assert.Contains("Bí thư Đảng ủy cấp xã: 12/16 không phải người địa phương = 75,0% (trên 16 người giữ chức), chỉ tiêu 100,0% đến 31/12/2030: chưa đạt, còn thiếu 4 người; chưa đến hạn (căn cứ: chỉ tiêu và thời hạn mặc định, chưa xác nhận; Chỉ thị 45-CT/TW", vi.Output, StringComparison.Ordinal);
        Assert.Contains("Chủ tịch UBND cấp xã: 5/16 không phải người địa phương = 31,3% (trên 16 người giữ chức), không có chỉ tiêu", vi.Output, StringComparison.Ordinal);
        VietnameseOutput.AssertNoEnglish(vi.Output);
        Assert.Contains("party secretaries (commune): 12/16 non-local = 75.0% (of 16 post holders), target 100.0% by 31/12/2030: not met yet, 4 short; not yet due", en.Output, StringComparison.Ordinal);

        using JsonDocument json = JsonDocument.Parse(CliRun.Of("non-local", survey, "--format", "json").Output);
        JsonElement[] parts = [.. json.RootElement.GetProperty("byLevelAndPost").EnumerateArray()];
        Assert.Equal(["commune/secretary", "commune/chair"], parts.Select(p => p.GetProperty("level").GetString() + "/" + p.GetProperty("post").GetString()));
        Assert.Equal(("pending", 4), (parts[0].GetProperty("progress").GetString(), parts[0].GetProperty("shortfall").GetInt32()));
        Assert.False(parts[1].TryGetProperty("target", out _));
    }

    [Fact]
    public void NonLocal_ProvincialSecretaryTargetMissedPastItsDeadline_ExitsOne_BehindSchedule()
    {
        string holders = string.Join(",", Enumerable.Range(0, 4).Select(i => $$"""{"unit":"Tỉnh {{i}}","post":"secretary","level":"provincial","bornThere":{{(i == 0 ? "true" : "false")}},"raisedThere":false}"""));
        string onTime = Write("p1.json", "{\"schemaVersion\":1,\"date\":\"2025-12-31\",\"holders\":[" + holders + "]}");
        string late = Write("p2.json", "{\"schemaVersion\":1,\"date\":\"2026-01-01\",\"holders\":[" + holders + "]}");

        CliRun pending = CliRun.Of("non-local", onTime);
        CliRun missed = CliRun.Of("non-local", late, "--lang", "en");

        Assert.Equal(0, pending.ExitCode);
        Assert.StartsWith("Bí thư, chủ tịch không phải người địa phương, ngày 31/12/2025", pending.Output, StringComparison.Ordinal);
        Assert.Contains("Bí thư Đảng ủy cấp tỉnh: 3/4", pending.Output, StringComparison.Ordinal);
        Assert.Contains("chưa đến hạn", pending.Output, StringComparison.Ordinal);
        Assert.Equal(1, missed.ExitCode);
        Assert.Contains("party secretaries (provincial): 3/4 non-local = 75.0% (of 4 post holders), target 100.0% by 31/12/2025: not met, 1 short; behind schedule (the deadline has passed)", missed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void NonLocal_DeadlineProgressAndSecretariesLongInOnePlace_InBothLanguages()
    {
        string file = Write("tenure.json", """
            {"schemaVersion":1,"date":"2025-10-01","holders":[
              {"unit":"Xã A","post":"secretary","name":"Lê Văn Bền","bornThere":false,"raisedThere":false,"inPostSince":"2017-10-01"},
              {"unit":"Xã A","post":"chair","bornThere":true,"raisedThere":true}]}
            """);

        CliRun vi = CliRun.Of("non-local", file);
        Assert.Contains("Thời hạn: 31/12/2025: đã đạt, trong thời hạn (căn cứ: năm mặc định, chưa xác nhận; Chỉ thị 45-CT/TW", vi.Output, StringComparison.Ordinal);
        Assert.Contains("LƯU Ý    Đã giữ chức bí thư ở Xã A từ 01/10/2017: 8 năm, từ 8 năm trở lên: cần bố trí sang nơi khác", vi.Output, StringComparison.Ordinal);
        VietnameseOutput.AssertNoEnglish(vi.Output);

        CliRun en = CliRun.Of("non-local", file, "--lang", "en");
        Assert.Contains("Deadline: 31/12/2025: met by the deadline (basis: default year, unconfirmed;", en.Output, StringComparison.Ordinal);

        using JsonDocument json = JsonDocument.Parse(CliRun.Of("non-local", file, "--format", "json").Output);
        Assert.Equal("2025-12-31", json.RootElement.GetProperty("deadline").GetString());
        Assert.Equal("metByDeadline", json.RootElement.GetProperty("progress").GetString());
        Assert.Equal("notSatisfied", json.RootElement.GetProperty("secretaryTenure")[0].GetProperty("status").GetString());
        Assert.Equal("2017-10-01", json.RootElement.GetProperty("holders")[0].GetProperty("inPostSince").GetString());
    }

    [Fact]
    public void NonLocal_APostTakenAfterTheDocumentsDate_IsRefusedAtItsPath()
    {
        string file = Write("late.json", """{"schemaVersion":1,"date":"2025-01-01","holders":[{"unit":"A","post":"secretary","bornThere":true,"raisedThere":true,"inPostSince":"2025-02-01"}]}""");

        CliRun run = CliRun.Of("non-local", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("$.holders[0].inPostSince: ngày nhận chức 2025-02-01 sau ngày của tài liệu 2025-01-01.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NonLocal_Vietnamese_SaysItInWordsWithoutEnglish()
    {
        CliRun run = CliRun.Of("non-local", ThanhTri);

        Assert.Contains("Bí thư Đảng ủy: 12/16 không phải người địa phương (75,0%)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Tổng: 17/32 = 53,1%, chỉ tiêu 50,0%: đạt, cao hơn chỉ tiêu 3,1 điểm phần trăm", run.Output, StringComparison.Ordinal);
        VietnameseOutput.AssertNoEnglish(run.Output);
    }

    [Fact]
    public void NonLocal_PhucThoTargetExactlyMet_ExitsZero_OneFewer_ExitsOne()
    {
        CliRun exact = CliRun.Of("non-local", Path.Combine(Samples, "key-posts-phuc-tho-2023-03.json"));
        CliRun before = CliRun.Of("non-local", Path.Combine(Samples, "key-posts-phuc-tho-2021-11.json"), "--lang", "en");

        Assert.Equal(0, exact.ExitCode);
        Assert.Contains("Tổng: 21/42 = 50,0%, chỉ tiêu 50,0%: đạt, đúng bằng chỉ tiêu", exact.Output, StringComparison.Ordinal);
        Assert.Equal(1, before.ExitCode);
        Assert.Contains("Total: 6/42 = 14.3% against a target of 50.0%: not met, 35.7 points below", before.Output, StringComparison.Ordinal);
        Assert.Contains("Regulation: rotation-qd98", before.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void NonLocal_Json_GivesExactSharesAndEachHolder()
    {
        CliRun run = CliRun.Of("non-local", ThanhTri, "--format", "json");

        using JsonDocument document = JsonDocument.Parse(run.Output);
        JsonElement root = document.RootElement;
        Assert.Equal((17, 32), (root.GetProperty("share").GetProperty("numerator").GetInt32(), root.GetProperty("share").GetProperty("denominator").GetInt32()));
        Assert.Equal((1, 32), (root.GetProperty("gap").GetProperty("numerator").GetInt32(), root.GetProperty("gap").GetProperty("denominator").GetInt32()));
        Assert.Equal("53,1%", root.GetProperty("percent").GetString());
        Assert.True(root.GetProperty("meetsTarget").GetBoolean());
        Assert.Equal(32, root.GetProperty("holders").GetArrayLength());
        Assert.Equal([12, 5], root.GetProperty("byPost").EnumerateArray().Select(p => p.GetProperty("nonLocal").GetInt32()));
        Assert.Equal("Rotation.NonLocal.Share", root.GetProperty("finding").GetProperty("code").GetString());
    }

    [Fact]
    public void NonLocal_BadInput_ExitsTwoWithFileAndPath()
    {
        string file = Write("k.json", """{ "schemaVersion": 1, "date": "2024-06-01", "holders": [ { "unit": "Xã A", "post": "chair", "bornThere": true } ] }""");

        CliRun run = CliRun.Of("non-local", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {file}: $.holders[0].raisedThere: thiếu trường bắt buộc.\n", run.Error);
    }

    [Fact]
    public void Diff_NonLocal_VariantCountingTenYears_ListsTheHoldersWhoBecomeLocal()
    {
        string variant = Write("v.json", """
            { "schemaVersion": 1, "id": "rotation-qd65-test", "baseId": "rotation-qd65", "title": { "vi": "Biến thể", "en": "Variant" },
              "citation": { "document": { "number": "QĐ 07-QĐ/TU", "issuer": "Thành ủy", "signedOn": "2021-11-17" } },
              "effective": { "start": "2022-04-28" }, "overrides": { "nonLocal.minYearsThere": 10 } }
            """);

        CliRun table = CliRun.Of("diff", ThanhTri, "--overrides", variant, "--lang", "en");
        CliRun json = CliRun.Of("diff", ThanhTri, "--overrides", variant, "--format", "json");

        Assert.Equal(1, table.ExitCode);
        Assert.Contains("4 outcomes change (of 32 post holders)", table.Output, StringComparison.Ordinal);
        Assert.Contains("After:  Total: 13/32 = 40.6% against a target of 50.0%: not met, 9.4 points below", table.Output, StringComparison.Ordinal);
        using JsonDocument document = JsonDocument.Parse(json.Output);
        Assert.Equal("non-local", document.RootElement.GetProperty("kind").GetString());
        Assert.False(document.RootElement.GetProperty("shareAfter").GetProperty("meetsTarget").GetBoolean());
        Assert.Contains(document.RootElement.GetProperty("changed").EnumerateArray(), c => c.GetProperty("id").GetString() == "Xã, thị trấn 01 / secretary");
    }

    [Fact]
    public void Demo_HasTheNonLocalSection()
    {
        string[] section = DemoOutput.Section(CliRun.Of("demo").Output, "Bí thư, chủ tịch không phải người địa phương");

        Assert.Contains("Tổng: 17/32 = 53,1%, chỉ tiêu 50,0%: đạt, cao hơn chỉ tiêu 3,1 điểm phần trăm", section);
        VietnameseOutput.AssertNoEnglish(string.Join("\n", section));
    }
}
