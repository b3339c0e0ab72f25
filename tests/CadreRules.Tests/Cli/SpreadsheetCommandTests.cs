using System;
using System.IO;
using System.Linq;
using Xunit;

namespace CadreRules.Tests.Cli;

/// <summary><c>template</c>, <c>convert</c>, reading .xlsx/.csv and <c>evaluate --format xlsx|csv</c>, in process.</summary>
public sealed class SpreadsheetCommandTests : IDisposable
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");
    private readonly string _folder = Directory.CreateTempSubdirectory("cadre-sheets-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public void Template_WritesAFileEveryCommandReads(string format)
    {
        string path = Path.Combine(_folder, "evaluations." + format);
        CliRun run = CliRun.Of("template", "evaluations", "--format", format, "--out", path);
        Assert.Equal(0, run.ExitCode);
        Assert.True(new FileInfo(path).Length > 0);
        if (format == "csv")
        {
            CliRun evaluate = CliRun.Of("evaluate", path);
            Assert.Equal(0, evaluate.ExitCode);
            Assert.Contains("MKT-001", evaluate.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("position-change", "demo-position-changes.json", "xlsx")]
    [InlineData("position-change", "demo-position-changes.json", "csv")]
    [InlineData("committee", "demo-committee.json", "xlsx")]
    [InlineData("committee", "demo-committee.json", "csv")]
    [InlineData("non-local", "key-posts-phuc-tho-2021-11.json", "xlsx")]
    [InlineData("non-local", "key-posts-thanh-tri-2023-07.json", "csv")]
    [InlineData("composition", "demo-body.json", "xlsx")]
    [InlineData("composition", "demo-body.json", "csv")]
    public void FamilyCommands_ReadASheet_AsTheyReadTheJson(string command, string sample, string format)
    {
        string sheet = Path.Combine(_folder, "input." + format);
        Assert.Equal(0, CliRun.Of("convert", Path.Combine(Samples, sample), "--format", format, "--out", sheet).ExitCode);
        string[] roster = command == "non-local" ? [] : ["--roster", Path.Combine(Samples, "demo-roster.json")];
        CliRun fromJson = CliRun.Of([command, Path.Combine(Samples, sample), .. roster]);
        CliRun fromSheet = CliRun.Of([command, sheet, .. roster]);
        Assert.True(fromJson.Output.Length > 0);
        Assert.Equal(fromJson.ExitCode, fromSheet.ExitCode);
        Assert.Equal(fromJson.Output, fromSheet.Output);
    }

    [Theory]
    [InlineData("position-changes", "Lĩnh vực")]
    [InlineData("Committee", "Tái cử")]
    [InlineData("KEY-POSTS", "Chức vụ chủ chốt")]
    [InlineData("body", "Tên tập thể")]
    public void Template_TakesTheNewKinds_InAnyCase(string kind, string header)
    {
        string path = Path.Combine(_folder, "template.csv");
        CliRun run = CliRun.Of("template", kind, "--format", "csv", "--out", path);
        Assert.Equal(0, run.ExitCode);
        string back = Path.Combine(_folder, "back.json");
        Assert.Equal(0, CliRun.Of("convert", path, "--format", "json", "--out", back).ExitCode);
        Assert.Contains("\"schemaVersion\"", File.ReadAllText(back), StringComparison.Ordinal);
        Assert.Contains(header, File.ReadLines(path).First().Split(','));
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public void Review_ReadsTheFilledInTemplate_AsItReadsTheJson(string format)
    {
        string template = Path.Combine(_folder, "template." + format);
        Assert.Equal(0, CliRun.Of("template", "review", "--format", format, "--out", template).ExitCode);
        (string name, string[] headers, var rows) = Spreadsheets.ReviewSheetTests.FilledTemplate();
        if (format == "csv")
        {
            Assert.Equal(headers, File.ReadLines(template).First().TrimStart('\uFEFF').Split(','));
        }

        string sheet = Path.Combine(_folder, "review." + format);
        File.WriteAllBytes(sheet, Spreadsheets.ReviewSheetTests.Sheet(format == "csv" ? global::CadreRules.Spreadsheets.SpreadsheetFormat.Csv : global::CadreRules.Spreadsheets.SpreadsheetFormat.Xlsx, name, headers, rows));
        string json = Path.Combine(_folder, "review.json");
        File.WriteAllText(json, Spreadsheets.ReviewSheetTests.EquivalentJson());
        string roster = Path.Combine(Samples, "demo-roster.json");
        CliRun fromJson = CliRun.Of("review", json, "--roster", roster, "--format", "json");
        CliRun fromSheet = CliRun.Of("review", sheet, "--roster", roster, "--format", "json");
        Assert.Contains("MKT-052", fromJson.Output, StringComparison.Ordinal);
        Assert.Equal(fromJson.ExitCode, fromSheet.ExitCode);
        Assert.Equal(fromJson.Output, fromSheet.Output);

        // The sample's own result, MKT-013 removed for a discipline after the list: a sheet takes current facts from the
        // roster, so a roster carrying MKT-013's facts as the sample's currentFacts gives them.
        System.Text.Json.Nodes.JsonNode sample = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Samples, "demo-review.json")))!;
        System.Text.Json.Nodes.JsonNode people = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(roster))!;
        var cadres = people["cadres"]!.AsArray();
        int at = cadres.Select((c, i) => (c, i)).Single(p => (string?)p.c!["id"] == "MKT-013").i;
        cadres[at] = sample["currentFacts"]![0]!["cadre"]!.DeepClone();
        string current = Path.Combine(_folder, "roster-now.json");
        File.WriteAllText(current, people.ToJsonString());
        CliRun fromSample = CliRun.Of("review", Path.Combine(Samples, "demo-review.json"), "--roster", roster, "--format", "json");
        CliRun fromSheetNow = CliRun.Of("review", sheet, "--roster", current, "--format", "json");
        Assert.Contains("QD377.Planning.DisciplinedSincePlanning", fromSample.Output, StringComparison.Ordinal);
        Assert.Equal(fromSample.ExitCode, fromSheetNow.ExitCode);
        Assert.Equal(fromSample.Output, fromSheetNow.Output);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public void Review_ConvertedToASheet_GivesTheJsonsResult(string format)
    {
        string json = Path.Combine(_folder, "review.json");
        File.WriteAllText(json, Spreadsheets.ReviewSheetTests.EquivalentJson());
        string sheet = Path.Combine(_folder, "review." + format);
        Assert.Equal(0, CliRun.Of("convert", json, "--format", format, "--out", sheet).ExitCode);
        string roster = Path.Combine(Samples, "demo-roster.json");
        CliRun fromJson = CliRun.Of("review", json, "--roster", roster, "--format", "json");
        CliRun fromSheet = CliRun.Of("review", sheet, "--roster", roster, "--format", "json");
        Assert.Equal(1, fromJson.ExitCode);
        Assert.Equal(fromJson.ExitCode, fromSheet.ExitCode);
        Assert.Equal(fromJson.Output, fromSheet.Output);
    }

    [Fact]
    public void Review_ABadDateInASheet_IsReportedInVietnameseWithSheetRowAndColumn()
    {
        (string name, string[] headers, var rows) = Spreadsheets.ReviewSheetTests.FilledTemplate();
        rows[0][0] = "32/12/2026";
        string sheet = Path.Combine(_folder, "review.xlsx");
        File.WriteAllBytes(sheet, Spreadsheets.ReviewSheetTests.Sheet(global::CadreRules.Spreadsheets.SpreadsheetFormat.Xlsx, name, headers, rows));
        CliRun run = CliRun.Of("review", sheet, "--roster", Path.Combine(Samples, "demo-roster.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("trang 'Rà soát quy hoạch', dòng 2, cột 'Ngày rà soát': '32/12/2026' không đọc được", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_RefusesAnUnknownKind_ListingTheKinds()
    {
        CliRun run = CliRun.Of("template", "verdict", "--lang", "en");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("key-posts", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FamilyCommand_ABadCellInASheet_IsReportedWithFileRowAndColumn()
    {
        string csv = Path.Combine(_folder, "committee.csv");
        File.WriteAllText(csv, "Mã cán bộ,Cấp ủy,Tái cử\nMKT-001,commune,có\nMKT-002,cấp thôn,có\n");
        CliRun run = CliRun.Of("committee", csv, "--roster", Path.Combine(Samples, "demo-roster.json"), "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("committee.csv: row 3, column 'Cấp ủy': 'cấp thôn' is not understood", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("csv")]
    public void Evaluate_ReadsASheet_AsItReadsTheJson(string format)
    {
        string sheet = Path.Combine(_folder, "demo." + format);
        Assert.Equal(0, CliRun.Of("convert", Path.Combine(Samples, "demo-evaluations.json"), "--format", format, "--out", sheet).ExitCode);
        CliRun fromJson = CliRun.Of("evaluate", Path.Combine(Samples, "demo-evaluations.json"));
        CliRun fromSheet = CliRun.Of("evaluate", sheet);
        Assert.Equal(fromJson.ExitCode, fromSheet.ExitCode);
        Assert.Equal(fromJson.Output, fromSheet.Output);
    }

    [Fact]
    public void Evaluate_WritesOneCsvRowPerPerson_WithReasonsAndCitation()
    {
        string output = Path.Combine(_folder, "result.csv");
        CliRun run = CliRun.Of("evaluate", Path.Combine(Samples, "demo-evaluations.json"), "--format", "csv", "--out", output);
        Assert.Equal(1, run.ExitCode); // the sample has one undetermined outcome
        string[] lines = File.ReadAllLines(output);
        Assert.StartsWith("Mã,Họ và tên,Đơn vị", lines[0], StringComparison.Ordinal);
        Assert.Equal(49, lines.Length);
        string moved = lines.Single(l => l.StartsWith("MKT-022,", StringComparison.Ordinal));
        Assert.Contains("HTXS,HTT", moved, StringComparison.Ordinal);
        Assert.Contains("chỉ giữ 1", moved, StringComparison.Ordinal);
        Assert.Contains("QĐ 366-QĐ/TW", moved, StringComparison.Ordinal);
    }

    [Fact]
    public void Rotation_ReadsSheets_AndWritesOneRowPerRequest_WithTheReasonsNotMet()
    {
        string roster = Path.Combine(_folder, "roster.xlsx");
        string requests = Path.Combine(_folder, "rotations.csv");
        string output = Path.Combine(_folder, "result.csv");
        Assert.Equal(0, CliRun.Of("convert", Path.Combine(Samples, "demo-roster.json"), "--format", "xlsx", "--out", roster).ExitCode);
        Assert.Equal(0, CliRun.Of("convert", Path.Combine(Samples, "demo-rotations.json"), "--format", "csv", "--out", requests).ExitCode);
        CliRun fromJson = CliRun.Of("rotation", Path.Combine(Samples, "demo-rotations.json"), "--roster", Path.Combine(Samples, "demo-roster.json"));
        CliRun fromSheets = CliRun.Of("rotation", requests, "--roster", roster);
        Assert.Equal(fromJson.Output, fromSheets.Output);
        CliRun sheet = CliRun.Of("rotation", requests, "--roster", roster, "--format", "csv", "--out", output);
        Assert.Equal(fromJson.ExitCode, sheet.ExitCode);
        string[] lines = File.ReadAllLines(output);
        Assert.Equal(7, lines.Length);
        string refused = lines.Single(l => l.StartsWith("MKT-009,", StringComparison.Ordinal));
        Assert.Contains("không đủ điều kiện", refused, StringComparison.Ordinal);
        Assert.Contains("cần ít nhất 120 tháng", refused, StringComparison.Ordinal);
        Assert.Contains("Điều 5, QĐ 65-QĐ/TW", refused, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_WritesOneCsvRowPerCandidateAndTitle_WithReasonsAndCitations()
    {
        string output = Path.Combine(_folder, "plan.csv");
        string list = Path.Combine(Samples, "demo-planning.json");
        string roster = Path.Combine(Samples, "demo-roster.json");
        CliRun table = CliRun.Of("plan", list, "--roster", roster);
        CliRun run = CliRun.Of("plan", list, "--roster", roster, "--format", "CSV", "--out", output);
        Assert.Equal(table.ExitCode, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        string[] lines = File.ReadAllLines(output);
        Assert.StartsWith("Mã chức danh,Chức danh,Mã cán bộ,Họ và tên,Số tháng công tác còn lại,Kết quả,Lý do,Căn cứ", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        string json = File.ReadAllText(list);
        int entries = json.Split("\"titleId\"").Length - 1;
        Assert.True(lines.Length - 1 >= entries, $"{lines.Length - 1} rows for {entries} entries");
        Assert.Contains(lines.Skip(1), l => l.Contains("không đủ điều kiện", StringComparison.Ordinal) && l.Contains("VI PHẠM", StringComparison.Ordinal) && l.Contains("QĐ", StringComparison.Ordinal));
        Assert.Contains(lines.Skip(1), l => l.Contains(",đủ điều kiện,", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_WritesAWorkbook_AndRefusesOutWithTable()
    {
        string output = Path.Combine(_folder, "plan.xlsx");
        string list = Path.Combine(Samples, "demo-planning.json");
        string roster = Path.Combine(Samples, "demo-roster.json");
        CliRun run = CliRun.Of("plan", list, "--roster", roster, "--format", "xlsx", "--out", output, "--lang", "en");
        Assert.NotEqual(2, run.ExitCode);
        using (FileStream file = File.OpenRead(output))
        using (var reader = global::CadreRules.Spreadsheets.XlsxReader.Open(file, names => names[0]))
        {
            Assert.Equal(["Planning"], reader.SheetNames);
            Assert.Equal("Title id", reader.Rows().First()[0]);
        }

        CliRun refused = CliRun.Of("plan", list, "--roster", roster, "--out", output, "--lang", "en");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--out: only with --format html, xlsx or csv.", refused.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void Retirement_WritesOneRowPerCadre_WithTheDateAndCitation(string format)
    {
        string output = Path.Combine(_folder, "retirement." + format);
        string roster = Path.Combine(Samples, "demo-roster.json");
        CliRun run = CliRun.Of("retirement", roster, "--as-of", "01/01/2026", "--format", format, "--out", output);
        Assert.Equal(0, run.ExitCode);
        string[][] rows;
        if (format == "csv")
        {
            rows = [.. File.ReadAllLines(output).Select(l => l.TrimStart('\uFEFF').Split(','))];
        }
        else
        {
            using FileStream file = File.OpenRead(output);
            using var reader = global::CadreRules.Spreadsheets.XlsxReader.Open(file, names => names[0]);
            rows = [.. reader.Rows().Select(r => r.Cells.Select(c => c ?? string.Empty).ToArray())];
        }

        Assert.Equal("Mã", rows[0][0]);
        Assert.Equal("Căn cứ", rows[0][^1]);
        int cadres = global::CadreRules.Documents.CadreDocuments.ReadRoster(File.ReadAllText(roster)).Cadres.Length;
        Assert.Equal(cadres + 1, rows.Length);
        Assert.All(rows.Skip(1), r => Assert.Matches(@"^\d{2}/\d{2}/\d{4}$", r[6]));
        Assert.Contains("NĐ 135/2020/NĐ-CP", string.Join(",", rows[1]), StringComparison.Ordinal);
    }

    [Fact]
    public void ABadCell_IsReportedWithFileRowAndColumn_InTheOutputLanguage()
    {
        string csv = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(csv, "Năm đánh giá;Mã;Đơn vị;Nhóm so sánh;Đối tượng;Ngày đánh giá;Tổng số nhiệm vụ;Số nhiệm vụ hoàn thành;Hoàn thành đúng hạn, bảo đảm chất lượng\n2025;A;U;G;đảng viên;32/12/2025;1;1;1\n");
        CliRun vi = CliRun.Of("evaluate", csv);
        CliRun en = CliRun.Of("evaluate", csv, "--lang", "en");
        Assert.Equal(2, vi.ExitCode);
        Assert.Contains("bad.csv: dòng 2, cột 'Ngày đánh giá': '32/12/2025' không đọc được", vi.Error, StringComparison.Ordinal);
        Assert.Contains("bad.csv: row 2, column 'Ngày đánh giá': '32/12/2025' is not understood", en.Error, StringComparison.Ordinal);
    }
}
