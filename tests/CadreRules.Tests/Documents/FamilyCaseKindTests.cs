using System;
using System.IO;
using System.Linq;
using CadreRules.Documents;

namespace CadreRules.Tests.Documents;

/// <summary>The case kinds of the families reached by issue 20 (review, non-local, position change, committee,
/// composition) and the case's <c>roster</c>: each kind passes and fails, and bad cases name their path.</summary>
public class FamilyCaseKindTests
{
    private static CaseResult Run(string json) => CaseRunner.Run(json, "inline", ShippedRegulations.Catalog);

    private static string Shipped(string file) => File.ReadAllText(Path.Combine(CaseRunnerTests.CasesFolder, file));

    // ---- review ------------------------------------------------------------------------------------

    [Fact]
    public void Review_ShippedCase_Passes() =>
        Assert.True(Run(Shipped(Path.Combine("review", "qd377-addition-fills-the-last-place-the-next-is-refused.json"))).Passed);

    [Fact]
    public void Review_WrongOutcomeCountAndAgeMonth_FailsWithEachDifference()
    {
        string json = Shipped(Path.Combine("review", "qd377-sixty-months-left-at-the-age-month-kept-fifty-nine-removed.json"))
            .Replace("\"b\": {\n        \"ct\": \"removed\"", "\"b\": {\n        \"ct\": \"kept\"", StringComparison.Ordinal)
            .Replace("\"ageMonth\": \"2030-07\"", "\"ageMonth\": \"2030-08\"", StringComparison.Ordinal);

        CaseResult result = Run(json);

        Assert.Equal(["b → ct: expected kept, actual removed", "age month: expected 2030-08, actual 2030-07"], result.Failures.ToArray());
    }

    [Fact]
    public void Review_ExpectedPairNotInTheReview_IsBadInputAtItsPath()
    {
        string json = Shipped(Path.Combine("review", "qd377-discipline-after-the-list-date-removes.json"))
            .Replace("\"b\": {\n        \"ct\": \"kept\"", "\"b\": {\n        \"pct\": \"kept\"", StringComparison.Ordinal);

        DocumentException e = DocumentAssert.FailsAt("$.expected.outcomes.b.pct", () => Run(json));
        Assert.Equal(DocumentErrorCodes.UnknownReference, e.Code);
    }

    [Fact]
    public void Review_NoExpectation_IsBadInput()
    {
        string json = Shipped(Path.Combine("review", "qd377-discipline-after-the-list-date-removes.json"));
        int at = json.IndexOf("\"expected\"", StringComparison.Ordinal);
        string emptied = json[..at] + "\"expected\": {}, \"expectedRuleCodes\": []\n}\n";

        DocumentAssert.FailsAt("$.expected", () => Run(emptied));
    }

    [Fact]
    public void Review_OutcomeNotAName_NamesTheAcceptedOnes()
    {
        string json = Shipped(Path.Combine("review", "qd377-discipline-after-the-list-date-removes.json"))
            .Replace("\"ct\": \"kept\"", "\"ct\": \"stays\"", StringComparison.Ordinal);

        DocumentException e = Assert.Throws<DocumentException>(() => Run(json));
        Assert.Equal(DocumentErrorCodes.WrongType, e.Code);
        Assert.Equal(["oneOf", "kept, removed, added, refused"], e.Arguments);
    }

    // ---- non-local ---------------------------------------------------------------------------------

    [Fact]
    public void NonLocal_WrongShareAndPostCount_FailsWithEachDifference()
    {
        string json = Shipped(Path.Combine("non-local", "seed001-thanh-tri-17-of-32-over-target.json"))
            .Replace("\"share\": \"53,1%\"", "\"share\": \"53%\"", StringComparison.Ordinal)
            .Replace("\"chair\": \"5/16\"", "\"chair\": \"6/16\"", StringComparison.Ordinal)
            .Replace("\"meetsTarget\": true", "\"meetsTarget\": false", StringComparison.Ordinal);

        Assert.Equal(["share: expected 53%, actual 53,1%", "meets target: expected false, actual true", "chair: expected 6/16, actual 5/16"], Run(json).Failures.ToArray());
    }

