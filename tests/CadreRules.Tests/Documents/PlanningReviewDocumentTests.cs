using System;
using System.Linq;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Documents;

/// <summary>The planning review document: round trip, schema, and every error at its path with its code.</summary>
public class PlanningReviewDocumentTests
{
    private const string Plan = """
        "plan": { "date": "2025-12-20", "term": { "start": "2030-07-01" }, "ageReferenceMonth": "2030-07",
          "titles": [ { "id": "ct", "name": "Chủ tịch UBND xã", "level": "commune" }, { "id": "pct", "name": "Phó Chủ tịch UBND xã", "level": "commune" } ],
          "candidates": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1980-01" } }, { "cadreRef": "R" } ],
          "entries": [ { "cadreId": "a", "titleId": "ct" }, { "cadreId": "R", "titleId": "ct" } ] }
        """;

    private const string Roster = """{ "schemaVersion": 1, "cadres": [ { "id": "R", "sex": "female", "birthDate": "1985-05" }, { "id": "N", "sex": "male", "birthDate": "1990-05" } ] }""";

    private static string Review(string rest = "", string reviewDate = "2026-12-15") =>
        "{ \"schemaVersion\": 1, \"reviewDate\": \"" + reviewDate + "\", " + Plan + rest + " }";

    private static PlanningReviewInput Read(string json) => CadreDocuments.ReadPlanningReview(json, CadreDocuments.ReadRoster(Roster));

