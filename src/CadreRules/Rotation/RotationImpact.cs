using System;
using System.Collections.Generic;
using CadreRules.Impact;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Rotation;

/// <summary>
/// The impact of a rule change on rotation requests (luân chuyển): the same requests assessed on two sides (e.g. QĐ 98
/// and QĐ 65 chosen by id, or the shipped catalogue and a province's variant), compared request by request.
/// </summary>
/// <remarks>
/// <para>Each request is one subject: the cadre's id and name, the group is the destination level (<c>central</c>,
/// <c>provincial</c>, <c>district</c>, <c>commune</c> or <c>grassroots</c>), the outcome is the
/// <see cref="RotationOutcome"/>, and the rule codes are the conditions that fail (for a request that is not eligible)
/// or <c>Rotation.Eligibility</c> and the special case that applied (for an eligible one). The regulation is chosen per
/// request on its rotation date (<see cref="RotationCase.Start"/>), for <see cref="SubjectKind.Cadre"/>.</para>
/// <para>Thread-safe: the methods are pure.</para>
/// </remarks>
public static class RotationImpact
{
    private static readonly RuleCode[] Exceptions = [RotationRegulation.SpecialCaseCode];

    /// <summary>Assesses the requests on two sides and compares the answers.</summary>
    /// <param name="requests">The requests; enumerated twice (once per side).</param>
    /// <param name="before">The side before the change.</param>
    /// <param name="after">The side after the change.</param>
    /// <returns>The impact.</returns>
    /// <exception cref="ArgumentNullException">An argument or a request is null.</exception>
    /// <exception cref="RegulationNotFoundException">A side has no rotation regulation for a request (the message names
    /// the request by position and id).</exception>
    public static RuleChangeImpact<RotationOutcome> Compare(IEnumerable<RotationCase> requests, ImpactSide before, ImpactSide after)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return RuleChangeImpact<RotationOutcome>.Compare(Subjects(requests, before), Subjects(requests, after));
    }

    /// <summary>Gets the answers of one side as impact subjects, in the order of the requests.</summary>
    /// <param name="requests">The requests.</param>
    /// <param name="side">The side.</param>
    /// <returns>The subjects, computed as they are enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/> or <paramref name="side"/> is null (a null
    /// request is refused when it is reached).</exception>
    public static IEnumerable<ImpactSubject<RotationOutcome>> Subjects(IEnumerable<RotationCase> requests, ImpactSide side)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(side);
        return Iterate(requests, side);

        static IEnumerable<ImpactSubject<RotationOutcome>> Iterate(IEnumerable<RotationCase> requests, ImpactSide side)
        {
            int index = 0;
            foreach (RotationCase request in requests)
            {
                ArgumentNullException.ThrowIfNull(request, nameof(requests));
                RotationRegulation regulation = ImpactResolve.Resolve<RotationRegulation>(side, RegulationTopic.Rotation, SubjectKind.Cadre, request.Start, "requests", index, request.Cadre.Id);
                Verdict<RotationOutcome> verdict = regulation.Explain(request);
                yield return new ImpactSubject<RotationOutcome>(
                    request.Cadre.Id, request.Cadre.Name, ImpactResolve.Camel(request.ToLevel), verdict.Outcome, ImpactCodes.Deciding(verdict.Explanation, Exceptions), regulation.Id);
                index++;
            }
        }
    }
}
