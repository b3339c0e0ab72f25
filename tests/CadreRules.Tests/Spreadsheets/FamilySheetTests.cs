using System;
using System.IO;
using System.Linq;
using System.Text;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Spreadsheets;
using Xunit;

namespace CadreRules.Tests.Spreadsheets;

/// <summary>Position changes, committee candidacies, key posts and a body's members as sheets: the JSON samples through
/// a sheet give the same documents, the templates' example rows read back, errors name the sheet, row and column.</summary>
public sealed class FamilySheetTests
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    private static Roster SampleRoster => CadreDocuments.ReadRoster(File.ReadAllText(Path.Combine(Samples, "demo-roster.json")));

    public static TheoryData<SpreadsheetFormat> Formats => [SpreadsheetFormat.Xlsx, SpreadsheetFormat.Csv];

    [Theory]
    [MemberData(nameof(Formats))]
    public void PositionChanges_ThroughASheet_AreTheSameCases(SpreadsheetFormat format)
    {
        Roster roster = SampleRoster;
        var expected = CadreDocuments.ReadPositionChanges(File.ReadAllText(Path.Combine(Samples, "demo-position-changes.json")), roster);
        var back = CadreDocuments.ReadPositionChanges(Through("demo-position-changes.json", format, DocumentKind.PositionChanges), roster, DocumentLimits.Default);
        Assert.Contains(expected, c => c.Deferrals.Length > 0);
        Assert.Equal(CadreDocuments.WritePositionChanges(expected), CadreDocuments.WritePositionChanges(back));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void CommitteeCandidacies_ThroughASheet_AreTheSameCandidacies(SpreadsheetFormat format)
    {
        Roster roster = SampleRoster;
        var expected = CadreDocuments.ReadCommitteeCandidacies(File.ReadAllText(Path.Combine(Samples, "demo-committee.json")), roster);
        var back = CadreDocuments.ReadCommitteeCandidacies(Through("demo-committee.json", format, DocumentKind.CommitteeCandidacies), roster, DocumentLimits.Default);
        Assert.Equal(CadreDocuments.WriteCommitteeCandidacies(expected), CadreDocuments.WriteCommitteeCandidacies(back));
    }

    [Theory]
    [InlineData(SpreadsheetFormat.Xlsx)]
    [InlineData(SpreadsheetFormat.Csv)]
    public void Body_WithFirstTimeAndAReferenceMonth_KeepsThemThroughASheet(SpreadsheetFormat format)
    {
        string json = """{"schemaVersion":1,"asOf":"2027-03-01","youngAge":42,"termReferenceMonth":"2025-07","members":[{"cadre":{"id":"a","sex":"female","birthDate":"1983-09-01"},"firstTime":true,"standingCommittee":true},{"cadre":{"id":"b","sex":"male","birthDate":"1970-01-01"},"firstTime":false,"standingCommittee":false}]}""";
        Roster roster = new([new Cadre("a", Sex.Female, BirthDate.Of(1983, 9, 1)), new Cadre("b", Sex.Male, BirthDate.Of(1970, 1, 1))]);
        string refs = """{"schemaVersion":1,"asOf":"2027-03-01","youngAge":42,"termReferenceMonth":"2025-07","members":[{"cadreRef":"a","firstTime":true,"standingCommittee":true},{"cadreRef":"b","firstTime":false,"standingCommittee":false}]}""";
        var sheet = new MemoryStream();
        Assert.Equal(DocumentKind.Body, SpreadsheetDocuments.WriteDocument(new MemoryStream(Encoding.UTF8.GetBytes(refs)), format, sheet));
        sheet.Position = 0;

        var back = CadreDocuments.ReadBody(SpreadsheetSource.Open(sheet, format, Language.English), roster, DocumentLimits.Default);

        Assert.Equal(new NodaTime.YearMonth(2025, 7), back.TermReferenceMonth);
        Assert.Equal(new global::CadreRules.Composition.CompositionShare(1, 2), back.FirstTimeMembers);
        Assert.Equal(CadreDocuments.WriteBody(CadreDocuments.ReadBody(json)), CadreDocuments.WriteBody(back));
    }

    [Theory]
    [InlineData(SpreadsheetFormat.Xlsx)]
    [InlineData(SpreadsheetFormat.Csv)]
    public void KeyPosts_WithAProvincialLevel_KeepTheLevelThroughASheet(SpreadsheetFormat format)
    {
        string json = """{"schemaVersion":1,"date":"2025-10-22","holders":[{"unit":"Tỉnh A","post":"secretary","level":"provincial","bornThere":false,"raisedThere":false},{"unit":"Xã B","post":"chair","bornThere":true,"raisedThere":false}]}""";
        var sheet = new MemoryStream();
        Assert.Equal(DocumentKind.KeyPosts, SpreadsheetDocuments.WriteDocument(new MemoryStream(Encoding.UTF8.GetBytes(json)), format, sheet));
        sheet.Position = 0;

        var back = CadreDocuments.ReadKeyPosts(SpreadsheetSource.Open(sheet, format, Language.English), DocumentLimits.Default);

        Assert.Equal([OrganisationalLevel.Provincial, OrganisationalLevel.Commune], back.Holders.Select(h => h.Level));
        Assert.Equal(CadreDocuments.WriteKeyPosts(CadreDocuments.ReadKeyPosts(json)), CadreDocuments.WriteKeyPosts(back));
    }

    [Theory]
    [InlineData("key-posts-phuc-tho-2021-11.json", SpreadsheetFormat.Xlsx)]
    [InlineData("key-posts-phuc-tho-2021-11.json", SpreadsheetFormat.Csv)]
    [InlineData("key-posts-phuc-tho-2023-03.json", SpreadsheetFormat.Xlsx)]
    [InlineData("key-posts-thanh-tri-2023-07.json", SpreadsheetFormat.Csv)]
    public void KeyPosts_ThroughASheet_AreTheSameSurvey(string sample, SpreadsheetFormat format)
    {
        var expected = CadreDocuments.ReadKeyPosts(File.ReadAllText(Path.Combine(Samples, sample)));
        var back = CadreDocuments.ReadKeyPosts(Through(sample, format, DocumentKind.KeyPosts), DocumentLimits.Default);
        Assert.Equal(CadreDocuments.WriteKeyPosts(expected), CadreDocuments.WriteKeyPosts(back));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Body_ThroughASheet_IsTheSameBody(SpreadsheetFormat format)
    {
        Roster roster = SampleRoster;
        var expected = CadreDocuments.ReadBody(File.ReadAllText(Path.Combine(Samples, "demo-body.json")), roster);
        var back = CadreDocuments.ReadBody(Through("demo-body.json", format, DocumentKind.Body), roster, DocumentLimits.Default);
        Assert.Equal(CadreDocuments.WriteBody(expected), CadreDocuments.WriteBody(back));
    }

    [Fact]
    public void AReviewsFullCadreRecord_IsRefusedAtItsPath_AndTheErrorSaysSo()
    {
        // demo-review.json gives MKT-013's current facts in full: a sheet takes them from the roster.
        using FileStream json = File.OpenRead(Path.Combine(Samples, "demo-review.json"));
        var error = Assert.Throws<DocumentException>(() => SpreadsheetDocuments.WriteDocument(json, SpreadsheetFormat.Csv, new MemoryStream()));
        Assert.Equal("$.currentFacts[0]", error.Path);
        Assert.Contains("a sheet has no column for 'cadre'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentKind.PositionChanges)]
    [InlineData(DocumentKind.CommitteeCandidacies)]
    [InlineData(DocumentKind.KeyPosts)]
    [InlineData(DocumentKind.Body)]
    public void CsvTemplate_ItsExampleRow_ReadsBackAsADocumentOfItsKind(DocumentKind kind)
    {
        using var template = new MemoryStream();
        SpreadsheetDocuments.WriteTemplate(kind, SpreadsheetFormat.Csv, template);
        template.Position = 0;
        using SpreadsheetSource source = SpreadsheetSource.Open(template, SpreadsheetFormat.Csv, Language.English);
        Assert.Equal(kind, source.Kind);
        Roster roster = SampleRoster;
        int items = kind switch
        {
            DocumentKind.PositionChanges => CadreDocuments.ReadPositionChanges(source, roster, DocumentLimits.Default).Single().Deferrals.Length,
            DocumentKind.CommitteeCandidacies => CadreDocuments.ReadCommitteeCandidacies(source, roster, DocumentLimits.Default).Length,
            DocumentKind.KeyPosts => CadreDocuments.ReadKeyPosts(source, DocumentLimits.Default).Holders.Length,
            _ => CadreDocuments.ReadBody(source, roster, DocumentLimits.Default).Members.Length,
        };
        Assert.Equal(1, items);
    }

    [Theory]
    [InlineData(DocumentKind.PositionChanges, "Chuyển đổi vị trí", "Lĩnh vực")]
    [InlineData(DocumentKind.CommitteeCandidacies, "Cấp ủy", "Mã cán bộ")]
    [InlineData(DocumentKind.KeyPosts, "Chủ chốt cấp xã", "Đơn vị")]
    [InlineData(DocumentKind.Body, "Thành viên", "Tên tập thể")]
    public void XlsxTemplate_HasTheDataSheetAndTheGuide(DocumentKind kind, string sheet, string header)
    {
        using var template = new MemoryStream();
        SpreadsheetDocuments.WriteTemplate(kind, SpreadsheetFormat.Xlsx, template);
        template.Position = 0;
        using XlsxReader reader = XlsxReader.Open(template, names => names[1]);
        Assert.Equal([sheet, "Hướng dẫn"], reader.SheetNames);
        Assert.Contains(reader.Rows().Skip(1), row => row[0] == header);
    }

    [Theory]
    [InlineData("Ngày xét,Mã cán bộ,Lĩnh vực,Lý do tạm hoãn,Tạm hoãn từ ngày\n01/01/2026,MKT-017,personnel,,\n,MKT-023,directContact,youngChild,31/02/2024\n", "row 3, column 'Tạm hoãn từ ngày': '31/02/2024' is not understood")]
    [InlineData("Mã cán bộ,Cấp ủy,Tái cử\nMKT-001,commune,có\nMKT-002,cấp thôn,có\n", "row 3, column 'Cấp ủy': 'cấp thôn' is not understood")]
    [InlineData("Đơn vị,Chức vụ chủ chốt,Sinh tại địa phương,Lớn lên tại địa phương\nXã A,bí thư,không,không\nXã A,chủ tịch,có lẽ,không\n", "row 3, column 'Sinh tại địa phương': 'có lẽ' is not understood")]
    [InlineData("Ngày xét,Tuổi trẻ (dưới),Chỉ tiêu nữ,Mã cán bộ\n01/07/2025,42,mười lăm phần trăm,MKT-001\n", "row 2, column 'Chỉ tiêu nữ': 'mười lăm phần trăm' is not understood")]
    public void ACellThatCannotBeRead_IsNamedBySheetRowAndColumn(string csv, string expected)
    {
        var error = Assert.Throws<DocumentException>(() => Read(csv, Language.English));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACellThatCannotBeRead_IsNamedInVietnamese()
    {
        var error = Assert.Throws<DocumentException>(() => Read("Mã cán bộ,Cấp ủy,Tái cử\nMKT-001,cấp thôn,có\n", Language.Vietnamese));
        Assert.StartsWith("dòng 2, cột 'Cấp ủy': 'cấp thôn' không đọc được", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ngày xét,Mã cán bộ,Lĩnh vực\n01/01/2026,MKT-017,personnel\n,MKT-019,thuế\n", "row 3, column 'Lĩnh vực'")]
    [InlineData("Mã cán bộ,Cấp ủy,Tái cử\nMKT-001,commune,có\nKHÔNG-CÓ,Commune,có\n", "row 3, column 'Mã cán bộ'")]
    [InlineData("Ngày xét,Tuổi trẻ (dưới),Mã cán bộ\n01/07/2025,42,MKT-001\n,,KHÔNG-CÓ\n", "row 3, column 'Mã cán bộ'")]
    public void AReadersErrorAtAJsonPath_IsRestatedAtTheRowAndColumn(string csv, string expected)
    {
        var error = Assert.Throws<DocumentException>(() => Read(csv, Language.English));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABodySheetWithoutTheYoungAge_NamesTheMissingColumn()
    {
        var error = Assert.Throws<DocumentException>(() => Read("Ngày xét,Mã cán bộ\n01/07/2025,MKT-001\n", Language.English));
        Assert.StartsWith("row 1, column 'Tuổi trẻ (dưới)'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("15%", 15, 100)]
    [InlineData("12,5%", 1, 8)]
    [InlineData("0,2", 1, 5)]
    [InlineData("1/3", 1, 3)]
    public void ABodyTarget_IsAShareInAnyForm(string cell, long numerator, long denominator)
    {
        var body = (global::CadreRules.Composition.BodyMembership)Read("Ngày xét;Tuổi trẻ (dưới);Chỉ tiêu nữ;Mã cán bộ\n01/07/2025;42;" + cell + ";MKT-001\n", Language.English);
        Assert.Equal(Share.Of(numerator, denominator), body.Targets.Women);
    }

    [Fact]
    public void AWorkbooksPercentageCell_IsReadToSixDecimals_ATextCellIsNot()
    {
        SheetColumn women = FamilySheetLayouts.Body.Column("$.targets.women")!;
        Assert.True(women.TryRead("0.15000000000000002", fromWorkbook: true, out object value));
        Assert.Equal(Share.Of(3, 20), value);
        Assert.False(women.TryRead("0.15000000000000002", fromWorkbook: false, out _));
    }

    [Fact]
    public void ABodyTargetThatIsNoShare_IsRestatedAtItsColumn()
    {
        var error = Assert.Throws<DocumentException>(() => Read("Ngày xét;Tuổi trẻ (dưới);Chỉ tiêu nữ;Mã cán bộ\n01/07/2025;42;150%;MKT-001\n", Language.English));
        Assert.StartsWith("row 2, column 'Chỉ tiêu nữ'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APositionChangesRowRepeatingTheId_AddsADeferral()
    {
        string csv = "Ngày xét;Mã cán bộ;Lĩnh vực;Lý do tạm hoãn;Tạm hoãn từ ngày;Tạm hoãn đến ngày\n01/01/2026;MKT-025;directContact;đi học tập trung;01/09/2025;31/08/2026\n;MKT-025;;nuôi con dưới 36 tháng tuổi;10/03/2024;\n";
        using SpreadsheetSource source = SpreadsheetSource.Open(new MemoryStream(Encoding.UTF8.GetBytes(csv)), SpreadsheetFormat.Csv, Language.English);
        var cases = CadreDocuments.ReadPositionChanges(source, SampleRoster, DocumentLimits.Default);
        Assert.Equal(2, Assert.Single(cases).Deferrals.Length);
    }

    /// <summary>A CSV sheet read as the document of its kind (recognised from its headers), errors located.</summary>
    private static object Read(string csv, Language language)
    {
        using SpreadsheetSource source = SpreadsheetSource.Open(new MemoryStream(Encoding.UTF8.GetBytes(csv)), SpreadsheetFormat.Csv, language);
        try
        {
            return source.Kind switch
            {
                DocumentKind.PositionChanges => CadreDocuments.ReadPositionChanges(source, SampleRoster, DocumentLimits.Default),
                DocumentKind.CommitteeCandidacies => CadreDocuments.ReadCommitteeCandidacies(source, SampleRoster, DocumentLimits.Default),
                DocumentKind.KeyPosts => CadreDocuments.ReadKeyPosts(source, DocumentLimits.Default),
                DocumentKind.Body => CadreDocuments.ReadBody(source, SampleRoster, DocumentLimits.Default),
                _ => throw new InvalidOperationException(source.Kind.ToString()),
            };
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