    [Fact]
    public void NonLocal_PlanningRegulationChosen_IsBadInputAtRegulation() =>
        DocumentAssert.FailsAt("$.regulation", () => Run(Shipped(Path.Combine("non-local", "twenty-years-there-is-local-nineteen-is-not.json"))
            .Replace("\"rotation-qd65\"", "\"planning-qd377\"", StringComparison.Ordinal)));

    // ---- position-change ---------------------------------------------------------------------------

    [Fact]
    public void PositionChange_WrongStatusAndDate_FailsWithEachDifference()
    {
        string json = Shipped(Path.Combine("position-change", "not-yet-due-the-day-before.json"))
            .Replace("\"status\": \"notYetDue\"", "\"status\": \"due\"", StringComparison.Ordinal)
            .Replace("\"dueOn\": \"2026-03-14\"", "\"dueOn\": \"2026-03-15\"", StringComparison.Ordinal);

        Assert.Equal(["status: expected due, actual notYetDue", "due on: expected 2026-03-15, actual 2026-03-14"], Run(json).Failures.ToArray());
    }

    [Fact]
    public void PositionChange_NoDateAsked_IsBadInputAtAsOf()
    {
        string json = Shipped(Path.Combine("position-change", "not-yet-due-the-day-before.json")).Replace("\"asOf\": \"2026-03-13\",", string.Empty, StringComparison.Ordinal);

        DocumentAssert.FailsAt("$.asOf", () => Run(json));
    }

    // ---- committee ---------------------------------------------------------------------------------

    [Fact]
    public void Committee_WrongOutcomeAndThreshold_FailsWithEachDifference()
    {
        string json = Shipped(Path.Combine("committee", "ct45-re-election-forty-eight-months-eligible.json"))
            .Replace("\"outcome\": \"eligible\"", "\"outcome\": \"notEligible\"", StringComparison.Ordinal)
            .Replace("\"minMonths\": 48", "\"minMonths\": 60", StringComparison.Ordinal);

        Assert.Equal(["outcome: expected notEligible, actual eligible", "minimum months: expected 60, actual 48"], Run(json).Failures.ToArray());
    }

    [Fact]
    public void Committee_RotationRegulationChosen_IsBadInputAtRegulation()
    {
        string json = Shipped(Path.Combine("committee", "ct45-re-election-forty-eight-months-eligible.json"))
            .Replace("\"kind\": \"committee\",", "\"kind\": \"committee\", \"regulation\": \"rotation-qd65\",", StringComparison.Ordinal);

        DocumentAssert.FailsAt("$.regulation", () => Run(json));
    }

    // ---- composition -------------------------------------------------------------------------------

    [Fact]
    public void Composition_WrongShareAndShortfall_FailsWithEachDifference()
    {
        string json = Shipped(Path.Combine("composition", "women-target-missed-by-one-2-of-20.json"))
            .Replace("\"share\": \"10,0%\"", "\"share\": \"10%\"", StringComparison.Ordinal)
            .Replace("\"shortfall\": 1", "\"shortfall\": 2", StringComparison.Ordinal);

        Assert.Equal(["women share: expected 10%, actual 10,0%", "women shortfall: expected 2, actual 1"], Run(json).Failures.ToArray());
    }

    [Fact]
    public void Composition_MeetsTargetWithoutATarget_IsBadInputAtTheMeasure() =>
        DocumentAssert.FailsAt("$.expected.young", () => Run(Shipped(Path.Combine("composition", "women-target-missed-by-one-2-of-20.json"))
            .Replace("\"expected\": {", "\"expected\": { \"young\": { \"meetsTarget\": true },", StringComparison.Ordinal)));

    [Fact]
    public void Composition_RegulationGiven_IsBadInputAtRegulation() =>
        DocumentAssert.FailsAt("$.regulation", () => Run(Shipped(Path.Combine("composition", "empty-body-has-no-share.json"))
            .Replace("\"kind\": \"composition\",", "\"kind\": \"composition\", \"regulation\": \"planning-qd377\",", StringComparison.Ordinal)));

