using CadreRules.Documents;

namespace CadreRules.Tests.Documents;

/// <summary>The case runner's own checks (common fields, asOf, expected citation) and the text of <see cref="CaseResult"/>.</summary>
public class CaseRunnerMessageTests
{
    private const string RetirementDate = """{ "retirementDate": "2026-08-31" }""";

    private static string Retirement(string? regulation = null, string? asOf = null, string? citation = null, string expected = RetirementDate, string? omit = null, string schemaVersion = "1") =>
        CaseDocuments.Case("retirement", CaseDocuments.RetirementFacts, expected, regulation, asOf, citation, omit, schemaVersion);

    [Fact]
    public void ToString_PassedCase_IsPassNameAndSource() =>
        Assert.Equal("PASS n (a/b.json)", new CaseResult("a/b.json", "retirement", "n", []).ToString());

    [Fact]
    public void ToString_FailedCase_IsFailNameSourceAndTheFailuresJoined() =>
        Assert.Equal("FAIL n (a/b.json): first; second", new CaseResult("a/b.json", "retirement", "n", ["first", "second"]).ToString());

    [Fact]
    public void ToString_RunCase_SaysPassOrFail()
    {
        Assert.Equal("PASS n (case.json)", CaseDocuments.Run(Retirement()).ToString());
        Assert.Equal(
            "FAIL n (case.json): retirement date: expected 2026-08-30, actual 2026-08-31",
            CaseDocuments.Run(Retirement(expected: """{ "retirementDate": "2026-08-30" }""")).ToString());
    }

    [Theory]
    [InlineData("schemaVersion")]
    [InlineData("kind")]
    [InlineData("name")]
    [InlineData("facts")]
    [InlineData("expected")]
    public void Run_MissingCommonField_NamesIt(string field)
    {
        DocumentException e = DocumentAssert.FailsAt("$." + field, () => CaseDocuments.Run(Retirement(omit: field)));
        Assert.Equal("$." + field + ": required field is missing.", e.Message);
    }

    [Fact]
    public void Run_OtherSchemaVersion_IsRefused()
    {
        DocumentException e = DocumentAssert.FailsAt("$.schemaVersion", () => CaseDocuments.Run(Retirement(schemaVersion: "2")));
        Assert.Equal("$.schemaVersion: schema version 2 is not supported; this library reads version 1.", e.Message);
    }

    [Theory]
    [InlineData("in force on 2021-08-01", null, "months left at 2021-08-01: expected 61, actual 60")]
    [InlineData(null, "2021-09-15", "months left at 2021-09-15: expected 61, actual 59")]
    [InlineData("in force on 2021-08-01", "2021-09-15", "months left at 2021-09-15: expected 61, actual 59")]
    public void Run_MonthsLeft_AreCountedAtAsOfElseAtTheInForceDate(string? regulation, string? asOf, string failure) =>
        Assert.Equal([failure], CaseDocuments.Failures(Retirement(regulation, asOf, expected: """{ "monthsLeft": 61 }""")));

    [Fact]
    public void Run_CitationWithoutDocument_NamesTheDocumentPath() =>
        DocumentAssert.FailsAt("$.expectedCitation.document", () => CaseDocuments.Run(Retirement(citation: """{ "article": 4 }""")));

    [Fact]
    public void Run_CitationNotFound_DescribesEveryPartOfIt() =>
        Assert.Equal(
            ["no finding cites NĐ 135/2020/NĐ-CP, Article 4, clause 1, point a, section II.1"],
            CaseDocuments.Failures(Retirement(citation: """{ "document": "NĐ 135/2020/NĐ-CP", "article": 4, "clause": 1, "point": "a", "section": "II.1" }""")));

    [Fact]
    public void Run_CitationOfTheWholeDocument_IsJustItsNumber() =>
        Assert.Equal(["no finding cites NĐ 999"], CaseDocuments.Failures(Retirement(citation: """{ "document": "NĐ 999" }""")));

    [Fact]
    public void Run_CitationMatchingUpToTheArticle_Passes() =>
        Assert.True(CaseDocuments.Run(Retirement(citation: """{ "document": "NĐ 135/2020/NĐ-CP", "article": 4 }""")).Passed);

    [Fact]
    public void Run_CitationWithAClauseTheFindingLacks_Fails() =>
        Assert.Equal(
            ["no finding cites NĐ 135/2020/NĐ-CP, Article 4, clause 1"],
            CaseDocuments.Failures(Retirement(citation: """{ "document": "NĐ 135/2020/NĐ-CP", "article": 4, "clause": 1 }""")));

    // QĐ 366's quota allocation cites Article 11, clause 1, point 1.5; its HTXS rules cite Article 11, clause 1 (no point).
    private static string Qd366Quota(string citation) => CaseDocuments.Case(
        "evaluation",
        CaseDocuments.EvaluationFacts("2025-12-20", "partyMember", CaseDocuments.Person("p1", """ "score": { "general": 30, "results": 60 } """)),
        """{ "outcomes": { "p1": "good" } }""",
        "party-eval-qd366",
        citation: citation);

    [Fact]
    public void Run_CitationWithTheRightPoint_Passes()
    {
        CaseResult result = CaseDocuments.Run(Qd366Quota("""{ "document": "QĐ 366-QĐ/TW", "article": 11, "clause": 1, "point": "1.5" }"""));
        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void Run_CitationWithAnotherPoint_Fails() =>
        Assert.Equal(
            ["no finding cites QĐ 366-QĐ/TW, Article 11, clause 1, point 1.4"],
            CaseDocuments.Failures(Qd366Quota("""{ "document": "QĐ 366-QĐ/TW", "article": 11, "clause": 1, "point": "1.4" }""")));

    [Fact]
    public void Run_CitationWithAnotherClause_Fails() =>
        Assert.Equal(
            ["no finding cites QĐ 366-QĐ/TW, Article 11, clause 9"],
            CaseDocuments.Failures(Qd366Quota("""{ "document": "QĐ 366-QĐ/TW", "article": 11, "clause": 9 }""")));

    // Under QĐ 80 the age rule cites HD 06 section 1.2; the other findings cite QĐ 80 as a whole.
    private static string Qd80Appointment(string citation) => CaseDocuments.Case(
        "appointment", CaseDocuments.AppointmentFacts, """{ "outcome": "eligible" }""", "appointment-qd80", citation: citation);

    [Fact]
    public void Run_CitationWithTheRightSection_Passes()
    {
        CaseResult result = CaseDocuments.Run(Qd80Appointment("""{ "document": "HĐ 06-HD/BTCTW", "section": "1.2" }"""));
        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void Run_CitationWithAnotherSection_Fails() =>
        Assert.Equal(
            ["no finding cites HĐ 06-HD/BTCTW, section 1.3"],
            CaseDocuments.Failures(Qd80Appointment("""{ "document": "HĐ 06-HD/BTCTW", "section": "1.3" }""")));
}
