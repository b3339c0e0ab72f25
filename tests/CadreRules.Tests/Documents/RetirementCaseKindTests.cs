using CadreRules.Documents;
using CadreRules.Rules;

namespace CadreRules.Tests.Documents;

/// <summary>The <c>retirement</c> case kind: one failure text per expectation, each expectation alone, the paths of bad cases.</summary>
public class RetirementCaseKindTests
{
    // A man born 02/1965: 61y6m, reached in 2026-08, retires 2026-08-31, 60 months left at 2021-08-01.
    private static string Retirement(string expected, string? asOf = "2021-08-01", string facts = CaseDocuments.RetirementFacts) =>
        CaseDocuments.Case("retirement", facts, expected, asOf: asOf);

    [Theory]
    [InlineData("""{ "retirementAge": { "years": 61, "months": 6 } }""")]
    [InlineData("""{ "reachedIn": "2026-08" }""")]
    [InlineData("""{ "retirementDate": "2026-08-31" }""")]
    [InlineData("""{ "monthsLeft": 60 }""")]
    public void Run_OneRightExpectation_Passes(string expected)
    {
        CaseResult result = CaseDocuments.Run(Retirement(expected));
        Assert.True(result.Passed, result.ToString());
    }

    [Theory]
    [InlineData("""{ "retirementAge": { "years": 61, "months": 7 } }""", "retirement age: expected 61y7m, actual 61y6m")]
    [InlineData("""{ "retirementAge": { "years": 62, "months": 6 } }""", "retirement age: expected 62y6m, actual 61y6m")]
    [InlineData("""{ "reachedIn": "2026-09" }""", "age reached in: expected 2026-09, actual 2026-08")]
    [InlineData("""{ "retirementDate": "2026-08-30" }""", "retirement date: expected 2026-08-30, actual 2026-08-31")]
    [InlineData("""{ "monthsLeft": 61 }""", "months left at 2021-08-01: expected 61, actual 60")]
    public void Run_OneWrongExpectation_ReportsIt(string expected, string failure) =>
        Assert.Equal([failure], CaseDocuments.Failures(Retirement(expected)));

    [Fact]
    public void Run_EveryExpectationWrong_ReportsEachInOrder() =>
        Assert.Equal(
            [
                "retirement age: expected 60y0m, actual 61y6m",
                "age reached in: expected 2025-02, actual 2026-08",
                "retirement date: expected 2025-02-28, actual 2026-08-31",
                "months left at 2021-08-01: expected 43, actual 60",
            ],
            CaseDocuments.Failures(Retirement("""
                { "retirementAge": { "years": 60, "months": 0 }, "reachedIn": "2025-02", "retirementDate": "2025-02-28", "monthsLeft": 43 }
                """)));

    [Theory]
    [InlineData("""{ "retirementAge": { "months": 6 } }""", "$.expected.retirementAge.years")]
    [InlineData("""{ "retirementAge": { "years": 61 } }""", "$.expected.retirementAge.months")]
    public void Run_IncompleteRetirementAge_NamesTheMissingPart(string expected, string path)
    {
        DocumentException e = DocumentAssert.FailsAt(path, () => CaseDocuments.Run(Retirement(expected)));
        Assert.Equal(path + ": required field is missing.", e.Message);
    }

    [Fact]
    public void Run_FactsNotAnObject_NamesFacts()
    {
        DocumentException e = DocumentAssert.FailsAt("$.facts", () => CaseDocuments.Run(Retirement("""{ "monthsLeft": 60 }""", facts: "[]")));
        Assert.Equal("$.facts: expected an object, found an array.", e.Message);
    }

    [Fact]
    public void Run_AsOfBeforeTheBirthDate_NamesAsOf() =>
        DocumentAssert.FailsAt("$.asOf", () => CaseDocuments.Run(Retirement("""{ "monthsLeft": 60 }""", asOf: "1960-01-01")));

    [Fact]
    public void Run_MonthsLeftWithoutAnyDate_SaysHowToGiveOne()
    {
        DocumentException e = DocumentAssert.FailsAt("$.asOf", () => CaseDocuments.Run(Retirement("""{ "monthsLeft": 60 }""", asOf: null)));
        Assert.Equal("$.asOf: 'expected.monthsLeft' is given, so 'asOf' is needed too (or \"regulation\": \"in force on yyyy-MM-dd\").", e.Message);
        Assert.Equal("$.asOf: đã ghi 'expected.monthsLeft' thì phải ghi cả 'asOf' (hoặc \"regulation\": \"in force on yyyy-MM-dd\").", DocumentMessages.Format(e, Language.Vietnamese));
    }
}
