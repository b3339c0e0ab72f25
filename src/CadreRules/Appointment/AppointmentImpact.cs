using System;
using System.Collections.Generic;
using CadreRules.Impact;
using CadreRules.Rules;

namespace CadreRules.Appointment;

/// <summary>
/// The impact of a rule change on appointment dossiers (bổ nhiệm): the same dossiers assessed on two sides (e.g. QĐ 80
/// and QĐ 377 chosen by id, or the shipped catalogue and a province's variant), compared dossier by dossier.
/// </summary>
/// <remarks>
/// <para>Each dossier is one subject: the cadre's id and name, the group is the kind of appointment (<c>first</c>,
/// <c>higher</c> or <c>equivalentOrLower</c>), the outcome is the <see cref="AppointmentOutcome"/>, and the rule codes
/// are the conditions that fail (for a dossier that is not eligible) or <c>Appointment.Eligibility</c> and the
/// exceptions that applied (time in post lifted, the special age case) for an eligible one. The regulation is chosen per
/// dossier on the date it was received (<see cref="AppointmentCase.DossierReceivedOn"/>), for the given kind of subject
/// (<see cref="SubjectKind.Cadre"/> by default; <see cref="SubjectKind.PublicEmployee"/> for managing viên chức).</para>
/// <para>Thread-safe: the methods are pure.</para>
/// </remarks>
public static class AppointmentImpact
{
    private static readonly RuleCode[] Exceptions = [AppointmentRegulation.TimeInPostExceptionCode, AppointmentRegulation.AgeSpecialCaseCode];

    /// <summary>Assesses the dossiers on two sides and compares the answers.</summary>
    /// <param name="dossiers">The dossiers; enumerated twice (once per side).</param>
    /// <param name="before">The side before the change.</param>
    /// <param name="after">The side after the change.</param>
    /// <param name="kind">Who is appointed: <see cref="SubjectKind.Cadre"/> (default) or <see cref="SubjectKind.PublicEmployee"/>.</param>
    /// <returns>The impact.</returns>
    /// <exception cref="ArgumentNullException">An argument or a dossier is null.</exception>
    /// <exception cref="RegulationNotFoundException">A side has no appointment regulation for a dossier (the message
    /// names the dossier by position and id).</exception>
    public static RuleChangeImpact<AppointmentOutcome> Compare(IEnumerable<AppointmentCase> dossiers, ImpactSide before, ImpactSide after, SubjectKind kind = SubjectKind.Cadre)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return RuleChangeImpact<AppointmentOutcome>.Compare(Subjects(dossiers, before, kind), Subjects(dossiers, after, kind));
    }

    /// <summary>Gets the answers of one side as impact subjects, in the order of the dossiers.</summary>
    /// <param name="dossiers">The dossiers.</param>
    /// <param name="side">The side.</param>
    /// <param name="kind">Who is appointed: <see cref="SubjectKind.Cadre"/> (default) or <see cref="SubjectKind.PublicEmployee"/>.</param>
    /// <returns>The subjects, computed as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dossiers"/> or <paramref name="side"/> is null (a null
    /// dossier is refused when it is reached).</exception>
    public static IEnumerable<ImpactSubject<AppointmentOutcome>> Subjects(IEnumerable<AppointmentCase> dossiers, ImpactSide side, SubjectKind kind = SubjectKind.Cadre)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(side);
        return Iterate(dossiers, side, kind);

        static IEnumerable<ImpactSubject<AppointmentOutcome>> Iterate(IEnumerable<AppointmentCase> dossiers, ImpactSide side, SubjectKind kind)
        {
            int index = 0;
            foreach (AppointmentCase dossier in dossiers)
            {
                ArgumentNullException.ThrowIfNull(dossier, nameof(dossiers));
                AppointmentRegulation regulation = ImpactResolve.Resolve<AppointmentRegulation>(side, RegulationTopic.Appointment, kind, dossier.DossierReceivedOn, "requests", index, dossier.Cadre.Id);
                Verdict<AppointmentAssessment> verdict = regulation.Explain(dossier);
                yield return new ImpactSubject<AppointmentOutcome>(
                    dossier.Cadre.Id, dossier.Cadre.Name, ImpactResolve.Camel(dossier.Kind), verdict.Outcome.Outcome, ImpactCodes.Deciding(verdict.Explanation, Exceptions), regulation.Id);
                index++;
            }
        }
    }
}