    [Fact]
    public void Composition_WrongQualificationShare_FailsAtThePrecisionWritten()
    {
        string json = Shipped(Path.Combine("composition", "seed004-lang-son-committee-qualifications.json"))
            .Replace("\"share\": \"90,2%\"", "\"share\": \"90,3%\"", StringComparison.Ordinal)
            .Replace("\"share\": \"100%\"", "\"share\": \"99%\"", StringComparison.Ordinal);

        Assert.Equal(["university or higher share: expected 99%, actual 100%", "political theory advanced share: expected 90,3%, actual 90,2%"], Run(json).Failures.ToArray());
    }

    [Fact]
    public void Composition_ArticleRoundedFigure_PassesAtNoDecimals()
    {
        string json = Shipped(Path.Combine("composition", "seed004-lang-son-committee-qualifications.json"))
            .Replace("\"share\": \"90,2%\"", "\"share\": \"90%\"", StringComparison.Ordinal);

        Assert.True(Run(json).Passed);
    }

    [Fact]
    public void Composition_FirstTimeExpectedWithoutFirstTimeFacts_IsBadInputAtTheMeasure() =>
        DocumentAssert.FailsAt("$.expected.firstTime", () => Run(Shipped(Path.Combine("composition", "seed004-lang-son-committee-qualifications.json"))
            .Replace("\"expected\": {", "\"expected\": { \"firstTime\": { \"count\": 1 },", StringComparison.Ordinal)));

    [Fact]
    public void Composition_EmptyShareExpectation_IsBadInputAtTheMeasure() =>
        DocumentAssert.FailsAt("$.expected.universityOrHigher", () => Run(Shipped(Path.Combine("composition", "first-time-7-of-20-re-elected-13-of-20.json"))
            .Replace("\"expected\": {", "\"expected\": { \"universityOrHigher\": {},", StringComparison.Ordinal)));

    // ---- statistics ---------------------------------------------------------------------------------

    [Fact]
    public void Statistics_WrongCountAndShare_FailsWithEachDifference()
    {
        string json = Shipped(Path.Combine("statistics", "seed000-lang-son-city-147-managers-2022.json"))
            .Replace("\"count\": 134", "\"count\": 133", StringComparison.Ordinal)
            .Replace("\"share\": \"10,2%\"", "\"share\": \"10,3%\"", StringComparison.Ordinal);

        Assert.Equal(["young share: expected 10,3%, actual 10,2%", "university or higher count: expected 133, actual 134"], Run(json).Failures.ToArray());
    }

    [Fact]
    public void Statistics_WithoutARoster_IsBadInputAtRoster()
    {
        string json = """{ "schemaVersion": 1, "kind": "statistics", "name": "n", "facts": { "asOf": "2025-07-01", "youngAge": 42 }, "expected": { "total": 0 } }""";

        DocumentAssert.FailsAt("$.roster", () => Run(json));
    }

    [Theory]
    [InlineData("\"expected\": { \"total\": 0 }", "\"expected\": {}", "$.expected")]
    [InlineData("\"youngAge\": 42", "\"youngAge\": 0", "$.facts.youngAge")]
    [InlineData("\"asOf\": \"2025-07-01\", ", "", "$.facts.asOf")]
    [InlineData("\"kind\": \"statistics\",", "\"kind\": \"statistics\", \"regulation\": \"planning-qd377\",", "$.regulation")]
    [InlineData("\"total\": 0", "\"total\": -1", "$.expected.total")]
    public void Statistics_BadInput_FailsAtItsPath(string from, string to, string path)
    {
        string json = """{ "schemaVersion": 1, "kind": "statistics", "name": "n", "roster": { "cadres": [] }, "facts": { "asOf": "2025-07-01", "youngAge": 42 }, "expected": { "total": 0 } }""";

        DocumentAssert.FailsAt(path, () => Run(json.Replace(from, to, StringComparison.Ordinal)));
    }

    [Fact]
    public void Statistics_CadreBornAfterTheDate_IsBadInputAtItsBirthDate()
    {
        string json = """{ "schemaVersion": 1, "kind": "statistics", "name": "n", "roster": { "cadres": [ { "id": "a", "sex": "male", "birthDate": "2026-01-01" } ] }, "facts": { "asOf": "2025-07-01", "youngAge": 42 }, "expected": { "total": 1 } }""";

        DocumentAssert.FailsAt("$.roster.cadres[0].birthDate", () => Run(json));
    }

