using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Evaluation;

/// <summary>Builders of evaluation inputs for the example tests.</summary>
internal static class EvaluationTestData
{
    public static readonly LocalDate Qd366Date = new(2025, 12, 20);
    public static readonly LocalDate Qd124Date = new(2024, 12, 20);
    public static readonly LocalDate Qd132Date = new(2022, 12, 20);
    public static readonly LocalDate Nd90Date = new(2022, 12, 10);
    public static readonly LocalDate Nd48Date = new(2024, 12, 10);
    public static readonly LocalDate Nd335Date = new(2026, 12, 10);
    public static readonly LocalDate Nd233Date = new(2026, 12, 10);

    public static EvaluationInput Scored(
        decimal total,
        TaskCounts? tasks = null,
        LocalDate? on = null,
        EvaluationRole role = EvaluationRole.NonLeader,
        LeaderFacts? leader = null,
        CollectiveFacts? collective = null,
        ImmutableArray<DisciplineRecord> discipline = default,
        int sickLeaveMonths = 0,
        int otherLeaveMonths = 0,
        int monthsWorked = 12,
        LocalDate? admittedOn = null,
        int shortcomingsFound = 0,
        int shortcomingsFixed = 0)
    {
        LocalDate date = on ?? Qd366Date;
        return new EvaluationInput
        {
            Year = date.Month == 1 ? date.Year - 1 : date.Year,
            EvaluatedOn = date,
            Role = role,
            Tasks = tasks ?? TaskCounts.AllOnTime(10, 3),
            Score = ScoreCard.FromTotal(total),
            Leader = leader ?? (role == EvaluationRole.Leader ? new LeaderFacts(TaskCounts.AllOnTime(10, 3)) : null),
            Collective = collective ?? (role == EvaluationRole.Collective ? new CollectiveFacts() : null),
            Discipline = discipline,
            MonthsWorked = monthsWorked,
            SickLeaveMonths = sickLeaveMonths,
            OtherLeaveMonths = otherLeaveMonths,
            PartyAdmittedOn = admittedOn,
            PriorShortcomingsFound = shortcomingsFound,
            PriorShortcomingsFixed = shortcomingsFixed,
        };
    }

    public static EvaluationInput Graded(
        CriterionGrade general,
        CriterionGrade results,
        LocalDate on,
        TaskCounts? tasks = null,
        EvaluationRole role = EvaluationRole.NonLeader,
        LeaderFacts? leader = null,
        ImmutableArray<DisciplineRecord> discipline = default,
        int sickLeaveMonths = 0,
        int otherLeaveMonths = 0,
        int monthsWorked = 12,
        bool maternity = false,
        EvaluationLevel? stateLevel = null) =>
        new EvaluationInput
        {
            Year = on.Year,
            EvaluatedOn = on,
            Role = role,
            Tasks = tasks ?? TaskCounts.AllOnTime(10, 5),
            Grades = new CriteriaGrades(general, results),
            Leader = leader ?? (role == EvaluationRole.Leader ? new LeaderFacts(TaskCounts.AllOnTime(10, 5)) : null),
            Collective = role == EvaluationRole.Collective ? new CollectiveFacts() : null,
            Discipline = discipline,
            MonthsWorked = monthsWorked,
            SickLeaveMonths = sickLeaveMonths,
            OtherLeaveMonths = otherLeaveMonths,
            MaternityLeave = maternity,
            StateLevel = stateLevel,
        };

    public static ImmutableArray<DisciplineRecord> Reprimand(LocalDate decidedOn, DisciplineTrack track = DisciplineTrack.Party, bool selfDiscovered = false, bool dutyRelated = true) =>
        [new DisciplineRecord(DisciplineForm.Reprimand, track, decidedOn, relatedToPublicDuty: dutyRelated, selfDiscovered: selfDiscovered)];

    /// <summary>The shipped regulation of a regime with some parameters overridden through a local variant.</summary>
    public static EvaluationRegulation WithOverrides(EvaluationRegime regime, params (string Key, ParameterValue Value)[] overrides)
    {
        EvaluationRegulation shipped = EvaluationRegulations.Get(regime);
        var values = new Dictionary<string, ParameterValue>();
        foreach ((string key, ParameterValue value) in overrides)
        {
            values[key] = value;
        }

        var variant = new LocalVariant(
            shipped.Id.Value + "-test", shipped.Id, new LocalizedText("Biến thể thử", "Test variant"),
            new LegalDocument("QĐ 1-QĐ/TU", "Tỉnh ủy thử", new LocalDate(2025, 9, 1)).Whole(),
            shipped.Reference.Scopes[0].Period, values);
        return (EvaluationRegulation)shipped.WithVariant(variant);
    }
}
