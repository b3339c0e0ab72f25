using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.Impact;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Standards;

namespace CadreRules.Planning;

/// <summary>
/// The impact of a rule change on a planning list (quy hoạch): the same list checked on two sides (e.g. QĐ 50 and QĐ 377
/// chosen by id, or the shipped catalogue and a province's variant), compared per candidate and per title.
/// </summary>
/// <remarks>
/// <para><b>Candidates</b> (<see cref="Compare(PlanningList, ImpactSide, ImpactSide)"/>): each entry of the list (a
/// cadre planned for a title) is one subject, so a cadre planned for two titles is two subjects. The id and name are the
/// cadre's, the group is the title's id, the outcome is the candidate's <see cref="PlanningEligibility"/> (a candidate
/// with a violation on any title is not eligible for any, as in <see cref="TitlePlanningReport.EligibleCount"/>), and the
/// rule codes are those of the findings about the candidate (violations and advisory findings, once each). Subjects are
/// ordered by title id, then cadre id, as in the <see cref="PlanningReport"/>.</para>
/// <para><b>Titles</b> (<see cref="CompareTitles(PlanningList, ImpactSide, ImpactSide)"/>): each title is one subject:
/// its id (as the subject's id) and name, the group is its level (<c>provincial</c>, <c>commune</c>…), the outcome is
/// its <see cref="PlanningTitleStatus"/>, and the rule codes those of the findings about the number of candidates.</para>
/// <para>One regulation applies to the whole list, chosen on the list's date for <see cref="SubjectKind.Cadre"/>. Rule
/// codes carry the regulation's prefix (<c>QD50.</c>, <c>QD377.</c>), so between two regulations every finding's code
/// differs. Thread-safe: the methods are pure.</para>
/// </remarks>
public static class PlanningImpact
{
    /// <summary>Checks a list with the planning regulation a side applies, and the title standards the side's catalogue
    /// has in force on the list's date.</summary>
    /// <param name="list">The list.</param>
    /// <param name="side">The side.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RegulationNotFoundException">The side has no planning regulation for the list's date.</exception>
    public static PlanningReport Validate(PlanningList list, ImpactSide side)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(side);
        return side.Resolve<PlanningRegulation>(RegulationTopic.Planning, SubjectKind.Cadre, list.Date).Validate(list, TitleStandardsRegulation.InForce(side.Catalog, list.Date));
    }

    /// <summary>Checks the list on two sides and compares the candidates.</summary>
    /// <param name="list">The list.</param>
    /// <param name="before">The side before the change.</param>
    /// <param name="after">The side after the change.</param>
    /// <returns>The impact on the candidates, one subject per entry, grouped by title.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RegulationNotFoundException">A side has no planning regulation for the list's date.</exception>
    public static RuleChangeImpact<PlanningEligibility> Compare(PlanningList list, ImpactSide before, ImpactSide after)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return Compare(list, Validate(list, before), Validate(list, after));
    }

    /// <summary>Compares two reports of the same list, candidate by candidate.</summary>
    /// <param name="list">The list both reports are of (for the candidates' names).</param>
    /// <param name="before">The report before the change.</param>
    /// <param name="after">The report after the change.</param>
    /// <returns>The impact on the candidates.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A report is not of <paramref name="list"/>, or the reports are not of the same list.</exception>
    public static RuleChangeImpact<PlanningEligibility> Compare(PlanningList list, PlanningReport before, PlanningReport after)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return RuleChangeImpact<PlanningEligibility>.Compare(Subjects(list, before), Subjects(list, after));
    }

    /// <summary>Gets a report's candidates as impact subjects: one per entry, ordered by title id then cadre id.</summary>
    /// <param name="list">The list the report is of (for the candidates' names).</param>
    /// <param name="report">The report.</param>
    /// <returns>The subjects.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The report names a candidate that is not in <paramref name="list"/>.</exception>
    public static IEnumerable<ImpactSubject<PlanningEligibility>> Subjects(PlanningList list, PlanningReport report)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(report);
        var candidates = new Dictionary<CadreId, (PlanningEligibility Outcome, ImmutableArray<RuleCode> Codes)>(report.Candidates.Length);
        foreach (CandidatePlanningReport candidate in report.Candidates)
        {
            candidates[candidate.CadreId] = (candidate.IsEligible ? PlanningEligibility.Eligible : PlanningEligibility.NotEligible, Codes(candidate.Findings));
        }

        var names = new Dictionary<CadreId, string?>(list.Candidates.Length);
        foreach (PlanningCandidate candidate in list.Candidates)
        {
            names[candidate.Id] = candidate.Cadre.Name;
        }

        var subjects = new List<ImpactSubject<PlanningEligibility>>();
        foreach (TitlePlanningReport title in report.Titles)
        {
            foreach (CadreId id in title.Candidates)
            {
                if (!candidates.TryGetValue(id, out var answer) || !names.TryGetValue(id, out string? name))
                {
                    throw new InvalidInputException($"The report names a candidate '{id}' that is not in the list.", nameof(report));
                }

                subjects.Add(new ImpactSubject<PlanningEligibility>(id, name, title.Title.Id, answer.Outcome, answer.Codes, report.Regulation.Id));
            }
        }

        return subjects;
    }

    /// <summary>Checks the list on two sides and compares the titles.</summary>
    /// <param name="list">The list.</param>
    /// <param name="before">The side before the change.</param>
    /// <param name="after">The side after the change.</param>
    /// <returns>The impact on the titles, one subject per title, grouped by level.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RegulationNotFoundException">A side has no planning regulation for the list's date.</exception>
    public static RuleChangeImpact<PlanningTitleStatus> CompareTitles(PlanningList list, ImpactSide before, ImpactSide after)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return CompareTitles(Validate(list, before), Validate(list, after));
    }

    /// <summary>Compares two reports of the same list, title by title.</summary>
    /// <param name="before">The report before the change.</param>
    /// <param name="after">The report after the change.</param>
    /// <returns>The impact on the titles.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The reports are not of the same titles.</exception>
    public static RuleChangeImpact<PlanningTitleStatus> CompareTitles(PlanningReport before, PlanningReport after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return RuleChangeImpact<PlanningTitleStatus>.Compare(TitleSubjects(before), TitleSubjects(after));
    }

    /// <summary>Gets a report's titles as impact subjects, ordered by title id.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The subjects: the title's id and name, its level as group, its status and the codes of its findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static IEnumerable<ImpactSubject<PlanningTitleStatus>> TitleSubjects(PlanningReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var subjects = new List<ImpactSubject<PlanningTitleStatus>>(report.Titles.Length);
        foreach (TitlePlanningReport title in report.Titles)
        {
            subjects.Add(new ImpactSubject<PlanningTitleStatus>(new CadreId(title.Title.Id), title.Title.Name, ImpactResolve.Camel(title.Title.Level), Status(title), Codes(title.Findings), report.Regulation.Id));
        }

        return subjects;
    }

    /// <summary>Gets a title's status from its report.</summary>
    /// <param name="title">The title's report.</param>
    /// <returns>The status: too few when fewer eligible candidates than <see cref="TitlePlanningReport.Minimum"/>, too many
    /// when more listed than <see cref="TitlePlanningReport.Maximum"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public static PlanningTitleStatus Status(TitlePlanningReport title)
    {
        ArgumentNullException.ThrowIfNull(title);
        bool few = title.EligibleCount < title.Minimum;
        bool many = title.Candidates.Length > title.Maximum;
        return (few, many) switch
        {
            (true, true) => PlanningTitleStatus.TooFewAndTooMany,
            (true, false) => PlanningTitleStatus.TooFew,
            (false, true) => PlanningTitleStatus.TooMany,
            _ => PlanningTitleStatus.WithinBounds,
        };
    }

    private static ImmutableArray<RuleCode> Codes(ImmutableArray<Finding> findings)
    {
        var codes = ImmutableArray.CreateBuilder<RuleCode>();
        foreach (Finding finding in findings)
        {
            if (!codes.Contains(finding.Code))
            {
                codes.Add(finding.Code);
            }
        }

        return codes.ToImmutable();
    }
}
