using System;
using System.Linq;
using CadreRules.Documents;

namespace CadreRules.Tests.Documents;

/// <summary>The <c>evaluation</c> case kind: failure texts, each expectation alone, outcomes without a quota, paths of bad cases.</summary>
public class EvaluationCaseKindTests
{
    private const string Excellent = """ "score": { "general": 30, "results": 60 } """;

    // Under QĐ 366 a lone person qualifying for HTXS (excellent) keeps only HTT (good) after the unit quota.
    private static string Qd366(string expected, string? facts = null) => CaseDocuments.Case(
        "evaluation",
        facts ?? CaseDocuments.EvaluationFacts("2025-12-20", "partyMember", CaseDocuments.Person("p1", Excellent)),
        expected,
        "party-eval-qd366");

    [Theory]
    [InlineData("""{ "outcomes": { "p1": "good" } }""")]
    [InlineData("""{ "qualified": { "p1": "excellent" } }""")]
    [InlineData("""{ "counts": { "good": 1, "excellent": 0 } }""")]
    public void Run_OneRightExpectation_Passes(string expected)
    {
        CaseResult result = CaseDocuments.Run(Qd366(expected));
        Assert.True(result.Passed, result.ToString());
    }

    [Theory]
    [InlineData("""{ "outcomes": { "p1": "excellent" } }""", "p1 after the quota: expected excellent, actual good")]
    [InlineData("""{ "qualified": { "p1": "good" } }""", "p1 before the quota: expected good, actual excellent")]
    [InlineData("""{ "counts": { "excellent": 1 } }""", "count of excellent: expected 1, actual 0")]
    public void Run_OneWrongExpectation_ReportsIt(string expected, string failure) =>
        Assert.Equal([failure], CaseDocuments.Failures(Qd366(expected)));

    [Fact]
    public void Run_NothingExpected_NamesExpected()
    {
        DocumentException e = DocumentAssert.FailsAt("$.expected", () => CaseDocuments.Run(Qd366("{}")));
        Assert.Equal("$.expected: the case expects at least one of outcomes, qualified, counts.", e.Message);
    }

    [Fact]
    public void Run_ExpectedNotAnObject_NamesExpected()
    {
        DocumentException e = DocumentAssert.FailsAt("$.expected", () => CaseDocuments.Run(Qd366("[]")));
        Assert.Equal("$.expected: expected an object, found an array.", e.Message);
    }

    [Theory]
    [InlineData("outcomes")]
    [InlineData("qualified")]
    public void Run_UnknownPersonExpected_NamesTheKey(string field)
    {
        string path = "$.expected." + field + ".p9";
        DocumentException e = DocumentAssert.FailsAt(path, () => CaseDocuments.Run(Qd366($$"""{ "{{field}}": { "p9": "good" } }""")));
        Assert.Equal(path + ": no person 'p9' in the facts.", e.Message);
    }

    [Fact]
    public void Run_FactsNotAnObject_NamesFacts()
    {
        DocumentException e = DocumentAssert.FailsAt("$.facts", () => CaseDocuments.Run(Qd366("""{ "counts": { "good": 1 } }""", "[]")));
        Assert.Equal("$.facts: expected an object, found an array.", e.Message);
    }

    [Fact]
    public void Run_FactOfTheWrongType_NamesItsPathUnderFacts() =>
        DocumentAssert.FailsAt("$.facts.year", () => CaseDocuments.Run(Qd366("""{ "counts": { "good": 1 } }""", """{ "year": "x" }""")));

    [Fact]
    public void Run_RegulationNotInForceOnTheEvaluationDate_NamesThePersonsDate()
    {
        string facts = CaseDocuments.EvaluationFacts("2022-12-20", "partyMember", CaseDocuments.Person("p1", Excellent));
        DocumentException e = DocumentAssert.FailsAt("$.facts.people[0].evaluatedOn", () => CaseDocuments.Run(Qd366("""{ "counts": { "good": 1 } }""", facts)));
        Assert.Contains("'party-eval-qd366' is not in force on 20/12/2022", e.Message, StringComparison.Ordinal);
    }

    // NĐ 90 sets no unit quota: the outcome after the quota is the classification itself; 3 months worked is not rated.
    [Fact]
    public void Run_RegulationWithoutQuota_KeepsEachClassification()
    {
        string json = CaseDocuments.Case(
            "evaluation",
            CaseDocuments.EvaluationFacts(
                "2021-12-10",
                "civilServant",
                CaseDocuments.Person("p1", """ "grades": { "general": "excellent", "results": "excellent" } """),
                CaseDocuments.Person("p2", """ "grades": { "general": "good", "results": "good" }, "monthsWorked": 3 """)),
            """
            { "outcomes": { "p1": "good", "p2": "notRated" }, "qualified": { "p1": "good", "p2": "notRated" }, "counts": { "good": 1, "notRated": 1 } }
            """,
            "state-eval-nd90");
        CaseResult result = CaseDocuments.Run(json);
        Assert.True(result.Passed, result.ToString());
    }

