using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Evaluation;

/// <summary>
/// The consequences of an evaluation history that other rules consume (planning, rotation, appointment, salary), as
/// effective-dated queries: each answer follows the law in force on the date asked, cites it, and names the years that
/// decided it.
/// </summary>
/// <remarks>
/// <para>Law by date asked:</para>
/// <list type="bullet">
/// <item><description>before 01/07/2020: undetermined (the original 2008 wording of Luật Cán bộ, công chức is not encoded);</description></item>
/// <item><description>01/07/2020 to 30/06/2025: Luật Cán bộ, công chức 2008 as amended in 2019 — công chức with two consecutive
/// KHT years: thôi việc (Điều 58); cán bộ: miễn nhiệm, cho thôi việc (Điều 29); a leader with two KHT years in one
/// appointment term: other work; a non-leader with two KHT years within three: a lower position;</description></item>
/// <item><description>01/07/2025 to 31/12/2025: undetermined — Luật Cán bộ, công chức 2025 is in force but its evaluation
/// section applies only from 01/01/2026;</description></item>
/// <item><description>from 01/01/2026 (công chức): NĐ 335 Điều 23 khoản 3 — the latest year rated KHT lets the competent level
/// consider a lower position or dismissal (known from news summaries, <see cref="Confidence.News"/>); cán bộ: undetermined.</description></item>
/// </list>
/// <para>Only records of years up to the year of the date asked are read. The article numbers of Luật Cán bộ, công chức and
/// TT 08/2013 are cited from the structure of those texts, which were not among the project's stored sources.</para>
/// <para>Thread-safe: the methods are pure.</para>
/// </remarks>
public static class Consequences
{
    /// <summary>Gets the first day on which the 2019 amendment of Luật Cán bộ, công chức applied.</summary>
    public static LocalDate AmendedLawFrom { get; } = new(2020, 7, 1);

    /// <summary>Gets the last day of Luật Cán bộ, công chức 2008.</summary>
    public static LocalDate AmendedLawUntil { get; } = new(2025, 6, 30);

    /// <summary>Gets the first day of the evaluation section of Luật Cán bộ, công chức 2025 and of NĐ 335/2025.</summary>
    public static LocalDate Decree335From { get; } = new(2026, 1, 1);

    /// <summary>Gets the first day of TT 08/2013/TT-BNV.</summary>
    public static LocalDate Circular08From { get; } = new(2013, 9, 15);

    private static readonly RuleDescriptor ServantConsecutive = EvaluationMessages.Table.Describe("CBCC2008.TwoConsecutiveKHT.Dismissal", QuotaDocuments.CbccServantConsecutive);
    private static readonly RuleDescriptor CadreConsecutive = EvaluationMessages.Table.Describe("CBCC2008.TwoConsecutiveKHT.Removal", QuotaDocuments.CbccCadreConsecutive);
    private static readonly RuleDescriptor WithinThree = EvaluationMessages.Table.Describe("CBCC2008.TwoKHTWithinThree.LowerPosition", QuotaDocuments.CbccServantClassification);
    private static readonly RuleDescriptor InTerm = EvaluationMessages.Table.Describe("CBCC2008.TwoKHTInTerm.Reassignment", QuotaDocuments.CbccServantClassification);
    private static readonly RuleDescriptor NewLaw = EvaluationMessages.Table.Describe("ND335.KHT.LowerPositionOrDismissal", QuotaDocuments.Nd335UseOfResults, confidence: Confidence.News);
    private static readonly RuleDescriptor BeforeEncodedLaw = EvaluationMessages.Table.Describe("Consequence.Undetermined.BeforeEncodedLaw", null, Severity.Advisory, Confidence.Unconfirmed);
    private static readonly RuleDescriptor Transition = EvaluationMessages.Table.Describe("Consequence.Undetermined.Transition", QuotaDocuments.LawCbcc2025Evaluation, Severity.Advisory, Confidence.News);
    private static readonly RuleDescriptor SubjectNotCovered = EvaluationMessages.Table.Describe("Consequence.Undetermined.Subject", null, Severity.Advisory, Confidence.Unconfirmed);
    private static readonly RuleDescriptor StepDelay = EvaluationMessages.Table.Describe("TT08.SalaryStepDelay", QuotaDocuments.Tt08Delay);
    private static readonly RuleDescriptor StepDelayUncovered = EvaluationMessages.Table.Describe("TT08.SalaryStepDelay.UncoveredDiscipline", QuotaDocuments.Tt08Delay, Severity.Advisory);
    private static readonly RuleDescriptor BeforeCircular = EvaluationMessages.Table.Describe("Consequence.Undetermined.BeforeTT08", QuotaDocuments.Tt08Delay, Severity.Advisory);

