using System;
using System.Text.Json;
using CadreRules.Rules;
using CadreRules.Documents;

namespace CadreRules.Tests.Documents;

/// <summary>The <c>planning</c> case kind: failure texts, each expectation alone, structure groups, paths of bad cases.</summary>
public class PlanningCaseKindTests
{
    // QĐ 377: up to 3 candidates for one seat; 2 → no violation, 4 → one.
    private static string Planning(string expected, string? facts = null) =>
        CaseDocuments.Case("planning", facts ?? CaseDocuments.PlanningFacts(), expected, "planning-qd377");

    [Theory]
    [InlineData("""{ "violations": 0 }""")]
    [InlineData("""{ "eligible": { "c01": true, "c02": true } }""")]
    [InlineData("""{ "womenShare": { "commune": "0,0%" } }""")]
    [InlineData("""{ "womenShare": { "commune": "0%" } }""")]
    [InlineData("""{ "womenShare": { "commune": "0/2" } }""")]
    public void Run_OneRightExpectation_Passes(string expected)
    {
        CaseResult result = CaseDocuments.Run(Planning(expected));
        Assert.True(result.Passed, result.ToString());
    }

    [Theory]
    [InlineData("""{ "violations": 1 }""", "violations: expected 1, actual 0")]
    [InlineData("""{ "eligible": { "c02": false } }""", "c02 eligible: expected False, actual True")]
    [InlineData("""{ "womenShare": { "commune": "50,0%" } }""", "women share of commune: expected 50,0%, actual 0,0%")]
    public void Run_OneWrongExpectation_ReportsIt(string expected, string failure) =>
        Assert.Equal([failure], CaseDocuments.Failures(Planning(expected)));

    // A share as an analyst writes it: compared at the precision printed (one decimal of a percentage).
    [Theory]
    [InlineData("50%")]
    [InlineData("50,0%")]
    [InlineData("50.0 %")]
    [InlineData("0.5")]
    [InlineData("1/2")]
    public void Run_WomenShareInAnyForm_Passes(string share)
    {
        CaseResult result = CaseDocuments.Run(Planning($$"""{ "womenShare": { "commune": "{{share}}" } }""", CaseDocuments.PlanningFacts(women: 1)));
        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void Run_WomenShareNotUnderstood_NamesItsPath() =>
        Assert.Equal(DocumentErrorCodes.NotUnderstood, DocumentAssert.FailsAt("$.expected.womenShare.commune", () => CaseDocuments.Run(Planning("""{ "womenShare": { "commune": "một nửa" } }"""))).Code);

    [Fact]
    public void Run_NothingExpected_NamesExpected()
    {
        DocumentException e = DocumentAssert.FailsAt("$.expected", () => CaseDocuments.Run(Planning("{}")));
        Assert.Equal("$.expected: the case expects at least one of violations, eligible, womenShare, youngShare, ethnicMinorityShare, titleStatus, advisedMinimum, eligibleCount.", e.Message);
    }

    [Fact]
    public void Run_ExpectedNotAnObject_NamesExpected()
    {
        DocumentException e = DocumentAssert.FailsAt("$.expected", () => CaseDocuments.Run(Planning("1")));
        Assert.Equal("$.expected: expected an object, found a number.", e.Message);
    }

    [Fact]
    public void Run_UnknownCandidateExpected_NamesTheKey()
    {
        DocumentException e = DocumentAssert.FailsAt("$.expected.eligible.c99", () => CaseDocuments.Run(Planning("""{ "eligible": { "c99": true } }""")));
        Assert.Equal("$.expected.eligible.c99: no candidate 'c99' in the list.", e.Message);
    }

    [Fact]
    public void Run_WomenShareOfAStructureGroup_IsKeyedLevelSlashGroup()
    {
        CaseResult result = CaseDocuments.Run(Planning("""{ "womenShare": { "commune/btv": "50,0%" } }""", CaseDocuments.PlanningFacts(women: 1, group: "btv")));
        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void Run_UnknownStructureGroup_ListsTheGroups()
    {
        string json = Planning("""{ "womenShare": { "commune": "50,0%" } }""", CaseDocuments.PlanningFacts(women: 1, group: "btv"));
        DocumentException e = DocumentAssert.FailsAt("$.expected.womenShare.commune", () => CaseDocuments.Run(json));
        Assert.Equal("$.expected.womenShare.commune: no structure group 'commune'. Groups: commune/btv.", e.Message);
    }

    [Fact]
    public void Run_FactsNotAnObject_NamesFacts()
    {
        DocumentException e = DocumentAssert.FailsAt("$.facts", () => CaseDocuments.Run(Planning("""{ "violations": 0 }""", "[]")));
        Assert.Equal("$.facts: expected an object, found an array.", e.Message);
    }

    [Fact]
    public void Run_FactMissing_NamesItsPathUnderFacts() =>
        DocumentAssert.FailsAt("$.facts.titles[0].level", () => CaseDocuments.Run(Planning(
            """{ "violations": 0 }""", CaseDocuments.PlanningFacts().Replace(", \"level\": \"commune\"", string.Empty, System.StringComparison.Ordinal))));

    // The root finding's status is not carried by CaseResult: read it from the kind itself.
    [Theory]
    [InlineData(2, FindingStatus.Satisfied)]
    [InlineData(4, FindingStatus.NotSatisfied)]
    public void Run_RootFinding_IsNotSatisfiedWhenTheListHasViolations(int candidates, FindingStatus status)
    {
        using JsonDocument facts = JsonDocument.Parse(CaseDocuments.PlanningFacts(candidates));
        using JsonDocument expected = JsonDocument.Parse("""{ "violations": 0 }""");
        var input = new CaseInput("n", null, null, null, facts.RootElement, expected.RootElement, ShippedRegulations.Catalog);
        Finding root = new PlanningCaseKind().Run(input).Explanation;
        Assert.Equal("Case.Planning", root.Code.Value);
        Assert.Equal(status, root.Status);
    }

    [Theory]
    [InlineData("C01")]
    [InlineData(" c01 ")]
    public void Run_EligibleKey_IsComparedAsACadreIdTrimmedIgnoringCase(string key)
    {
        CaseResult result = CaseDocuments.Run(Planning($$"""{ "eligible": { "{{key}}": true } }"""));
        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void Run_EligibleKeyGivenTwiceAfterNormalisation_IsRefusedAtTheSecond()
    {
        DocumentException e = DocumentAssert.FailsAt("$.expected.eligible['C01 ']", () => CaseDocuments.Run(Planning("""{ "eligible": { "c01": true, "C01 ": true } }""")));
        Assert.Equal(DocumentErrorCodes.DuplicateId, e.Code);
        Assert.Equal(["C01", "$.expected.eligible.c01"], e.Arguments);
    }

    [Fact]
    public void Run_BlankEligibleKey_IsADocumentError() =>
        DocumentAssert.FailsAt("$.expected.eligible[' ']", () => CaseDocuments.Run(Planning("""{ "eligible": { " ": true } }""")));
}
