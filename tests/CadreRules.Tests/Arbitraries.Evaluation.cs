using System;
using System.Collections.Immutable;
using CadreRules.Evaluation;
using CadreRules.People;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CadreRules.Tests;

/// <summary>One generated evaluation: the regime that must classify it and the input.</summary>
/// <param name="Regime">The regime.</param>
/// <param name="Input">The input, dated inside the regime's period.</param>
public sealed record EvaluationCase(EvaluationRegime Regime, EvaluationInput Input)
{
    /// <inheritdoc />
    public override string ToString()
    {
        EvaluationInput i = Input;
        TaskCounts t = i.Tasks;
        return $"{Regime} {i.Role} on {i.EvaluatedOn} score={i.Score?.Total} grades={i.Grades?.General}/{i.Grades?.Results} "
            + $"tasks={t.Total}/{t.Completed}/{t.OnTimeAndQuality}/{t.Exceeded}/{t.LateOrBelowQuality}/{t.Failed} discipline={i.Discipline.Length} "
            + $"degraded={i.Degraded} worked={i.MonthsWorked} sick={i.SickLeaveMonths} other={i.OtherLeaveMonths} admitted={i.MonthsSinceAdmission}";
    }
}

/// <content>Generators for the evaluation regimes.</content>
public static partial class Arbitraries
{
    private static readonly EvaluationRegime[] Regimes = Enum.GetValues<EvaluationRegime>();

    /// <summary>Gets the date at which generated inputs of a regime are evaluated (inside its period).</summary>
    /// <param name="regime">The regime.</param>
    /// <returns>The date.</returns>
    public static LocalDate EvaluationDate(EvaluationRegime regime) => regime switch
    {
        EvaluationRegime.Qd132 => new LocalDate(2022, 12, 20),
        EvaluationRegime.Qd124 => new LocalDate(2024, 12, 20),
        EvaluationRegime.Qd366 => new LocalDate(2025, 12, 20),
        EvaluationRegime.Nd90 => new LocalDate(2022, 12, 10),
        EvaluationRegime.Nd90Amended => new LocalDate(2024, 12, 10),
        _ => new LocalDate(2026, 12, 10),
    };

    /// <summary>Task counts that always add up; with <paramref name="improvable"/>, at least one task is not completed.</summary>
    /// <param name="improvable">Whether at least one task must be left to complete.</param>
    /// <returns>The generator.</returns>
    public static Gen<TaskCounts> TaskCountsGen(bool improvable = false) =>
        improvable ? AnyTaskCountsGen(true) : Gen.OneOf(AnyTaskCountsGen(false), AllDoneTaskCountsGen());

    private static Gen<TaskCounts> AllDoneTaskCountsGen() =>
        from total in Gen.Choose(1, 20)
        from late in Gen.Elements(0, 0, total / 5, total / 4)
        from exceeded in Gen.Choose(0, total)
        select new TaskCounts(total, total, total - late, exceeded, late);

    private static Gen<TaskCounts> AnyTaskCountsGen(bool improvable) =>
        from total in Gen.Choose(improvable ? 1 : 0, 20)
        from completed in Gen.Choose(0, improvable ? total - 1 : total)
        from onTime in Gen.Choose(0, completed)
        from late in Gen.Choose(0, completed - onTime)
        from exceeded in Gen.Choose(0, completed)
        from failed in Gen.Choose(0, total - completed)
        select new TaskCounts(total, completed, onTime, exceeded, late, failed);

    /// <summary>Scores in half points over the whole scale.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ScoreCard> ScoreGen() =>
        from general in Gen.Choose(0, 60)
        from results in Gen.Choose(0, 140)
        select new ScoreCard(general / 2m, results / 2m);

    /// <summary>A discipline record decided in the given year or the one before.</summary>
    /// <param name="year">The evaluation year.</param>
    /// <returns>The generator.</returns>
    public static Gen<DisciplineRecord> DisciplineGen(int year) =>
        from inYear in Gen.Elements(true, true, false)
        from month in Gen.Choose(1, 12)
        from form in Gen.Elements(DisciplineForm.Reprimand, DisciplineForm.Warning, DisciplineForm.Dismissal)
        from track in Gen.Elements(DisciplineTrack.Party, DisciplineTrack.Administrative)
        from duty in Gen.Elements(true, false)
        from self in Gen.Elements(true, false, false)
        select new DisciplineRecord(form, track, new LocalDate(inYear ? year : year - 1, month, 1), relatedToPublicDuty: duty, selfDiscovered: self);

    /// <summary>Generated evaluation cases over every regime and role it supports.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EvaluationCase> EvaluationCases() => EvaluationCaseGen(Regimes, improvableTasks: false).ToArbitrary();

    /// <summary>Generated cases of the 100-point regimes only.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EvaluationCase> ScoredEvaluationCases() =>
        EvaluationCaseGen([EvaluationRegime.Qd366, EvaluationRegime.Nd335, EvaluationRegime.Nd233], improvableTasks: false).ToArbitrary();

    /// <summary>Generated cases of QĐ 366 only (every role).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EvaluationCase> Qd366EvaluationCases() => EvaluationCaseGen([EvaluationRegime.Qd366], improvableTasks: false).ToArbitrary();

    /// <summary>Generated non-leader cases whose tasks leave at least one to complete.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EvaluationCase> ImprovableNonLeaderCases() =>
        EvaluationCaseGen(Regimes, improvableTasks: true).Where(c => c.Input.Role == EvaluationRole.NonLeader).ToArbitrary();

