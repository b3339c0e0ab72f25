using System.Collections.Generic;
using System.Globalization;
using CadreRules.Appointment;
using CadreRules.Rotation;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>
/// <c>"kind": "rotation"</c>: facts are one rotation request (cadre in full), assessed by <c>regulation</c> or the rotation
/// regulation in force on the rotation's start. Expected: any of <c>outcome</c> (<c>eligible</c> / <c>notEligible</c>),
/// <c>monthsLeft</c> (at the start).
/// </summary>
internal sealed class RotationCaseKind : ICaseKind
{
    public string Name => "rotation";

    public CaseOutcome Run(CaseInput input)
    {
        if (input.Regulation is { } chosen && chosen is not RotationRegulation)
        {
            throw Require.WrongTopic(chosen, Name);
        }

        RotationCase request = RequestMapper.ToRotation(DocumentReader.ParseElement(input.Facts, CadreJsonContext.Default.RotationRequestJson, "$.facts"), "$.facts", input.Roster);
        EligibilityExpectedJson expected = EligibilityCase.ReadExpected(input);
        RotationRegulation regulation = CaseRegulation.Resolve<RotationRegulation>(input, RegulationTopic.Rotation, SubjectKind.Cadre, request.Start);
        Verdict<RotationOutcome> verdict = regulation.Explain(request);
        return new CaseOutcome(verdict.Explanation, EligibilityCase.Compare(expected, verdict.Outcome == RotationOutcome.Eligible, request.MonthsLeftAtStart));
    }
}

/// <summary>
/// <c>"kind": "appointment"</c>: facts are one appointment request (cadre in full), assessed by <c>regulation</c> or the
/// appointment regulation for cadres in force on the dossier date. Expected: any of <c>outcome</c>, <c>monthsLeft</c>
/// (at the dossier month).
/// </summary>
internal sealed class AppointmentCaseKind : ICaseKind
{
    public string Name => "appointment";

    public CaseOutcome Run(CaseInput input)
    {
        if (input.Regulation is { } chosen && chosen is not AppointmentRegulation)
        {
            throw Require.WrongTopic(chosen, Name);
        }

        AppointmentCase request = RequestMapper.ToAppointment(DocumentReader.ParseElement(input.Facts, CadreJsonContext.Default.AppointmentRequestJson, "$.facts"), "$.facts", input.Roster);
        EligibilityExpectedJson expected = EligibilityCase.ReadExpected(input);
        AppointmentRegulation regulation = CaseRegulation.Resolve<AppointmentRegulation>(input, RegulationTopic.Appointment, SubjectKind.Cadre, request.DossierReceivedOn);
        Verdict<AppointmentAssessment> verdict = regulation.Explain(request);
        return new CaseOutcome(verdict.Explanation, EligibilityCase.Compare(expected, verdict.Outcome.Outcome == AppointmentOutcome.Eligible, verdict.Outcome.MonthsLeft));
    }
}

/// <summary>Shared reading and comparison of <see cref="EligibilityExpectedJson"/>.</summary>
internal static class EligibilityCase
{
    public static EligibilityExpectedJson ReadExpected(CaseInput input)
    {
        EligibilityExpectedJson expected = DocumentReader.ParseElement(input.Expected, CadreJsonContext.Default.EligibilityExpectedJson, "$.expected");
        if (expected.Outcome is null && expected.MonthsLeft is null)
        {
            throw DocumentException.Of("$.expected", DocumentErrorCodes.NothingExpected, null, "outcome, monthsLeft");
        }

        if (expected.Outcome is { } outcome)
        {
            // Any case, or the words: "Eligible", "đủ điều kiện", "not eligible".
            expected.Outcome = InputValues.TryParseChoice(outcome, out RotationOutcome read)
                ? (read == RotationOutcome.Eligible ? "eligible" : "notEligible")
                : throw DocumentException.NotUnderstood("$.expected.outcome", InputForms.Choice, outcome, ["eligible", "notEligible"]);
        }

        return expected;
    }

    public static List<string> Compare(EligibilityExpectedJson expected, bool eligible, int monthsLeft)
    {
        var failures = new List<string>();
        string actual = eligible ? "eligible" : "notEligible";
        if (expected.Outcome is { } outcome && outcome != actual)
        {
            failures.Add($"outcome: expected {outcome}, actual {actual}");
        }

        if (expected.MonthsLeft is { } months && months != monthsLeft)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"months left: expected {months}, actual {monthsLeft}"));
        }

        return failures;
    }
}
