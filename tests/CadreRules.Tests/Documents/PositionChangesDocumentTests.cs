using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rotation;
using NodaTime;

namespace CadreRules.Tests.Documents;

/// <summary>The position-changes document: the post held, the sector, the grounds, the dates, and errors at their paths.</summary>
public class PositionChangesDocumentTests
{
    private const string Cadre = """
        "cadre": { "id": "a", "sex": "female", "birthDate": "1985-03-01",
          "positions": [ { "title": "Kế toán", "unit": "Sở Tài chính", "level": "provincial", "start": "2019-01-02" },
                         { "title": "Thủ quỹ", "unit": "Sở Tài chính", "level": "provincial", "start": "2010-01-02", "end": "2018-12-31" } ] }
        """;

    private static string Doc(string incumbent, string asOf = "\"asOf\": \"2026-01-01\", ") => "{ \"schemaVersion\": 1, " + asOf + "\"incumbents\": [ { " + incumbent + " } ] }";

    [Fact]
    public void Read_TheOnlyPostHeldOnTheDate_IsTheOneAskedAbout()
    {
        PositionChangeCase question = Assert.Single(CadreDocuments.ReadPositionChanges(Doc(Cadre + """, "sector": "publicFinance", "deferrals": [ { "kind": "pregnancy", "start": "2025-10-01" } ]""")));

        Assert.Equal("Kế toán", question.Post.Title);
        Assert.Equal(new LocalDate(2026, 1, 1), question.AsOf);
        Assert.Equal(DeferralKind.Pregnancy, Assert.Single(question.Deferrals).Kind);
    }

    [Fact]
    public void Read_CadreRefAndOwnDate_ResolveTheRosterAndTheDate()
    {
        Roster roster = CadreDocuments.ReadRoster("{ \"schemaVersion\": 1, \"cadres\": [ {" + Cadre[(Cadre.IndexOf('{', StringComparison.Ordinal) + 1)..] + " ] }");

        PositionChangeCase question = Assert.Single(CadreDocuments.ReadPositionChanges(Doc("""
            "cadreRef": "A", "asOf": "2018-06-01", "sector": "inspection"
            """, asOf: string.Empty), roster));

        Assert.Equal("Thủ quỹ", question.Post.Title);
        Assert.Equal(new LocalDate(2018, 6, 1), question.AsOf);
    }

    [Theory]
    [InlineData("\"sector\": \"finance\"", "$.incumbents[0].sector", "sector")]
    [InlineData("\"sector\": \"inspection\", \"post\": \"Thủ quỹ\"", "$.incumbents[0].post", "post")]
    public void Read_UnknownSectorOrPostNotHeld_UnknownReference(string rest, string path, string what)
    {
        DocumentException e = DocumentAssert.FailsAt(path, () => CadreDocuments.ReadPositionChanges(Doc(Cadre + ", " + rest)));

        Assert.Equal(DocumentErrorCodes.UnknownReference, e.Code);
        Assert.Equal(what, e.Arguments[1]);
    }

    [Fact]
    public void Read_TwoPostsHeldAndNoneNamed_AsksForThePost()
    {
        string two = Cadre.Replace(", \"end\": \"2018-12-31\"", string.Empty, StringComparison.Ordinal);

        DocumentException e = DocumentAssert.FailsAt("$.incumbents[0].post", () => CadreDocuments.ReadPositionChanges(Doc(two + ", \"sector\": \"inspection\"")));

        Assert.Equal(DocumentErrorCodes.MissingField, e.Code);
        Assert.Contains("Kế toán", e.Message, StringComparison.Ordinal);
        Assert.Contains("Thủ quỹ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoPostHeldOnTheDate_Refused() =>
        DocumentAssert.FailsAt("$.incumbents[0].cadre", () => CadreDocuments.ReadPositionChanges(Doc(Cadre + ", \"sector\": \"inspection\"", "\"asOf\": \"2005-01-01\", ")));

    [Fact]
    public void Read_NoDateAnywhere_MissingAtTheIncumbent() =>
        Assert.Equal(DocumentErrorCodes.MissingField, DocumentAssert.FailsAt("$.incumbents[0].asOf", () => CadreDocuments.ReadPositionChanges(Doc(Cadre + ", \"sector\": \"inspection\"", string.Empty))).Code);

    [Fact]
    public void Read_GroundEndingBeforeItStarts_OutOfRangeAtTheEnd() =>
        DocumentAssert.FailsAt("$.incumbents[0].deferrals[0].end", () => CadreDocuments.ReadPositionChanges(Doc(Cadre + """, "sector": "inspection", "deferrals": [ { "kind": "secondment", "start": "2025-10-01", "end": "2025-09-01" } ]""")));

    [Fact]
    public void Read_StudyWithoutItsEnd_RefusedAtTheEnd() =>
        DocumentAssert.FailsAt("$.incumbents[0].deferrals[0].end", () => CadreDocuments.ReadPositionChanges(Doc(Cadre + """, "sector": "inspection", "deferrals": [ { "kind": "fullTimeStudy", "start": "2025-10-01" } ]""")));

    [Fact]
    public void Read_UnknownGround_NamesTheAcceptedOnes()
    {
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadPositionChanges(Doc(Cadre + """, "sector": "inspection", "deferrals": [ { "kind": "holiday", "start": "2025-10-01" } ]""")));

        Assert.Equal("$.incumbents[0].deferrals[0].kind", e.Path);
        Assert.Equal("oneOf", e.Arguments[0]);
    }

    [Fact]
    public void Write_ThenRead_SameDocumentConformingToTheSchema()
    {
        ImmutableArray<PositionChangeCase> cases = CadreDocuments.ReadPositionChanges(Doc(Cadre + """, "sector": "publicFinance", "deferrals": [ { "kind": "youngChild", "start": "2025-10-01" }, { "kind": "fullTimeStudy", "start": "2025-09-01", "end": "2026-08-31" } ]"""));

        string once = CadreDocuments.WritePositionChanges(cases);

        Assert.Equal(once, CadreDocuments.WritePositionChanges(CadreDocuments.ReadPositionChanges(once)));
        Assert.True(SchemaTests.ConformsTo("position-changes.schema.json", once));
        Assert.True(SchemaTests.ConformsTo("position-changes.schema.json", File.ReadAllText(Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", "demo-position-changes.json"))));
    }
}
