using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Impact;
using CadreRules.Rules;

namespace CadreRules.Rotation;

/// <summary>
/// The impact of a rule change on periodic position changes (định kỳ chuyển đổi vị trí công tác): the same questions
/// decided on two sides (e.g. the shipped NĐ 59 against a ministry's variant setting its sector's period), compared
/// person by person.
/// </summary>
/// <remarks>
/// <para>Each question is one subject: the person's id and name, the group is the sector key (<c>publicFinance</c>…),
/// the outcome is the <see cref="PositionChangeStatus"/>, and the rule codes are those of the findings that decided it
/// (<see cref="PositionChangeRegulation.DecidingFindings"/>: <c>PositionChange.Exempt</c>; <c>PositionChange.Due</c> and
/// the deferral grounds active; <c>PositionChange.Due</c>; none for "not yet due"). The regulation
/// is chosen per question on its date (<see cref="PositionChangeCase.AsOf"/>) for the subject kind given
/// (<see cref="SubjectKind.CivilServant"/> by default).</para>
/// <para>Thread-safe: the methods are pure.</para>
/// </remarks>
public static class PositionChangeImpact
{
    /// <summary>Decides the questions on two sides and compares the answers.</summary>
    /// <param name="cases">The questions; enumerated twice (once per side).</param>
    /// <param name="before">The side before the change.</param>
    /// <param name="after">The side after the change.</param>
    /// <param name="kind">Who is asked about: <see cref="SubjectKind.CivilServant"/> (default) or <see cref="SubjectKind.PublicEmployee"/>.</param>
    /// <returns>The impact.</returns>
    /// <exception cref="ArgumentNullException">An argument or a question is null.</exception>
    /// <exception cref="RegulationNotFoundException">A side has no position-change regulation for a question (the message
    /// names the question by position and id).</exception>
    /// <exception cref="UnknownSectorException">A question names an unknown sector.</exception>
    public static RuleChangeImpact<PositionChangeStatus> Compare(IEnumerable<PositionChangeCase> cases, ImpactSide before, ImpactSide after, SubjectKind kind = SubjectKind.CivilServant)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return RuleChangeImpact<PositionChangeStatus>.Compare(Subjects(cases, before, kind), Subjects(cases, after, kind));
    }

    /// <summary>Gets the answers of one side as impact subjects, in the order of the questions.</summary>
    /// <param name="cases">The questions.</param>
    /// <param name="side">The side.</param>
    /// <param name="kind">Who is asked about: <see cref="SubjectKind.CivilServant"/> (default) or <see cref="SubjectKind.PublicEmployee"/>.</param>
    /// <returns>The subjects, computed as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> or <paramref name="side"/> is null (a null
    /// question is refused when it is reached).</exception>
    public static IEnumerable<ImpactSubject<PositionChangeStatus>> Subjects(IEnumerable<PositionChangeCase> cases, ImpactSide side, SubjectKind kind = SubjectKind.CivilServant)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(side);
        return Iterate(cases, side, kind);

        static IEnumerable<ImpactSubject<PositionChangeStatus>> Iterate(IEnumerable<PositionChangeCase> cases, ImpactSide side, SubjectKind kind)
        {
            int index = 0;
            foreach (PositionChangeCase question in cases)
            {
                ArgumentNullException.ThrowIfNull(question, nameof(cases));
                PositionChangeRegulation regulation = ImpactResolve.Resolve<PositionChangeRegulation>(side, RegulationTopic.PositionChange, kind, question.AsOf, "incumbents", index, question.Cadre.Id);
                Verdict<PositionChangeAssessment> verdict = regulation.Explain(question);
                ImmutableArray<RuleCode> codes = [.. PositionChangeRegulation.DecidingFindings(verdict.Explanation).Select(f => f.Code).Distinct()];
                yield return new ImpactSubject<PositionChangeStatus>(question.Cadre.Id, question.Cadre.Name, question.Sector, verdict.Outcome.Status, codes, regulation.Id);
                index++;
            }
        }
    }
}
