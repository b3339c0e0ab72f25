using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>
/// <c>"kind": "committee"</c>: facts are one candidacy of a committee candidacies document (the cadre in full or
/// <c>cadreRef</c> into the case's roster, <c>level</c>, <c>reElection</c>, <c>provincialDeputySecretary</c>), judged by
/// <c>regulation</c> or the committee regulation in force for party members at the end of the level's age month.
/// Expected: any of <c>outcome</c>, <c>monthsLeft</c>, <c>minMonths</c>, <c>ageMonth</c>.
/// </summary>
internal sealed class CommitteeCaseKind : ICaseKind
{
    public string Name => "committee";

    public CaseOutcome Run(CaseInput input)
    {
        if (input.Regulation is { } chosen && chosen is not CommitteeMembershipRegulation)
        {
            throw Require.WrongTopic(chosen, Name);
        }

        CommitteeCandidacy candidacy = CommitteeCandidaciesMapper.ToCandidacy(DocumentReader.ParseElement(input.Facts, CadreJsonContext.Default.CommitteeCandidacyJson, "$.facts"), "$.facts", input.Roster);
        CommitteeExpectedJson expected = DocumentReader.ParseElement(input.Expected, CadreJsonContext.Default.CommitteeExpectedJson, "$.expected");
        if (expected.Outcome is null && expected.MonthsLeft is null && expected.MinMonths is null && expected.AgeMonth is null)
        {
            throw DocumentException.Of("$.expected", DocumentErrorCodes.NothingExpected, null, "outcome, monthsLeft, minMonths, ageMonth");
        }

        if (expected.Outcome is not (null or "eligible" or "notEligible"))
        {
            throw DocumentException.NotUnderstood("$.expected.outcome", InputForms.Choice, expected.Outcome, ["eligible", "notEligible"]);
        }

        CommitteeMembershipRegulation regulation = CaseRegulation.Resolve<CommitteeMembershipRegulation>(input, RegulationTopic.Appointment, SubjectKind.PartyMember, CommitteeImpact.JudgedOn(candidacy));
        Verdict<AppointmentOutcome> verdict = regulation.Explain(candidacy);
        var failures = EligibilityCase.Compare(new EligibilityExpectedJson { Outcome = expected.Outcome, MonthsLeft = expected.MonthsLeft }, verdict.Outcome == AppointmentOutcome.Eligible, candidacy.MonthsLeft);
        if (expected.MinMonths is { } min && verdict.Explanation.Values.Where(v => v.Name == "minMonths").Select(v => v.Value).FirstOrDefault() is long actual && actual != min)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"minimum months: expected {min}, actual {actual}"));
        }

        if (expected.AgeMonth is { } month && month != candidacy.AgeMonth)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"age month: expected {month:yyyy-MM}, actual {candidacy.AgeMonth:yyyy-MM}"));
        }

        return new CaseOutcome(verdict.Explanation, failures);
    }
}