    // ---- planning: every share and each title's status ----------------------------------------------

    [Fact]
    public void Planning_WrongYoungShareAndTitleStatus_FailsWithEachDifference()
    {
        string json = Shipped(Path.Combine("planning", "qd377-committee-17-women-of-41.json"))
            .Replace("\"youngShare\": {\n      \"commune\": \"0,0%\"", "\"youngShare\": {\n      \"commune\": \"10,0%\"", StringComparison.Ordinal)
            .Replace("\"bch\": \"withinBounds\"", "\"bch\": \"tooFew\"", StringComparison.Ordinal);

        Assert.Equal(["young share of commune: expected 10,0%, actual 0,0%", "status of bch: expected tooFew, actual withinBounds"], Run(json).Failures.ToArray());
    }

    [Fact]
    public void Planning_WrongAdvisedMinimumAndEligibleCount_FailsWithEachDifference()
    {
        string json = Shipped(Path.Combine("planning", "planning-qd377-1-candidates.json"))
            .Replace("\"advisedMinimum\": {\n      \"ct\": 2", "\"advisedMinimum\": {\n      \"ct\": 3", StringComparison.Ordinal)
            .Replace("\"eligibleCount\": {\n      \"ct\": 1", "\"eligibleCount\": {\n      \"ct\": 2", StringComparison.Ordinal);

        Assert.Equal(["advised minimum of ct: expected 3, actual 2", "eligible candidates of ct: expected 2, actual 1"], Run(json).Failures.ToArray());
    }

    [Fact]
    public void Planning_AdvisedMinimumOfAnUnknownTitle_IsBadInputAtItsKey() =>
        Assert.Equal(DocumentErrorCodes.UnknownReference, DocumentAssert.FailsAt("$.expected.advisedMinimum.zz", () => Run(Shipped(Path.Combine("planning", "planning-qd377-1-candidates.json"))
            .Replace("\"advisedMinimum\": {\n      \"ct\": 2", "\"advisedMinimum\": {\n      \"zz\": 2", StringComparison.Ordinal))).Code);

    [Fact]
    public void Planning_StatusOfAnUnknownTitle_IsBadInputAtItsKey() =>
        Assert.Equal(DocumentErrorCodes.UnknownReference, DocumentAssert.FailsAt("$.expected.titleStatus.ct", () => Run(Shipped(Path.Combine("planning", "qd377-committee-17-women-of-41.json"))
            .Replace("\"bch\": \"withinBounds\"", "\"ct\": \"withinBounds\"", StringComparison.Ordinal))).Code);

    // ---- roster ------------------------------------------------------------------------------------

    [Fact]
    public void Planning_CadreRefWithoutTheCaseRoster_RefusedAtTheReference()
    {
        string json = Shipped(Path.Combine("planning", "planning-qd377-2-candidates-by-cadre-ref.json"));
        int start = json.IndexOf("\"roster\"", StringComparison.Ordinal);
        int end = json.IndexOf("\"facts\"", StringComparison.Ordinal);

        DocumentAssert.FailsAt("$.facts.candidates[0].cadreRef", () => Run(json[..start] + json[end..]));
    }

    [Fact]
    public void Planning_CaseRosterWithAnError_NamesTheRosterPath() =>
        DocumentAssert.FailsAt("$.roster.cadres[1].birthDate", () => Run(Shipped(Path.Combine("planning", "planning-qd377-2-candidates-by-cadre-ref.json"))
            .Replace("\"birthDate\": \"1990-05-10\",\n        \"name\": \"Người C02\"", "\"birthDate\": \"1990-13\",\n        \"name\": \"Người C02\"", StringComparison.Ordinal)));

    [Fact]
    public void Planning_CadreRefToNoCadreOfTheRoster_UnknownReference()
    {
        DocumentException e = DocumentAssert.FailsAt("$.facts.candidates[1].cadreRef", () => Run(Shipped(Path.Combine("planning", "planning-qd377-2-candidates-by-cadre-ref.json"))
            .Replace("\"cadreRef\": \"C02 \"", "\"cadreRef\": \"c03\"", StringComparison.Ordinal)));

        Assert.Equal(["c03", "cadre", ""], e.Arguments);
    }
}
