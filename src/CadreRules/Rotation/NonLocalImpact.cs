using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Impact;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Rotation;

/// <summary>
/// The impact of a rule change on the non-local share of key posts (cán bộ không phải người địa phương): the same
/// holders judged on two sides (e.g. the shipped 20 years against a province's variant counting 10), compared holder by
/// holder, with the share and the target of each side.
/// </summary>
/// <remarks>
/// <para>Each holder is one subject: the id is the unit and the post (<c>xã 01 / secretary</c>), the name the holder's,
/// the group the post (<c>secretary</c> or <c>chair</c>), the outcome <see cref="KeyPostLocality"/>, and the rule code
/// <c>Rotation.NonLocal.Share</c> of the measure that counts it. One rotation regulation applies to the survey, chosen
/// on its date for <see cref="SubjectKind.Cadre"/>. Thread-safe: the methods are pure.</para>
/// </remarks>
public static class NonLocalImpact
{
    private static readonly ImmutableArray<RuleCode> Codes = [RotationRegulation.NonLocalShareCode];

    /// <summary>Finds the rotation regulation a side applies to a survey (on its date).</summary>
    /// <param name="survey">The survey.</param>
    /// <param name="side">The side.</param>
    /// <returns>The regulation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RegulationNotFoundException">The side has no rotation regulation for the survey's date.</exception>
    public static RotationRegulation Regulation(KeyPostSurvey survey, ImpactSide side)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(side);
        return side.Resolve<RotationRegulation>(RegulationTopic.Rotation, SubjectKind.Cadre, survey.Date);
    }

    /// <summary>Judges the holders on two sides and compares them.</summary>
    /// <param name="survey">The survey.</param>
    /// <param name="before">The side before the change.</param>
    /// <param name="after">The side after the change.</param>
    /// <returns>The impact, one subject per holder, grouped by post.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RegulationNotFoundException">A side has no rotation regulation for the survey's date.</exception>
    public static RuleChangeImpact<KeyPostLocality> Compare(KeyPostSurvey survey, ImpactSide before, ImpactSide after)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return RuleChangeImpact<KeyPostLocality>.Compare(Subjects(survey, Regulation(survey, before)), Subjects(survey, Regulation(survey, after)));
    }

    /// <summary>Gets the holders as impact subjects under one regulation, in the survey's order.</summary>
    /// <param name="survey">The survey.</param>
    /// <param name="regulation">The regulation whose threshold tells local from non-local.</param>
    /// <returns>The subjects.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<ImpactSubject<KeyPostLocality>> Subjects(KeyPostSurvey survey, RotationRegulation regulation)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(regulation);
        return [.. survey.Holders.Select(h => new ImpactSubject<KeyPostLocality>(
            new CadreId(h.Unit + " / " + ImpactResolve.Camel(h.Kind)), h.Name, ImpactResolve.Camel(h.Kind),
            regulation.IsLocal(h.Ties) ? KeyPostLocality.Local : KeyPostLocality.NonLocal, Codes, regulation.Id))];
    }
}