    // The round reports every person it cannot classify; the case runner gives each at its JSON path under $.facts.
    [Fact]
    public void Run_PeopleTheRoundRefuses_AreEachNamedAtTheirPath()
    {
        const string Grades = """ "grades": { "general": "excellent", "results": "excellent" } """;
        string facts = CaseDocuments.EvaluationFacts(
            "2025-12-20", "partyMember", CaseDocuments.Person("p1", Excellent), CaseDocuments.Person("p2", Grades), CaseDocuments.Person("p3", Grades));
        DocumentException e = DocumentAssert.FailsAt("$.facts.people[1].score", () => CaseDocuments.Run(Qd366("""{ "counts": { "good": 1 } }""", facts)));
        Assert.Equal(["$.facts.people[1].score", "$.facts.people[2].score"], e.Errors.Select(error => error.Path));
        Assert.All(e.Errors, error => Assert.Equal(DocumentErrorCodes.Refused, error.Code));
        Assert.IsType<CadreRules.Evaluation.EvaluationRoundException>(e.InnerException);
    }

    [Fact]
    public void Run_UnitFlaggedOutstandingForSomeOnly_NamesTheFlag()
    {
        string facts = CaseDocuments.EvaluationFacts(
            "2025-12-20", "partyMember", CaseDocuments.Person("p1", Excellent), CaseDocuments.Person("p2", Excellent + """, "unitIsOutstanding": true """));
        DocumentAssert.FailsAt("$.facts.people[1].unitIsOutstanding", () => CaseDocuments.Run(Qd366("""{ "counts": { "good": 1 } }""", facts)));
    }

    [Fact]
    public void Run_NoRegulationInForceOnAPersonsDate_NamesThatDate()
    {
        string json = CaseDocuments.Case(
            "evaluation", CaseDocuments.EvaluationFacts("1990-12-20", "partyMember", CaseDocuments.Person("p1", Excellent)), """{ "counts": { "good": 1 } }""");
        DocumentAssert.FailsAt("$.facts.people[0].evaluatedOn", () => CaseDocuments.Run(json));
    }

    [Theory]
    [InlineData("""{ "outcomes": { "P1": "good" } }""")]
    [InlineData("""{ "qualified": { " p1 ": "excellent" } }""")]
    public void Run_PersonKey_IsComparedAsACadreIdTrimmedIgnoringCase(string expected)
    {
        CaseResult result = CaseDocuments.Run(Qd366(expected));
        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void Run_PersonKeyGivenTwiceAfterNormalisation_IsRefused() =>
        DocumentAssert.FailsAt("$.expected.outcomes.P1", () => CaseDocuments.Run(Qd366("""{ "outcomes": { "p1": "good", "P1": "good" } }""")));
}

/// <summary>An analyst writes the expected levels, dates and selector as they write them elsewhere.</summary>
public class ForgivingCaseFileTests
{
    private const string Excellent = """ "score": { "general": 30, "results": 60 } """;

    private static string Qd366(string expected, string date = "2025-12-20", string regulation = "party-eval-qd366") => CaseDocuments.Case(
        "evaluation",
        $$"""{ "year": 2025, "subjectKind": "partyMember", "evaluatedOn": "{{date}}", "people": [{{CaseDocuments.Person("p1", Excellent)}}] }""",
        expected,
        regulation);

    [Theory]
    [InlineData("""{ "outcomes": { "p1": "HTT" } }""")]
    [InlineData("""{ "outcomes": { "p1": "Hoàn thành tốt nhiệm vụ" } }""")]
    [InlineData("""{ "outcomes": { "p1": "Good" } }""")]
    [InlineData("""{ "qualified": { "p1": "htxs" } }""")]
    [InlineData("""{ "counts": { "HTT": 1, "HTXS": 0, "KHT": 0 } }""")]
    [InlineData("""{ "counts": { "không xếp loại": 0, "chưa xác định": 0, "good": 1 } }""")]
    public void ExpectedLevels_InAnyDocumentedForm_Pass(string expected)
    {
        CaseResult result = CaseDocuments.Run(Qd366(expected));
        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void ExpectedLevel_Wrong_IsReportedWithTheCanonicalName() =>
        Assert.Equal(["p1 after the quota: expected excellent, actual good"], CaseDocuments.Failures(Qd366("""{ "outcomes": { "p1": "HTXS" } }""")));

    [Fact]
    public void ExpectedLevel_NotUnderstood_IsReportedAtItsPath()
    {
        DocumentException e = DocumentAssert.FailsAt("$.expected.outcomes.p1", () => CaseDocuments.Run(Qd366("""{ "outcomes": { "p1": "tốt lắm" } }""")));
        Assert.Equal(DocumentErrorCodes.NotUnderstood, e.Code);
        Assert.StartsWith("$.expected.outcomes.p1: 'tốt lắm' không đọc được; cần một trong các giá trị excellent, good", DocumentMessages.Format(e, CadreRules.Rules.Language.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void DatesAndTheSelector_AsAPersonWritesThem_AreTheIsoOnes()
    {
        CaseResult iso = CaseDocuments.Run(Qd366("""{ "outcomes": { "p1": "good" } }""", "2025-12-20", "in force on 2025-12-20"));
        CaseResult written = CaseDocuments.Run(Qd366("""{ "outcomes": { "p1": "HTT" } }""", "20/12/2025", "In Force On 20/12/2025"));
        Assert.True(iso.Passed, iso.ToString());
        Assert.True(written.Passed, written.ToString());
    }
}
