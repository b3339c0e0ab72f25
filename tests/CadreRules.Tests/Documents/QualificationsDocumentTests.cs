using System;
using System.IO;
using System.Linq;
using System.Text;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Spreadsheets;
using NodaTime;

namespace CadreRules.Tests.Documents;

/// <summary>The optional <c>qualifications</c> of a cadre in the roster: old documents still read, the new fields read
/// and write back, and each bad value is refused at its JSON path in English and Vietnamese.</summary>
public class QualificationsDocumentTests
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    private static string Roster(string qualifications) =>
        $$"""{ "schemaVersion": 1, "cadres": [ { "id": "A", "sex": "female", "birthDate": "1975-03-10", "qualifications": {{qualifications}} } ] }""";

    private const string Full =
        """{ "education": { "level": "university", "obtainedOn": "1997-06-30" }, "politicalTheory": { "level": "advanced", "obtainedOn": "2012-12-15" }, "stateManagement": { "level": "principalSpecialist", "obtainedOn": "2014-10-20" } }""";

    [Fact]
    public void ExistingRosters_StillRead_WithNothingRecorded()
    {
        // The demo roster records qualifications for the demo body's 15 members only; every other cadre is written as
        // rosters were before qualifications existed, and reads with nothing recorded.
        Roster roster = CadreDocuments.ReadRoster(File.ReadAllText(Path.Combine(Samples, "demo-roster.json")));
        Assert.Equal(45, roster.Cadres.Count(c => c.Qualifications.IsEmpty));
        Roster without = new(roster.Cadres.Where(c => c.Qualifications.IsEmpty), roster.Organisation);
        Roster back = CadreDocuments.ReadRoster(CadreDocuments.WriteRoster(without));
        Assert.All(back.Cadres, c => Assert.True(c.Qualifications.IsEmpty));
        Assert.DoesNotContain("qualifications", CadreDocuments.WriteRoster(without), StringComparison.Ordinal);
    }

    [Fact]
    public void NewFields_Read()
    {
        Cadre cadre = Assert.Single(CadreDocuments.ReadRoster(Roster(Full)).Cadres);
        Assert.Equal(new Attainment<EducationLevel>(EducationLevel.University, new LocalDate(1997, 6, 30)), cadre.Qualifications.Education);
        Assert.Equal(new Attainment<PoliticalTheoryLevel>(PoliticalTheoryLevel.Advanced, new LocalDate(2012, 12, 15)), cadre.Qualifications.PoliticalTheory);
        Assert.Equal(new Attainment<StateManagementLevel>(StateManagementLevel.PrincipalSpecialist, new LocalDate(2014, 10, 20)), cadre.Qualifications.StateManagement);
    }

    [Fact]
    public void VietnameseWords_AndAPartLeftOut_Read()
    {
        Cadre cadre = Assert.Single(CadreDocuments.ReadRoster(Roster("""{ "politicalTheory": { "level": "cử nhân", "obtainedOn": "2010-01-05" }, "education": { "level": "Thạc sĩ", "obtainedOn": "2005-09-01" } }""")).Cadres);
        Assert.Equal(PoliticalTheoryLevel.Bachelor, cadre.Qualifications.PoliticalTheory!.Value.Level);
        Assert.Equal(EducationLevel.Master, cadre.Qualifications.Education!.Value.Level);
        Assert.Null(cadre.Qualifications.StateManagement);
    }

    [Fact]
    public void WrittenAndReadBack_IsTheSameCadre()
    {
        Roster roster = CadreDocuments.ReadRoster(Roster(Full));
        string written = CadreDocuments.WriteRoster(roster);
        Assert.Contains("\"principalSpecialist\"", written, StringComparison.Ordinal);
        Assert.Equal(roster.Cadres.Single(), CadreDocuments.ReadRoster(written).Cadres.Single());
    }

    [Theory]
    [InlineData("""{ "politicalTheory": { "level": "superior", "obtainedOn": "2012-12-15" } }""", "$.cadres[0].qualifications.politicalTheory.level", DocumentErrorCodes.WrongType, "cần một trong các giá trị elementary, intermediate, advanced, bachelor.")]
    [InlineData("""{ "education": { "level": 3, "obtainedOn": "2012-12-15" } }""", "$.cadres[0].qualifications.education.level", DocumentErrorCodes.WrongType, "cần một trong các giá trị upperSecondary, vocational, college, university, master, doctorate.")]
    [InlineData("""{ "stateManagement": { "level": "specialist" } }""", "$.cadres[0].qualifications.stateManagement.obtainedOn", DocumentErrorCodes.MissingField, "thiếu trường bắt buộc.")]
    [InlineData("""{ "education": { "obtainedOn": "1997-06-30" } }""", "$.cadres[0].qualifications.education.level", DocumentErrorCodes.MissingField, "thiếu trường bắt buộc.")]
    [InlineData("""{ "education": { "level": "university", "obtainedOn": "1997-02-30" } }""", "$.cadres[0].qualifications.education.obtainedOn", null, null)]
    [InlineData("""{ "degree": "university" }""", "$.cadres[0].qualifications.degree", null, null)]
    public void BadValue_IsRefusedAtItsPath_InBothLanguages(string qualifications, string path, string? code, string? vietnamese)
    {
        DocumentException e = DocumentAssert.FailsAt(path, () => CadreDocuments.ReadRoster(Roster(qualifications)));
        if (code is not null)
        {
            Assert.Equal(code, e.Code);
        }

        string vi = DocumentMessages.Format(e, Language.Vietnamese);
        Assert.StartsWith(path + ": ", vi, StringComparison.Ordinal);
        Assert.NotEqual(e.Message, vi);
        if (vietnamese is not null)
        {
            Assert.StartsWith(path + ": " + vietnamese, vi, StringComparison.Ordinal);
        }

        Assert.Equal(e.Message, DocumentMessages.Format(e, Language.English));
    }

    [Fact]
    public void ObtainedBeforeBirth_IsRefusedAtTheDate_InBothLanguages()
    {
        const string path = "$.cadres[0].qualifications.politicalTheory.obtainedOn";
        DocumentException e = DocumentAssert.FailsAt(path, () => CadreDocuments.ReadRoster(Roster("""{ "politicalTheory": { "level": "intermediate", "obtainedOn": "1975-03-09" } }""")));
        Assert.Contains("a qualification obtained on 1975-03-09 is before the birth date 1975-03-10", e.Message, StringComparison.Ordinal);
        Assert.Equal(path + ": văn bằng, chứng chỉ của 'A' cấp ngày 09/03/1975, trước ngày sinh 10/03/1975.", DocumentMessages.Format(e, Language.Vietnamese));
    }

    [Fact]
    public void RosterSheet_ReadsTheQualificationColumns()
    {
        byte[] csv = Encoding.UTF8.GetBytes(
            "Mã cán bộ;Giới tính;Ngày sinh;Trình độ chuyên môn;Ngày cấp bằng chuyên môn;Trình độ lý luận chính trị;Ngày cấp bằng lý luận chính trị;Bồi dưỡng quản lý nhà nước;Ngày cấp chứng chỉ quản lý nhà nước\n"
            + "A;nữ;10/03/1975;đại học;30/06/1997;cao cấp;15/12/2012;chuyên viên chính;20/10/2014\nB;nam;1970;;;trung cấp;01/06/2001;;\n");
        using SpreadsheetSource source = SpreadsheetSource.Open(new MemoryStream(csv), SpreadsheetFormat.Csv, Language.English);
        Roster roster = CadreDocuments.ReadRoster(source, DocumentLimits.Default);
        Assert.Equal(CadreDocuments.ReadRoster(Roster(Full)).Cadres.Single().Qualifications, roster.Cadres[0].Qualifications);
        Assert.Equal(new Qualifications { PoliticalTheory = new(PoliticalTheoryLevel.Intermediate, new LocalDate(2001, 6, 1)) }, roster.Cadres[1].Qualifications);
    }

    [Theory]
    [InlineData(SpreadsheetFormat.Csv)]
    [InlineData(SpreadsheetFormat.Xlsx)]
    public void RosterWithQualifications_ThroughASheet_IsTheSameRoster(SpreadsheetFormat format)
    {
        string json = CadreDocuments.WriteRoster(CadreDocuments.ReadRoster(Roster(Full)));
        var sheet = new MemoryStream();
        Assert.Equal(DocumentKind.Roster, SpreadsheetDocuments.WriteDocument(new MemoryStream(Encoding.UTF8.GetBytes(json)), format, sheet));
        sheet.Position = 0;
        using SpreadsheetSource source = SpreadsheetSource.Open(sheet, format, Language.English);
        Assert.Equal(json, CadreDocuments.WriteRoster(CadreDocuments.ReadRoster(source, DocumentLimits.Default)));
    }
}