    /// <summary>
    /// Asks whether two consecutive KHT years lead to dismissal (công chức) or removal from office (cán bộ) on a date.
    /// </summary>
    /// <param name="history">The State evaluation history.</param>
    /// <param name="subject"><see cref="SubjectKind.CivilServant"/> (công chức) or <see cref="SubjectKind.Cadre"/> (cán bộ);
    /// other kinds are undetermined.</param>
    /// <param name="asOf">The date asked.</param>
    /// <returns>The answer; the deciding years are the latest consecutive pair found, or the KHT years read when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static Consequence TwoConsecutiveYears(EvaluationHistory history, SubjectKind subject, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        ConsequenceKind kind = subject == SubjectKind.Cadre ? ConsequenceKind.RemovalFromOffice : ConsequenceKind.Dismissal;
        if (subject is not (SubjectKind.CivilServant or SubjectKind.Cadre))
        {
            return new Consequence(kind, ConsequenceStatus.Undetermined, SubjectNotCovered, asOf, []);
        }

        if (Gap(kind, asOf, subject) is { } gap)
        {
            return gap;
        }

        if (asOf >= Decree335From)
        {
            return UnderDecree335(history, asOf, int.MinValue);
        }

        RuleDescriptor rule = subject == SubjectKind.Cadre ? CadreConsecutive : ServantConsecutive;
        return history.LatestConsecutiveNotComplete(asOf.Year) is { } pair
            ? new Consequence(kind, ConsequenceStatus.Applies, rule, asOf, [pair.First, pair.Second])
            : new Consequence(kind, ConsequenceStatus.DoesNotApply, rule, asOf, history.NotCompleteYearsBetween(int.MinValue, asOf.Year));
    }

    /// <summary>Asks whether a công chức not holding a leadership post, with two KHT years within three consecutive years,
    /// is to be placed in a lower position on a date.</summary>
    /// <param name="history">The State evaluation history.</param>
    /// <param name="asOf">The date asked.</param>
    /// <returns>The answer; the deciding years are the latest pair found, or the KHT years read when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static Consequence TwoYearsWithinThree(EvaluationHistory history, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        const ConsequenceKind kind = ConsequenceKind.LowerPosition;
        if (Gap(kind, asOf, SubjectKind.CivilServant) is { } gap)
        {
            return gap;
        }

        if (asOf >= Decree335From)
        {
            return UnderDecree335(history, asOf, int.MinValue);
        }

        return history.LatestTwoNotCompleteWithinThree(asOf.Year) is { } pair
            ? new Consequence(kind, ConsequenceStatus.Applies, WithinThree, asOf, [pair.First, pair.Second])
            : new Consequence(kind, ConsequenceStatus.DoesNotApply, WithinThree, asOf, history.NotCompleteYearsBetween(int.MinValue, asOf.Year));
    }

    /// <summary>Asks whether a leader with two KHT years (consecutive or not) within one appointment term is to be moved to
    /// other work on a date. A year counts when the term covers at least one of its days.</summary>
    /// <param name="history">The State evaluation history.</param>
    /// <param name="term">The appointment term (both ends inclusive).</param>
    /// <param name="asOf">The date asked.</param>
    /// <returns>The answer; the deciding years are the KHT years of the term read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or <paramref name="term"/> is null.</exception>
    public static Consequence InAppointmentTerm(EvaluationHistory history, DateInterval term, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(term);
        const ConsequenceKind kind = ConsequenceKind.Reassignment;
        if (Gap(kind, asOf, SubjectKind.CivilServant) is { } gap)
        {
            return gap;
        }

        if (asOf >= Decree335From)
        {
            return UnderDecree335(history, asOf, term.Start.Year, term.End.Year);
        }

        ImmutableArray<int> years = history.NotCompleteYearsBetween(term.Start.Year, Math.Min(term.End.Year, asOf.Year));
        return new Consequence(kind, years.Length >= 2 ? ConsequenceStatus.Applies : ConsequenceStatus.DoesNotApply, InTerm, asOf, years);
    }

    /// <summary>
    /// Computes the delay of the regular salary step (TT 08/2013/TT-BNV) over the time a step has been held: 6 months for
    /// each KHT year, 6 months for a khiển trách or cảnh cáo, 12 months for a giáng chức or cách chức decided in the period.
    /// </summary>
    /// <param name="history">The State evaluation history.</param>
    /// <param name="discipline">The discipline records.</param>
    /// <param name="stepPeriod">The time the current step has been held (both ends inclusive); a KHT year counts when the
    /// period covers at least one of its days, a discipline record when its decision date is in the period.</param>
    /// <param name="asOf">The date asked; records after it are not read.</param>
    /// <param name="includePartyDiscipline">Whether Party discipline counts as well as administrative discipline; the
    /// circular speaks of discipline without naming the track [U], so the default reading counts administrative only.</param>
    /// <returns>The answer with <see cref="Consequence.Months"/>; undetermined (with the months of the covered facts) when
    /// a record has a form the circular does not list (hạ bậc lương, buộc thôi việc, khai trừ).</returns>
    /// <exception cref="ArgumentNullException">An argument or a record is null.</exception>
    public static Consequence SalaryStepDelay(EvaluationHistory history, IEnumerable<DisciplineRecord> discipline, DateInterval stepPeriod, LocalDate asOf, bool includePartyDiscipline)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(discipline);
        ArgumentNullException.ThrowIfNull(stepPeriod);
        const ConsequenceKind kind = ConsequenceKind.SalaryStepDelay;
        if (asOf < Circular08From)
        {
            return new Consequence(kind, ConsequenceStatus.Undetermined, BeforeCircular, asOf, []);
        }

        ImmutableArray<int> years = history.NotCompleteYearsBetween(stepPeriod.Start.Year, Math.Min(stepPeriod.End.Year, asOf.Year));
        int months = 6 * years.Length;
        var counted = ImmutableArray.CreateBuilder<DisciplineRecord>();
        var uncovered = ImmutableArray.CreateBuilder<DisciplineRecord>();
        foreach (DisciplineRecord record in discipline)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(discipline));
            if (!stepPeriod.Contains(record.DecidedOn) || record.DecidedOn > asOf
                || (record.Track == DisciplineTrack.Party && !includePartyDiscipline))
            {
                continue;
            }

            switch (record.Form)
            {
                case DisciplineForm.Reprimand or DisciplineForm.Warning:
                    months += 6;
                    counted.Add(record);
                    break;
                case DisciplineForm.Demotion or DisciplineForm.Dismissal:
                    months += 12;
                    counted.Add(record);
                    break;
                default:
                    uncovered.Add(record);
                    break;
            }
        }

        if (uncovered.Count > 0)
        {
            return new Consequence(kind, ConsequenceStatus.Undetermined, StepDelayUncovered, asOf, years, months, Sorted(uncovered));
        }

        return new Consequence(kind, months > 0 ? ConsequenceStatus.Applies : ConsequenceStatus.DoesNotApply, StepDelay, asOf, years, months, Sorted(counted));
    }

    /// <summary>Computes the salary step delay from a cadre's State evaluations and discipline records.</summary>
    /// <param name="cadre">The cadre.</param>
    /// <param name="stepPeriod">The time the current step has been held (both ends inclusive).</param>
    /// <param name="asOf">The date asked.</param>
    /// <param name="includePartyDiscipline">Whether Party discipline counts as well as administrative discipline.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cadre"/> or <paramref name="stepPeriod"/> is null.</exception>
    public static Consequence SalaryStepDelay(Cadre cadre, DateInterval stepPeriod, LocalDate asOf, bool includePartyDiscipline)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        return SalaryStepDelay(EvaluationHistory.Of(cadre, EvaluationTrack.State), cadre.Discipline, stepPeriod, asOf, includePartyDiscipline);
    }

    private static Consequence? Gap(ConsequenceKind kind, LocalDate asOf, SubjectKind subject)
    {
        if (asOf < AmendedLawFrom)
        {
            return new Consequence(kind, ConsequenceStatus.Undetermined, BeforeEncodedLaw, asOf, []);
        }

        if (asOf > AmendedLawUntil && asOf < Decree335From)
        {
            return new Consequence(kind, ConsequenceStatus.Undetermined, Transition, asOf, []);
        }

        if (asOf >= Decree335From && subject != SubjectKind.CivilServant)
        {
            return new Consequence(kind, ConsequenceStatus.Undetermined, SubjectNotCovered, asOf, []);
        }

        return null;
    }

    private static Consequence UnderDecree335(EvaluationHistory history, LocalDate asOf, int firstYear, int lastYear = int.MaxValue)
    {
        EvaluationRecord? latest = history.LatestRated(Math.Min(asOf.Year, lastYear));
        bool applies = latest is not null && latest.Year >= firstYear && latest.IsNotComplete;
        return new Consequence(
            ConsequenceKind.LowerPositionOrDismissal,
            applies ? ConsequenceStatus.Applies : ConsequenceStatus.DoesNotApply,
            NewLaw,
            asOf,
            latest is not null && latest.Year >= firstYear ? [latest.Year] : []);
    }

    private static ImmutableArray<DisciplineRecord> Sorted(ImmutableArray<DisciplineRecord>.Builder records)
    {
        records.Sort((a, b) =>
        {
            int byDate = a.DecidedOn.CompareTo(b.DecidedOn);
            return byDate != 0 ? byDate : ((int)a.Form).CompareTo((int)b.Form);
        });
        return records.ToImmutable();
    }
}
