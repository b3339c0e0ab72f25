using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CadreRules.Spreadsheets;

namespace CadreRules.Tests.Cli;

/// <summary><c>review</c> and <c>diff</c> with <c>--format xlsx|csv</c> (issue 19, item 3): one row per entry (or per
/// subject whose outcome changes), the outcome and the reasons in words with the clauses cited, Vietnamese headers; the
/// rows say what the JSON output says.</summary>
public sealed class ResultSheetTests : IDisposable
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");
    private readonly string _folder = Directory.CreateTempSubdirectory("cadre-result-sheets-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void Review_WritesOneRowPerEntryAndAddition_AsTheJsonSays(string format)
    {
        string review = Path.Combine(Samples, "demo-review.json");
        string roster = Path.Combine(Samples, "demo-roster.json");
        string output = Path.Combine(_folder, "review." + format);
        CliRun json = CliRun.Of("review", review, "--roster", roster, "--format", "json");
        CliRun run = CliRun.Of("review", review, "--roster", roster, "--format", format, "--out", output);
        Assert.Equal(json.ExitCode, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);

        List<string?[]> rows = Read(output, format);
        Assert.Equal<string>(["Mã chức danh", "Chức danh", "Mã cán bộ", "Họ và tên", "Diện quy hoạch", "Kết quả", "Lý do", "Căn cứ"], rows[0].Select(c => c ?? string.Empty));
        JsonElement[] entries = [.. JsonDocument.Parse(json.Output).RootElement.GetProperty("entries").EnumerateArray()];
        Assert.Equal(entries.Length, rows.Count - 1);
        var outcomes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["kept"] = "giữ trong quy hoạch", ["removed"] = "đưa ra khỏi quy hoạch", ["added"] = "bổ sung quy hoạch", ["refused"] = "không bổ sung",
        };
        for (int i = 0; i < entries.Length; i++)
        {
            string?[] row = rows[i + 1];
            Assert.Equal(entries[i].GetProperty("title").GetString(), row[0]);
            Assert.Equal(entries[i].GetProperty("id").GetString(), row[2]);
            string outcome = entries[i].GetProperty("outcome").GetString()!;
            Assert.Equal(outcomes[outcome], row[5]);
            int reasons = entries[i].GetProperty("reasons").GetArrayLength();
            Assert.Equal(reasons == 0, string.IsNullOrEmpty(row[6]));
            if (outcome is "removed" or "refused")
            {
                Assert.StartsWith("KHÔNG ĐẠT", row[6], StringComparison.Ordinal);
                Assert.False(string.IsNullOrEmpty(row[7]));
                Assert.All(row[7]!.Split("; "), citation => Assert.DoesNotContain(citation, row[6], StringComparison.Ordinal)); // the clauses have their own column
                Assert.DoesNotContain("  ", row[6], StringComparison.Ordinal); // a label, not a padded column of text
                Assert.DoesNotContain("Planning.", row[6], StringComparison.Ordinal); // words, not rule codes
            }
        }
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void Diff_OfAnEvaluationSheet_WritesOneRowPerPersonWhoseLevelChanges(string format)
    {
        string sheet = Path.Combine(Samples, "demo-evaluations.json");
        string variant = Path.Combine(Samples, "demo-variant.json");
        string output = Path.Combine(_folder, "diff." + format);
        CliRun json = CliRun.Of("diff", sheet, "--overrides", variant, "--format", "json");
        CliRun run = CliRun.Of("diff", sheet, "--overrides", variant, "--format", format, "--out", output);
        Assert.Equal(json.ExitCode, run.ExitCode);

        List<string?[]> rows = Read(output, format);
        Assert.Equal<string>(["Mã", "Họ và tên", "Đơn vị", "Trước", "Sau", "Quy định trước", "Quy định sau", "Lý do", "Căn cứ"], rows[0].Select(c => c ?? string.Empty));
        JsonElement[] changed = [.. JsonDocument.Parse(json.Output).RootElement.GetProperty("changed").EnumerateArray()];
        Assert.NotEmpty(changed);
        Assert.Equal(changed.Select(c => c.GetProperty("id").GetString()), rows.Skip(1).Select(r => r[0]));
        Assert.All(rows.Skip(1), r =>
        {
            Assert.NotEqual(r[3], r[4]);
            Assert.Contains("nay áp dụng: ", r[7], StringComparison.Ordinal);
            Assert.Contains("QĐ 366-QĐ/TW", r[8], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Diff_OfAppointments_InEnglish_AndOfAPlanningList_InAWorkbookOfTwoSheets()
    {
        string output = Path.Combine(_folder, "appointments.csv");
        CliRun run = CliRun.Of(
            "diff", Path.Combine(Samples, "demo-appointments.json"), "--roster", Path.Combine(Samples, "demo-roster.json"),
            "--regulation", "appointment-qd80", "--against", "appointment-qd377", "--format", "csv", "--out", output, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        List<string?[]> rows = Read(output, "csv");
        Assert.Equal<string>(["Id", "Name", "Kind", "Before", "After", "Regulation before", "Regulation after", "Reasons", "Citation"], rows[0].Select(c => c ?? string.Empty));
        Assert.True(rows.Count > 1);
        Assert.All(rows.Skip(1), r => Assert.Equal(("appointment-qd80", "appointment-qd377"), (r[5], r[6])));

        string workbook = Path.Combine(_folder, "planning.xlsx");
        CliRun planning = CliRun.Of(
            "diff", Path.Combine(Samples, "demo-planning.json"), "--roster", Path.Combine(Samples, "demo-roster.json"),
            "--overrides", Path.Combine(Samples, "demo-variant-planning.json"), "--format", "xlsx", "--out", workbook);
        Assert.NotEqual(2, planning.ExitCode);
        using FileStream file = File.OpenRead(workbook);
        using var reader = XlsxReader.Open(file, names => names[0]);
        Assert.Equal(["So sánh quy định", "So sánh theo chức danh"], reader.SheetNames);
    }

    [Fact]
    public void Review_RefusesOutWithTheTable()
    {
        CliRun run = CliRun.Of("review", Path.Combine(Samples, "demo-review.json"), "--roster", Path.Combine(Samples, "demo-roster.json"), "--out", Path.Combine(_folder, "x.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --out: chỉ dùng với --format html, xlsx hoặc csv.\n", run.Error);
    }

    private static List<string?[]> Read(string path, string format)
    {
        using FileStream file = File.OpenRead(path);
        if (format == "csv")
        {
            return [.. CsvReader.Open(file).Rows().Select(r => r.Cells.ToArray())];
        }

        // A workbook's row ends at its last cell that is not blank.
        using var reader = XlsxReader.Open(file, names => names[0]);
        List<string?[]> rows = [.. reader.Rows().Select(r => r.Cells.ToArray())];
        return [.. rows.Select(r => r.Concat(Enumerable.Repeat<string?>(null, Math.Max(0, rows[0].Length - r.Length))).ToArray())];
    }
}
