using System;
using System.Collections.Generic;
using CadreRules.Impact;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Appointment;

/// <summary>
/// The impact of a rule change on candidacies for party committees of the 2025–2030 term (tuổi tham gia cấp ủy): the
/// same candidacies judged on two sides (the shipped Chỉ thị 45-CT/TW against a variant changing a threshold), compared
/// candidate by candidate.
/// </summary>
/// <remarks>
/// <para>Each candidacy is one subject: the candidate's id and name, the group is the committee level
/// (<c>grassroots</c>, <c>commune</c>, <c>provincial</c>…), the outcome is eligible or not, and the rule code is
/// <c>CommitteeMembership.ServiceLeft</c>. The regulation is the one a side applies to party members on
/// <see cref="JudgedOn(CommitteeCandidacy)"/>.</para>
/// <para>Thread-safe: the methods are pure.</para>
/// </remarks>
public static class CommitteeImpact
{
    /// <summary>Gets the day a candidacy is judged on when the regulation is "in force": the last day of the month at
    /// which the level counts age (30/04/2025 for grassroots committees, whose month precedes Chỉ thị 45's date).</summary>
    /// <param name="candidacy">The candidacy.</param>
    /// <returns>The day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidacy"/> is null.</exception>
    public static LocalDate JudgedOn(CommitteeCandidacy candidacy)
    {
        ArgumentNullException.ThrowIfNull(candidacy);
        return candidacy.AgeMonth.OnDayOfMonth(candidacy.AgeMonth.Calendar.GetDaysInMonth(candidacy.AgeMonth.Year, candidacy.AgeMonth.Month));
    }

    /// <summary>Judges the candidacies on two sides and compares the answers.</summary>
    /// <param name="candidacies">The candidacies; enumerated twice (once per side).</param>
    /// <param name="before">The side before the change.</param>
    /// <param name="after">The side after the change.</param>
    /// <returns>The impact.</returns>
    /// <exception cref="ArgumentNullException">An argument or a candidacy is null.</exception>
    /// <exception cref="RegulationNotFoundException">A side has no committee regulation for a candidacy (the message names
    /// it by position and id).</exception>
    public static RuleChangeImpact<AppointmentOutcome> Compare(IEnumerable<CommitteeCandidacy> candidacies, ImpactSide before, ImpactSide after)
    {
        ArgumentNullException.ThrowIfNull(candidacies);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return RuleChangeImpact<AppointmentOutcome>.Compare(Subjects(candidacies, before), Subjects(candidacies, after));
    }

    /// <summary>Gets the answers of one side as impact subjects, in the order of the candidacies.</summary>
    /// <param name="candidacies">The candidacies.</param>
    /// <param name="side">The side.</param>
    /// <returns>The subjects, computed as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidacies"/> or <paramref name="side"/> is null (a null
    /// candidacy is refused when it is reached).</exception>
    public static IEnumerable<ImpactSubject<AppointmentOutcome>> Subjects(IEnumerable<CommitteeCandidacy> candidacies, ImpactSide side)
    {
        ArgumentNullException.ThrowIfNull(candidacies);
        ArgumentNullException.ThrowIfNull(side);
        return Iterate(candidacies, side);

        static IEnumerable<ImpactSubject<AppointmentOutcome>> Iterate(IEnumerable<CommitteeCandidacy> candidacies, ImpactSide side)
        {
            int index = 0;
            foreach (CommitteeCandidacy candidacy in candidacies)
            {
                ArgumentNullException.ThrowIfNull(candidacy, nameof(candidacies));
                CommitteeMembershipRegulation regulation = ImpactResolve.Resolve<CommitteeMembershipRegulation>(side, RegulationTopic.Appointment, SubjectKind.PartyMember, JudgedOn(candidacy), "candidacies", index, candidacy.Cadre.Id);
                Verdict<AppointmentOutcome> verdict = regulation.Explain(candidacy);
                yield return new ImpactSubject<AppointmentOutcome>(
                    candidacy.Cadre.Id, candidacy.Cadre.Name, ImpactResolve.Camel(candidacy.Level), verdict.Outcome, ImpactCodes.Deciding(verdict.Explanation, []), regulation.Id);
                index++;
            }
        }
    }
}