    [Fact]
    public void Read_ReviewWithFactsAndAdditions_ResolvesTheRoster()
    {
        PlanningReviewInput input = Read(Review(""", "currentFacts": [ { "cadreRef": "N" } ], "proposedAdditions": [ { "cadreId": "N", "titleId": "pct", "tier": "twoLevelsUp" } ]"""));

        Assert.Equal(new NodaTime.LocalDate(2026, 12, 15), input.ReviewDate);
        Assert.Equal(["a", "R"], input.Plan.Candidates.Select(c => c.Id.Value));
        Assert.Equal("N", Assert.Single(input.CurrentFacts).Id.Value);
        Assert.Equal(new PlanningEntry(new CadreId("N"), "pct", PlanningTier.TwoLevelsUp), Assert.Single(input.ProposedAdditions));
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameDocumentAndConformsToTheSchema()
    {
        PlanningReviewInput input = Read(Review(""", "currentFacts": [ { "cadreRef": "N" } ], "proposedAdditions": [ { "cadreId": "N", "titleId": "pct" } ]"""));

        string once = CadreDocuments.WritePlanningReview(input);

        Assert.Equal(once, CadreDocuments.WritePlanningReview(CadreDocuments.ReadPlanningReview(once)));
        Assert.True(SchemaTests.ConformsTo("planning-review.schema.json", once));
    }

    [Fact]
    public void DemoReview_ConformsToTheSchema() =>
        Assert.True(SchemaTests.ConformsTo("planning-review.schema.json", System.IO.File.ReadAllText(System.IO.Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", "demo-review.json"))));

    [Property(MaxTest = 50)]
    public Property WrittenReview_RoundTripsAndConformsToTheSchema() =>
        Prop.ForAll(Arbitraries.PlanningCases(), c =>
        {
            var input = new PlanningReviewInput(c.List, c.List.Date.PlusDays(300), c.List.Candidates.Take(1), []);
            string once = CadreDocuments.WritePlanningReview(input);
            PlanningReviewInput back = CadreDocuments.ReadPlanningReview(once);
            return CadreDocuments.WritePlanningReview(back) == once
                && SchemaTests.ConformsTo("planning-review.schema.json", once)
                && c.Regulation.Review(back).Removed.Length == c.Regulation.Review(input).Removed.Length;
        });

    [Fact]
    public void Read_ReviewDateBeforeTheList_OutOfRangeAtReviewDate()
    {
        DocumentException e = DocumentAssert.FailsAt("$.reviewDate", () => Read(Review(reviewDate: "2025-12-19")));

        Assert.Equal(DocumentErrorCodes.OutOfRange, e.Code);
        Assert.Equal(["2025-12-19", "2025-12-20", ""], e.Arguments);
        Assert.Equal("$.reviewDate: giá trị 2025-12-19 nhỏ hơn mức thấp nhất thư viện chấp nhận, 2025-12-20.", DocumentMessages.Format(e, Language.Vietnamese));
    }

    [Fact]
    public void Read_TwoFactsForOneCadre_DuplicateIdAtTheSecond()
    {
        DocumentException e = DocumentAssert.FailsAt("$.currentFacts[1]", () => Read(Review(""", "currentFacts": [ { "cadreRef": "N" }, { "cadreRef": " n " } ]""")));

        Assert.Equal(DocumentErrorCodes.DuplicateId, e.Code);
        Assert.Equal(["N", "$.currentFacts[0]"], e.Arguments);
    }

    [Theory]
    [InlineData("""{ "cadreId": "a", "titleId": "bt" }""", "$.proposedAdditions[0].titleId", "title")]
    [InlineData("""{ "cadreId": "z", "titleId": "pct" }""", "$.proposedAdditions[0].cadreId", "candidate")]
    public void Read_AdditionNamingNothing_UnknownReferenceAtThePath(string addition, string path, string what)
    {
        DocumentException e = DocumentAssert.FailsAt(path, () => Read(Review(", \"proposedAdditions\": [ " + addition + " ]")));

        Assert.Equal(DocumentErrorCodes.UnknownReference, e.Code);
        Assert.Equal(what, e.Arguments[1]);
        Assert.StartsWith(path + ": không có ", DocumentMessages.Format(e, Language.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AdditionAlreadyPlanned_DuplicateIdNamingThePlanEntry()
    {
        DocumentException e = DocumentAssert.FailsAt("$.proposedAdditions[0]", () => Read(Review(""", "proposedAdditions": [ { "cadreId": "A", "titleId": "ct" } ]""")));

        Assert.Equal(DocumentErrorCodes.DuplicateId, e.Code);
        Assert.Equal(["A → ct", "$.plan.entries[0]"], e.Arguments);
    }

    [Fact]
    public void Read_ErrorsInPlanAndFacts_AllReportedWithTheirPaths()
    {
        string json = Review(""", "currentFacts": [ { "cadre": { "id": "x", "sex": "male" } } ]""").Replace("\"name\": \"Chủ tịch UBND xã\"", "\"name\": \" \"", StringComparison.Ordinal);

        DocumentException e = Assert.Throws<DocumentException>(() => Read(json));

        Assert.Equal(["$.plan.titles[0].name", "$.currentFacts[0].cadre.birthDate"], e.Errors.Select(x => x.Path));
    }

    [Fact]
    public void Read_CadreRefWithoutRoster_Refused() =>
        DocumentAssert.FailsAt("$.plan.candidates[1].cadreRef", () => CadreDocuments.ReadPlanningReview(Review()));

    [Fact]
    public void Read_PlanningList_IsNamedAsAnotherKind()
    {
        DocumentException e = Assert.Throws<DocumentException>(() => Read("""{ "schemaVersion": 1, "date": "2025-12-20", "titles": [], "candidates": [], "entries": [], "nope": 1 }"""));

        Assert.Equal((DocumentKind.PlanningList, DocumentKind.PlanningReview), (e.FoundKind, e.ExpectedKind));
    }

    [Fact]
    public void Read_MissingPlanAndDate_BothReported()
    {
        DocumentException e = Assert.Throws<DocumentException>(() => Read("""{ "schemaVersion": 1 }"""));

        Assert.Equal(["$.reviewDate", "$.plan"], e.Errors.Select(x => x.Path));
        Assert.All(e.Errors, x => Assert.Equal(DocumentErrorCodes.MissingField, x.Code));
    }
}