    /// <summary>Generated cases with one more discipline record decided in the evaluation year.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<(EvaluationCase Case, DisciplineRecord Added)> CasesWithAddedDiscipline() =>
        (from c in EvaluationCaseGen(Regimes, improvableTasks: false)
         from added in DisciplineGen(c.Input.Year)
         select (c, added)).ToArbitrary();

    /// <summary>Copies an input with another score, tasks or discipline list.</summary>
    /// <param name="i">The input.</param>
    /// <param name="score">The new score, or <see langword="null"/> to keep it.</param>
    /// <param name="tasks">The new tasks, or <see langword="null"/> to keep them.</param>
    /// <param name="discipline">The new discipline list, or default to keep it.</param>
    /// <returns>The copy.</returns>
    public static EvaluationInput Copy(EvaluationInput i, ScoreCard? score = null, TaskCounts? tasks = null, ImmutableArray<DisciplineRecord> discipline = default) =>
        i with
        {
            Tasks = tasks ?? i.Tasks,
            Score = score ?? i.Score,
            Discipline = discipline.IsDefault ? i.Discipline : discipline,
        };

    private static Gen<LeaderFacts> LeaderGen() =>
        from unit in TaskCountsGen()
        from units in Gen.Choose(0, 10)
        from atLeastComplete in Gen.Choose(0, units)
        from atLeastGood in Gen.Choose(0, atLeastComplete)
        from notComplete in Gen.Choose(0, units - atLeastComplete)
        from cast in Gen.Elements(0, 0, 20, 50)
        from low in Gen.Choose(0, cast)
        from assigned in Gen.Choose(0, 5)
        from missed in Gen.Elements(0, 0, 0, assigned, assigned / 2)
        from corruption in Gen.Elements(false, false, false, true)
        from unitLevel in Gen.Elements<EvaluationLevel?>(null, EvaluationLevel.Excellent, EvaluationLevel.Good, EvaluationLevel.Complete, EvaluationLevel.NotComplete)
        select new LeaderFacts(unit, units, atLeastComplete, atLeastGood, notComplete, cast, low, missed, assigned, corruption, unitLevel);

    private static Gen<CollectiveFacts> CollectiveGen() =>
        from months in Gen.Choose(0, 24)
        from units in Gen.Choose(0, 10)
        from disciplined in Gen.Elements(0, 0, 1, units)
        from members in Gen.Elements(0, 0, 0, 1)
        from degraded in Gen.Elements(0, 0, 0, 1)
        from collectiveDisciplined in Gen.Elements(false, false, false, true)
        from personnel in Gen.Elements(false, false, false, true)
        from assigned in Gen.Choose(0, 5)
        from missed in Gen.Elements(0, 0, 0, assigned)
        select new CollectiveFacts(months, units, Math.Min(disciplined, units), members, degraded, collectiveDisciplined, personnel, missed, assigned);

    private static Gen<EvaluationCase> EvaluationCaseGen(EvaluationRegime[] regimes, bool improvableTasks) =>
        from regime in Gen.Elements(regimes)
        from role in Gen.Elements(RolesOf(regime))
        from tasks in TaskCountsGen(improvableTasks)
        from score in ScoreGen()
        from general in Gen.Elements(Enum.GetValues<CriterionGrade>())
        from results in Gen.Elements(Enum.GetValues<CriterionGrade>())
        from leader in LeaderGen()
        from collective in CollectiveGen()
        from disciplineCount in Gen.Elements(0, 0, 0, 1, 2)
        from discipline in Gen.ArrayOf(DisciplineGen(EvaluationDate(regime).Year), disciplineCount)
        from flags in Gen.Choose(0, 63)
        from worked in Gen.Elements(12, 12, 12, 10, 6, 5, 3)
        from sick in Gen.Elements(0, 0, 0, 2, 3, 4)
        from other in Gen.Elements(0, 0, 0, 2, 3, 5)
        from admittedMonthsAgo in Gen.Elements(-1, -1, 3, 5, 6, 7, 30)
        from stateLevel in Gen.Elements<EvaluationLevel?>(null, null, EvaluationLevel.Excellent, EvaluationLevel.Good, EvaluationLevel.Complete, EvaluationLevel.NotComplete)
        from found in Gen.Choose(0, 3)
        from fixedCount in Gen.Choose(0, found)
        from mitigation in Gen.Elements<string?>(null, null, null, "tự phát hiện và khắc phục")
        let date = EvaluationDate(regime)
        select new EvaluationCase(regime, new EvaluationInput
        {
            Year = date.Year,
            EvaluatedOn = date,
            Role = role,
            Tasks = tasks,
            Score = score,
            Grades = new CriteriaGrades(general, results),
            Leader = role == EvaluationRole.Leader ? leader : null,
            Collective = role == EvaluationRole.Collective ? collective : null,
            Discipline = [.. discipline],
            Degraded = (flags & 1) != 0 && (flags & 2) != 0,
            BreachedProhibitions = (flags & 4) != 0 && (flags & 8) != 0,
            MonthsWorked = worked,
            SickLeaveMonths = sick,
            OtherLeaveMonths = other,
            MaternityLeave = (flags & 16) != 0 && (flags & 32) != 0,
            PartyAdmittedOn = admittedMonthsAgo < 0 ? null : date.PlusMonths(-admittedMonthsAgo),
            ExemptFromPartyActivities = flags == 7,
            PartySuspended = flags == 11,
            StateLevel = stateLevel,
            PriorShortcomingsFound = found,
            PriorShortcomingsFixed = fixedCount,
            MitigationReason = mitigation,
        });

    private static EvaluationRole[] RolesOf(EvaluationRegime regime)
    {
        EvaluationRegulation regulation = EvaluationRegulations.Get(regime);
        return Array.FindAll(Enum.GetValues<EvaluationRole>(), regulation.Supports);
    }
}
