using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CadreRules.Documents;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Spreadsheets;
using Xunit;

namespace CadreRules.Tests.Spreadsheets;

/// <summary>JSON samples → sheet → JSON give the same documents; templates read back; errors name sheet, row, column.</summary>
public sealed class SpreadsheetRoundTripTests
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    private static Roster SampleRoster => CadreDocuments.ReadRoster(File.ReadAllText(Path.Combine(Samples, "demo-roster.json")));

    public static TheoryData<SpreadsheetFormat> Formats => [SpreadsheetFormat.Xlsx, SpreadsheetFormat.Csv];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Roster_ThroughASheet_IsTheSameRoster(SpreadsheetFormat format)
    {
        Roster back = CadreDocuments.ReadRoster(Through("demo-roster.json", format, DocumentKind.Roster), DocumentLimits.Default);
        Assert.Equal(CadreDocuments.WriteRoster(SampleRoster), CadreDocuments.WriteRoster(back));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Evaluations_ThroughASheet_AreTheSameSheet(SpreadsheetFormat format)
    {
        EvaluationSheet expected = CadreDocuments.ReadEvaluations(File.ReadAllText(Path.Combine(Samples, "demo-evaluations.json")));
        using var reader = EvaluationSheetReader.Open(Through("demo-evaluations.json", format, DocumentKind.EvaluationSheet));
        EvaluationSheet back = reader.ReadSheet();
        Assert.Equal(CadreDocuments.WriteEvaluations(expected), CadreDocuments.WriteEvaluations(back));
    }

    [Theory]
    [InlineData("evaluations.schema.json", "leader", "leader.")]
    [InlineData("evaluations.schema.json", "collective", "collective.")]
    public void EveryFactOfTheDocument_HasAColumnInTheSheet(string schema, string definition, string prefix)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "docs", "schemas", schema)));
        string[] facts = [.. document.RootElement.GetProperty("$defs").GetProperty(definition).GetProperty("properties").EnumerateObject().Select(p => prefix + p.Name)];

        Assert.NotEmpty(facts);
        string[] missing = [.. facts.Where(path => !SheetLayouts.Evaluations.Columns.Any(c => c.Path == path || c.Path.StartsWith(path + ".", StringComparison.Ordinal)))];
        Assert.True(missing.Length == 0, "no column for " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ACollective_ThroughASheet_KeepsItsFacts(SpreadsheetFormat format)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Samples, "demo-evaluations.json")))!;
        System.Text.Json.Nodes.JsonNode person = json["people"]![0]!;
        person["role"] = "collective";
        person["collective"] = System.Text.Json.Nodes.JsonNode.Parse("""{ "subordinateUnits": 4, "subordinateUnitsNotComplete": 1, "subordinateUnitsDisciplined": 1 }""");
        EvaluationSheet expected = CadreDocuments.ReadEvaluations(json.ToJsonString());
        var sheet = new MemoryStream();
        Assert.Equal(DocumentKind.EvaluationSheet, SpreadsheetDocuments.WriteDocument(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString())), format, sheet));
        sheet.Position = 0;

        using var reader = EvaluationSheetReader.Open(SpreadsheetSource.Open(sheet, format, Language.English));
        EvaluationSheet back = reader.ReadSheet();

        Assert.Equal(1, back.Entries[0].Input.Collective!.SubordinateUnitsNotComplete);
        Assert.Equal(CadreDocuments.WriteEvaluations(expected), CadreDocuments.WriteEvaluations(back));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void PlanningList_ThroughASheet_IsTheSameList(SpreadsheetFormat format)
    {
        Roster roster = SampleRoster;
        var expected = CadreDocuments.ReadPlanningList(File.ReadAllText(Path.Combine(Samples, "demo-planning.json")), roster);
        var back = CadreDocuments.ReadPlanningList(Through("demo-planning.json", format, DocumentKind.PlanningList), roster, DocumentLimits.Default);
        Assert.Equal(CadreDocuments.WritePlanningList(expected), CadreDocuments.WritePlanningList(back));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void RotationRequests_ThroughASheet_AreTheSameRequests(SpreadsheetFormat format)
    {
        Roster roster = SampleRoster;
        var expected = CadreDocuments.ReadRotationRequests(File.ReadAllText(Path.Combine(Samples, "demo-rotations.json")), roster);
        var back = CadreDocuments.ReadRotationRequests(Through("demo-rotations.json", format, DocumentKind.RotationRequests), roster, DocumentLimits.Default);
        Assert.Equal(CadreDocuments.WriteRotationRequests(expected), CadreDocuments.WriteRotationRequests(back));
    }

    [Theory]
    [InlineData("roster")]
    [InlineData("evaluations")]
    [InlineData("rotations")]
    [InlineData("appointments")]
    [InlineData("planning")]
    public void CsvTemplate_ItsExampleRow_IsADocumentOfItsKind(string kind)
    {
        DocumentKind document = kind switch
        {
            "roster" => DocumentKind.Roster,
            "evaluations" => DocumentKind.EvaluationSheet,
            "planning" => DocumentKind.PlanningList,
            "rotations" => DocumentKind.RotationRequests,
            _ => DocumentKind.AppointmentRequests,
        };
        using var template = new MemoryStream();
        SpreadsheetDocuments.WriteTemplate(document, SpreadsheetFormat.Csv, template);
        template.Position = 0;
        using SpreadsheetSource source = SpreadsheetSource.Open(template, SpreadsheetFormat.Csv, Language.English);
        Assert.Equal(document, source.Kind);
        string json = new StreamReader(source).ReadToEnd();
        Assert.Contains("\"schemaVersion\":1", json, StringComparison.Ordinal);
    }

    [Fact]
    public void XlsxTemplate_HasTheDataSheetAndTheGuide()
    {
        using var template = new MemoryStream();
        SpreadsheetDocuments.WriteTemplate(DocumentKind.EvaluationSheet, SpreadsheetFormat.Xlsx, template);
        template.Position = 0;
        using XlsxReader reader = XlsxReader.Open(template, names => names[0]);
        Assert.Equal(["Đánh giá", "Hướng dẫn"], reader.SheetNames);
        SheetRow header = reader.Rows().First();
        Assert.Equal("Năm đánh giá", header[0]);
        Assert.Contains("Tổng số nhiệm vụ", header.Cells);
    }

    [Theory]
    [InlineData(Language.Vietnamese, "trang 'Đánh giá', dòng 3, cột 'Tổng số nhiệm vụ': 'mười' không đọc được")]
    [InlineData(Language.English, "sheet 'Đánh giá', row 3, column 'Tổng số nhiệm vụ': 'mười' is not understood")]
    public void ACellThatCannotBeRead_IsNamedBySheetRowAndColumn(Language language, string expected)
    {
        var error = Assert.Throws<DocumentException>(() => ReadEvaluations(language, ("MKT-002", "mười")));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReadersErrorAtAJsonPath_IsRestatedAtTheRowAndColumn()
    {
        // Completed above the total: the evaluation reader refuses it at $.people[1].tasks...; the sheet names row 3.
        var error = Assert.Throws<DocumentException>(() => ReadEvaluations(Language.English, ("MKT-002", "3")));
        Assert.StartsWith("sheet 'Đánh giá', row 3, column '", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APlanningListsErrorInATitle_IsNamedAtTheTitlesColumn()
    {
        // The title has no name: the reader refuses it at $.titles[0].name; the sheet names its row and column.
        byte[] csv = Encoding.UTF8.GetBytes("Ngày phê duyệt,Nhiệm kỳ bắt đầu,Mã chức danh,Tên chức danh,Cấp chức danh,Mã cán bộ\n20/12/2025,01/07/2030,bt,,cấp xã,MKT-002\n");
        using SpreadsheetSource source = SpreadsheetSource.Open(new MemoryStream(csv), SpreadsheetFormat.Csv, Language.English);
        var error = Assert.Throws<DocumentException>(() =>
        {
            try
            {
                CadreDocuments.ReadPlanningList(source, SampleRoster, DocumentLimits.Default);
            }
            catch (DocumentException e)
            {
                throw source.Locate(e);
            }
        });
        Assert.StartsWith("row 2, column 'Tên chức danh': ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownHeader_IsAnErrorNamingIt()
    {
        byte[] csv = Encoding.UTF8.GetBytes("Mã cán bộ,Giới tính,Ngày sinh,Màu mắt\nA,nam,1970,nâu\n");
        var error = Assert.Throws<DocumentException>(() => SpreadsheetSource.Open(new MemoryStream(csv), SpreadsheetFormat.Csv, Language.English));
        Assert.StartsWith("row 1, column 'Màu mắt': the template 'Cán bộ' has no such column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARosterRowRepeatingTheId_AddsAPosition()
    {
        byte[] csv = Encoding.UTF8.GetBytes("Mã cán bộ;Giới tính;Ngày sinh;Chức vụ;Đơn vị công tác;Cấp;Từ ngày\nA;nữ;05/1970;Chủ tịch;UBND xã;cấp xã;01/01/2020\nA;;;Bí thư;Đảng ủy xã;commune;2015-07-01\n");
        using SpreadsheetSource source = SpreadsheetSource.Open(new MemoryStream(csv), SpreadsheetFormat.Csv, Language.English);
        Roster roster = CadreDocuments.ReadRoster(source, DocumentLimits.Default);
        Cadre cadre = Assert.Single(roster.Cadres);
        Assert.Equal(Sex.Female, cadre.Sex);
        Assert.Equal(2, cadre.Positions.Length);
    }

    /// <summary>Two people of a small evaluation sheet as CSV; the second person's total is <paramref name="second"/>.</summary>
    private static EvaluationSheet ReadEvaluations(Language language, (string Id, string Total) second)
    {
        string header = "Năm đánh giá,Mã,Đơn vị,Nhóm so sánh,Đối tượng,Ngày đánh giá,Tổng số nhiệm vụ,Số nhiệm vụ hoàn thành,\"Hoàn thành đúng hạn, bảo đảm chất lượng\"";
        string text = header + "\n2025,MKT-001,Chi bộ 1,đảng viên,đảng viên,15/12/2025,10,10,10\n2025," + second.Id + ",Chi bộ 1,đảng viên,partyMember,2025-12-15," + second.Total + ",10,10\n";
        using var workbook = new MemoryStream();
        using (var writer = new SpreadsheetWriter(workbook, SpreadsheetFormat.Xlsx))
        {
            writer.StartSheet("Đánh giá", [.. header.Replace("\"Hoàn thành đúng hạn, bảo đảm chất lượng\"", "Hoàn thành đúng hạn; bảo đảm chất lượng", StringComparison.Ordinal).Split(',').Select(h => h.Replace(';', ','))]);
            foreach (string line in text.Split('\n').Skip(1).Where(l => l.Length > 0))
            {
                writer.WriteRow(line.Split(','));
            }
        }

        workbook.Position = 0;
        using SpreadsheetSource source = SpreadsheetSource.Open(workbook, SpreadsheetFormat.Xlsx, language);
        try
        {
            using var reader = EvaluationSheetReader.Open(source);
            return reader.ReadSheet();
        }
        catch (DocumentException e)
        {
            throw source.Locate(e);
        }
    }

    private static SpreadsheetSource Through(string sample, SpreadsheetFormat format, DocumentKind kind)
    {
        var sheet = new MemoryStream();
        using (FileStream json = File.OpenRead(Path.Combine(Samples, sample)))
        {
            Assert.Equal(kind, SpreadsheetDocuments.WriteDocument(json, format, sheet));
        }

        sheet.Position = 0;
        SpreadsheetSource source = SpreadsheetSource.Open(sheet, format, Language.English);
        Assert.Equal(kind, source.Kind);
        return source;
    }
}
