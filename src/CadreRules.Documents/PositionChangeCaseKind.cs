using System.Collections.Generic;
using System.Globalization;
using CadreRules.Rotation;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>
/// <c>"kind": "position-change"</c>: facts are one incumbent of a position-changes document (the cadre in full or
/// <c>cadreRef</c> into the case's roster, <c>post</c>, <c>sector</c>, <c>deferrals</c>), asked on its own <c>asOf</c>
/// or the case's; decided by <c>regulation</c> or the position-change regulation in force on that date for civil
/// servants. Expected: any of <c>status</c>, <c>periodMonths</c>, <c>monthsInPost</c>, <c>dueOn</c>,
/// <c>deferredUntil</c>, <c>monthsToRetirement</c>, <c>exemptFrom</c>.
/// </summary>
internal sealed class PositionChangeCaseKind : ICaseKind
{
    public string Name => "position-change";

    public CaseOutcome Run(CaseInput input)
    {
        if (input.Regulation is { } chosen && chosen is not PositionChangeRegulation)
        {
            throw Require.WrongTopic(chosen, Name);
        }

        PositionChangeCase question = PositionChangesMapper.ToCase(DocumentReader.ParseElement(input.Facts, CadreJsonContext.Default.IncumbentJson, "$.facts"), "$.facts", input.Roster, input.AsOf, "$.asOf");
        PositionChangeExpectedJson expected = DocumentReader.ParseElement(input.Expected, CadreJsonContext.Default.PositionChangeExpectedJson, "$.expected");
        if (expected.Status is null && expected.PeriodMonths is null && expected.MonthsInPost is null && expected.DueOn is null
            && expected.DeferredUntil is null && expected.MonthsToRetirement is null && expected.ExemptFrom is null)
        {
            throw DocumentException.Of("$.expected", DocumentErrorCodes.NothingExpected, null, "status, periodMonths, monthsInPost, dueOn, deferredUntil, monthsToRetirement, exemptFrom");
        }

        // An expectation no outcome can have (a count below 0, a date outside the library's calendar) is bad input.
        Require.Count(expected.PeriodMonths, "$.expected.periodMonths", 1);
        Require.Count(expected.MonthsInPost, "$.expected.monthsInPost");
        foreach ((LocalDate? date, string field) in new[] { (expected.DueOn, "dueOn"), (expected.DeferredUntil, "deferredUntil"), (expected.ExemptFrom, "exemptFrom") })
        {
            if (date is { } value)
            {
                _ = Require.Build("$.expected", () => DomainCalendar.Check(value, field), field);
            }
        }

        PositionChangeRegulation regulation = CaseRegulation.Resolve<PositionChangeRegulation>(input, RegulationTopic.PositionChange, SubjectKind.CivilServant, question.AsOf);
        Verdict<PositionChangeAssessment> verdict = regulation.Explain(question);
        PositionChangeAssessment actual = verdict.Outcome;
        var failures = new List<string>();
        if (expected.Status is { } status && status != actual.Status)
        {
            failures.Add($"status: expected {Camel(status)}, actual {Camel(actual.Status)}");
        }

        Compare(failures, "period months", expected.PeriodMonths, actual.PeriodMonths);
        Compare(failures, "months in post", expected.MonthsInPost, actual.MonthsInPost);
        Compare(failures, "months to retirement", expected.MonthsToRetirement, actual.MonthsToRetirement);
        Compare(failures, "due on", expected.DueOn, actual.DueOn);
        Compare(failures, "exempt from", expected.ExemptFrom, actual.ExemptFrom);
        if (expected.DeferredUntil is { } until && until != actual.DeferredUntil)
        {
            failures.Add($"deferred until: expected {Iso(until)}, actual {(actual.DeferredUntil is { } d ? Iso(d) : "none")}");
        }

        return new CaseOutcome(verdict.Explanation, failures);
    }

    private static void Compare(List<string> failures, string what, int? expected, int actual)
    {
        if (expected is { } value && value != actual)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: expected {value}, actual {actual}"));
        }
    }

    private static void Compare(List<string> failures, string what, LocalDate? expected, LocalDate actual)
    {
        if (expected is { } value && value != actual)
        {
            failures.Add($"{what}: expected {Iso(value)}, actual {Iso(actual)}");
        }
    }

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static string Camel(PositionChangeStatus status) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
