using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using CadreRules.Spreadsheets;
using Xunit;

namespace CadreRules.Tests.Spreadsheets;

/// <summary>The planning review as a sheet: the template filled in with demo-review.json's list and additions reads back
/// as the same review (its people from the roster); cells and the reader's errors are named by sheet, row and column.</summary>
public sealed class ReviewSheetTests
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    private static Roster SampleRoster => CadreDocuments.ReadRoster(File.ReadAllText(Path.Combine(Samples, "demo-roster.json")));

    public static TheoryData<SpreadsheetFormat> Formats => [SpreadsheetFormat.Xlsx, SpreadsheetFormat.Csv];

    /// <summary>demo-review.json as a sheet can give it: the people from the roster, so the current facts are those of
    /// the proposed additions' cadres not on the list, by reference (MKT-041, MKT-052); MKT-013's facts in full are not
    /// in a sheet (a roster carrying them gives them).</summary>
    public static string EquivalentJson()
    {
        JsonNode review = JsonNode.Parse(File.ReadAllText(Path.Combine(Samples, "demo-review.json")))!;
        review["currentFacts"] = new JsonArray(new JsonObject { ["cadreRef"] = "MKT-041" }, new JsonObject { ["cadreRef"] = "MKT-052" });
        return review.ToJsonString();
    }

    /// <summary>The template's headers and demo-review.json's rows under them: a row per title and per candidate with
    /// their details, a row per entry (title and cadre ids), a row per proposed addition ("có").</summary>
    public static (string SheetName, string[] Headers, List<string?[]> Rows) FilledTemplate()
    {
        using var template = new MemoryStream();
        SpreadsheetDocuments.WriteTemplate(DocumentKind.PlanningReview, SpreadsheetFormat.Xlsx, template);
        template.Position = 0;
        using XlsxReader reader = XlsxReader.Open(template, names => names[0]);
        string sheetName = reader.SheetNames[0];
        string[] headers = [.. reader.Rows().First().Cells.Select(c => c!)];
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Samples, "demo-review.json")));
        JsonElement plan = json.RootElement.GetProperty("plan");
        var rows = new List<string?[]>();
        bool first = true;
        string?[] Row(params (string Header, string? Value)[] cells)
        {
            var row = new string?[headers.Length];
            if (first)
            {
                cells = [.. cells, ("Ngày rà soát", "15/12/2026"), ("Ngày phê duyệt", "20/12/2025"), ("Nhiệm kỳ bắt đầu", "01/07/2030"), ("Số năm nhiệm kỳ", "5"), ("Tháng tính tuổi", "07/2030")];
                first = false;
            }

            foreach ((string header, string? value) in cells)
            {
                row[Array.IndexOf(headers, header)] = value;
            }

            return row;
        }

        string? Text(JsonElement item, string name) => item.TryGetProperty(name, out JsonElement v) ? (v.ValueKind == JsonValueKind.Number ? v.GetRawText() : v.GetString()) : null;
        foreach (JsonElement title in plan.GetProperty("titles").EnumerateArray())
        {
            rows.Add(Row(("Mã chức danh", Text(title, "id")), ("Tên chức danh", Text(title, "name")), ("Cấp chức danh", Text(title, "level") == "commune" ? "cấp xã" : Text(title, "level")),
                ("Số lượng chức danh", Text(title, "seats")), ("Bậc chức danh", Text(title, "rank")), ("Loại chức danh", Text(title, "kind"))));
        }

        foreach (JsonElement candidate in plan.GetProperty("candidates").EnumerateArray())
        {
            rows.Add(Row(("Mã cán bộ", Text(candidate, "cadreRef")), ("Bậc chức vụ hiện tại", Text(candidate, "currentRank"))));
        }

        foreach (JsonElement entry in plan.GetProperty("entries").EnumerateArray())
        {
            rows.Add(Row(("Mã chức danh", Text(entry, "titleId")), ("Mã cán bộ", Text(entry, "cadreId")), ("Đề xuất bổ sung", "không")));
        }

        foreach (JsonElement addition in json.RootElement.GetProperty("proposedAdditions").EnumerateArray())
        {
            rows.Add(Row(("Mã chức danh", Text(addition, "titleId")), ("Mã cán bộ", Text(addition, "cadreId")), ("Đề xuất bổ sung", "có")));
        }

        return (sheetName, headers, rows);
    }

    /// <summary>Writes a sheet of the headers and rows given.</summary>
    public static byte[] Sheet(SpreadsheetFormat format, string sheetName, string[] headers, IEnumerable<string?[]> rows)
    {
        using var output = new MemoryStream();
        using (var writer = new SpreadsheetWriter(output, format))
        {
            writer.StartSheet(sheetName, headers);
            foreach (string?[] row in rows)
            {
                writer.WriteRow(row);
            }
        }

        return output.ToArray();
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void TheTemplateFilledIn_ReadsAsTheSameReview(SpreadsheetFormat format)
    {
        (string name, string[] headers, List<string?[]> rows) = FilledTemplate();
        using var source = SpreadsheetSource.Open(new MemoryStream(Sheet(format, name, headers, rows)), format, Language.Vietnamese);
        Assert.Equal(DocumentKind.PlanningReview, source.Kind);
        string json = new StreamReader(source).ReadToEnd();
        Assert.Contains("\"currentFacts\":[{\"cadreRef\":\"MKT-041\"},{\"cadreRef\":\"MKT-052\"}]", json, StringComparison.Ordinal);
        Roster roster = SampleRoster;
        PlanningReviewInput back = CadreDocuments.ReadPlanningReview(json, roster);
        PlanningReviewInput expected = CadreDocuments.ReadPlanningReview(EquivalentJson(), roster);
        Assert.Equal(3, back.ProposedAdditions.Length);
        Assert.Equal(CadreDocuments.WritePlanningReview(expected), CadreDocuments.WritePlanningReview(back));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void TheReviewAsASheet_ReadsBackAsTheSameReview(SpreadsheetFormat format)
    {
        var sheet = new MemoryStream();
        Assert.Equal(DocumentKind.PlanningReview, SpreadsheetDocuments.WriteDocument(new MemoryStream(Encoding.UTF8.GetBytes(EquivalentJson())), format, sheet));
        sheet.Position = 0;
        using var source = SpreadsheetSource.Open(sheet, format, Language.English);
        Roster roster = SampleRoster;
        PlanningReviewInput back = CadreDocuments.ReadPlanningReview(source, roster, DocumentLimits.Default);
        PlanningReviewInput expected = CadreDocuments.ReadPlanningReview(EquivalentJson(), roster);
        Assert.Equal(CadreDocuments.WritePlanningReview(expected), CadreDocuments.WritePlanningReview(back));
    }

    [Theory]
    [InlineData("MKT-013", "$.currentFacts[0]")]
    [InlineData("MKT-099", "$.currentFacts[0]")]
    public void CurrentFactsASheetCannotMake_AreRefusedAtTheirPath(string cadre, string path)
    {
        // MKT-013 is on the list; MKT-099 is proposed for nothing: a sheet reads neither as current facts.
        JsonNode review = JsonNode.Parse(EquivalentJson())!;
        review["currentFacts"]![0]!["cadreRef"] = cadre;
        var error = Assert.Throws<DocumentException>(() =>
            SpreadsheetDocuments.WriteDocument(new MemoryStream(Encoding.UTF8.GetBytes(review.ToJsonString())), SpreadsheetFormat.Csv, new MemoryStream()));
        Assert.Equal(path, error.Path);
        Assert.Equal(DocumentErrorCodes.NotInSheet, error.Code);
    }

    [Fact]
    public void TheTemplates_NameTheSameColumns_WithTheGuideOnASecondSheet()
    {
        using var xlsx = new MemoryStream();
        SpreadsheetDocuments.WriteTemplate(DocumentKind.PlanningReview, SpreadsheetFormat.Xlsx, xlsx);
        xlsx.Position = 0;
        using XlsxReader reader = XlsxReader.Open(xlsx, names => names[1]);
        Assert.Equal(["Rà soát quy hoạch", "Hướng dẫn"], reader.SheetNames);
        string?[][] guide = [.. reader.Rows().Select(r => r.Cells)];
        Assert.Contains(guide, r => r[0] == "Ngày rà soát" && r[1] == "có");
        Assert.Contains(guide, r => r[0] == "Đề xuất bổ sung" && r[5] == "Proposed addition");

        using var csv = new MemoryStream();
        SpreadsheetDocuments.WriteTemplate(DocumentKind.PlanningReview, SpreadsheetFormat.Csv, csv);
        csv.Position = 0;
        using var source = SpreadsheetSource.Open(csv, SpreadsheetFormat.Csv, Language.English);
        Assert.Equal(DocumentKind.PlanningReview, source.Kind);
        Assert.Equal(FilledTemplate().Headers, SheetLayouts.Review.Columns.Select(c => c.Header));
    }

    [Fact]
    public void APlanningListSheet_IsStillAPlanningList()
    {
        byte[] csv = Encoding.UTF8.GetBytes("Ngày phê duyệt,Nhiệm kỳ bắt đầu,Mã chức danh,Tên chức danh,Cấp chức danh,Mã cán bộ\n20/12/2025,01/07/2030,bt,Bí thư,cấp xã,MKT-002\n");
        using var source = SpreadsheetSource.Open(new MemoryStream(csv), SpreadsheetFormat.Csv, Language.English);
        Assert.Equal(DocumentKind.PlanningList, source.Kind);
    }

    [Theory]
    [InlineData(Language.Vietnamese, "trang 'Rà soát quy hoạch', dòng 2, cột 'Ngày rà soát': '31/02/2026' không đọc được")]
    [InlineData(Language.English, "sheet 'Rà soát quy hoạch', row 2, column 'Ngày rà soát': '31/02/2026' is not understood")]
    public void ABadDate_IsNamedBySheetRowAndColumn(Language language, string expected)
    {
        var error = Assert.Throws<DocumentException>(() => Read(language, rows => rows[0][0] = "31/02/2026"));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ctv", null, "row {last}, column 'Tên chức danh': ")]
    [InlineData(null, "KHÔNG-CÓ", "row {last}, column 'Mã cán bộ': ")]
    [InlineData("", null, "row {last}, column 'Mã chức danh': a proposed addition's row gives both the title id and the cadre id.")]
    public void AProposedAdditionsError_IsNamedByItsRowAndColumn(string? title, string? cadre, string expected)
    {
        int last = 0;
        var error = Assert.Throws<DocumentException>(() => Read(Language.English, rows =>
        {
            string?[] addition = rows[^1];
            addition[Array.IndexOf(FilledTemplate().Headers, "Mã chức danh")] = title ?? addition[Array.IndexOf(FilledTemplate().Headers, "Mã chức danh")];
            addition[Array.IndexOf(FilledTemplate().Headers, "Mã cán bộ")] = cadre ?? addition[Array.IndexOf(FilledTemplate().Headers, "Mã cán bộ")];
            last = rows.Count + 1;
        }));
        Assert.Contains("sheet 'Rà soát quy hoạch', " + expected.Replace("{last}", last.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReviewDateBeforeTheLists_IsNamedAtTheReviewDateColumn()
    {
        var error = Assert.Throws<DocumentException>(() => Read(Language.Vietnamese, rows => rows[0][0] = "01/01/2025"));
        Assert.StartsWith("trang 'Rà soát quy hoạch', dòng 2, cột 'Ngày rà soát': ", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Reads the filled-in template as a workbook after <paramref name="change"/>, errors located.</summary>
    private static PlanningReviewInput Read(Language language, Action<List<string?[]>> change)
    {
        (string name, string[] headers, List<string?[]> rows) = FilledTemplate();
        change(rows);
        using var source = SpreadsheetSource.Open(new MemoryStream(Sheet(SpreadsheetFormat.Xlsx, name, headers, rows)), SpreadsheetFormat.Xlsx, language);
        try
        {
            return CadreDocuments.ReadPlanningReview(source, SampleRoster, DocumentLimits.Default);
        }
        catch (DocumentException e)
        {
            throw source.Locate(e);
        }
    }
}
