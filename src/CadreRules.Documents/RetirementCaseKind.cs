using System;
using System.Collections.Generic;
using System.Globalization;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>
/// <c>"kind": "retirement"</c>: facts <c>{ "cadre": {...} }</c>; expected any of <c>retirementAge {years, months}</c>,
/// <c>reachedIn</c>, <c>retirementDate</c>, <c>monthsLeft</c> (counted at the case's <c>asOf</c>).
/// </summary>
internal sealed class RetirementCaseKind : ICaseKind
{
    public string Name => "retirement";

    public CaseOutcome Run(CaseInput input)
    {
        if (input.Regulation is { } regulation && regulation.Topic != RegulationTopic.Retirement)
        {
            throw Require.WrongTopic(regulation, Name);
        }

        RetirementFactsJson facts = DocumentReader.ParseElement(input.Facts, CadreJsonContext.Default.RetirementFactsJson, "$.facts");
        Cadre cadre = RosterMapper.ToCadre(facts.Cadre, "$.facts.cadre");
        RetirementExpectedJson expected = DocumentReader.ParseElement(input.Expected, CadreJsonContext.Default.RetirementExpectedJson, "$.expected");
        if (expected.RetirementAge is null && expected.ReachedIn is null && expected.RetirementDate is null && expected.MonthsLeft is null)
        {
            throw DocumentException.Of("$.expected", DocumentErrorCodes.NothingExpected, null, "retirementAge, reachedIn, retirementDate, monthsLeft");
        }

        // Expected dates are held to the domain's range like every other date: one outside is bad input, not a failure.
        if (expected.RetirementDate is { } expectedDate)
        {
            _ = Require.Build("$.expected", () => DomainCalendar.Check(expectedDate, "retirementDate"), "retirementDate");
        }

        if (expected.ReachedIn is { } expectedMonth)
        {
            _ = Require.Build("$.expected", () => DomainCalendar.Check(expectedMonth, "reachedIn"), "reachedIn");
        }

        RetirementSchedule schedule = RetirementSchedule.For(cadre);
        var failures = new List<string>();
        if (expected.RetirementAge is { } age)
        {
            int years = Require.Value(age.Years, "$.expected.retirementAge.years");
            int months = Require.Value(age.Months, "$.expected.retirementAge.months");
            if (schedule.Age.Years != years || schedule.Age.Months != months)
            {
                failures.Add(Invariant($"retirement age: expected {years}y{months}m, actual {schedule.Age}"));
            }
        }

        if (expected.ReachedIn is { } reachedIn && reachedIn != schedule.AgeReachedIn)
        {
            failures.Add(Invariant($"age reached in: expected {reachedIn:yyyy-MM}, actual {schedule.AgeReachedIn:yyyy-MM}"));
        }

        if (expected.RetirementDate is { } date && date != schedule.RetirementDate)
        {
            failures.Add(Invariant($"retirement date: expected {date:yyyy-MM-dd}, actual {schedule.RetirementDate:yyyy-MM-dd}"));
        }

        if (expected.MonthsLeft is { } monthsLeft)
        {
            LocalDate asOf = input.AsOf ?? throw DocumentException.Of("$.asOf", DocumentErrorCodes.NeedsField, null, "expected.monthsLeft", "asOf", "\"regulation\": \"in force on yyyy-MM-dd\"");
            int actual = Require.Build("$.asOf", () => schedule.MonthsLeftAt(asOf));
            if (actual != monthsLeft)
            {
                failures.Add(Invariant($"months left at {asOf:yyyy-MM-dd}: expected {monthsLeft}, actual {actual}"));
            }
        }

        return new CaseOutcome(schedule.Explain(), failures);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
