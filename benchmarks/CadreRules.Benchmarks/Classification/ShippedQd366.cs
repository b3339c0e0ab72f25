using System.Collections.Immutable;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Benchmarks.Classification;

/// <summary>
/// The shipped QĐ 366 regulation (<see cref="EvaluationRegulations"/>, regime <see cref="EvaluationRegime.Qd366"/>) and the
/// mapping from the benchmark's flat facts to its input model (<see cref="EvaluationInput"/>).
/// </summary>
public static class ShippedQd366
{
    public static readonly LocalDate EvaluatedOn = new(2026, 12, 15);

    private static readonly ImmutableArray<DisciplineRecord> DutyReprimand =
        [new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2026, 6, 1), relatedToPublicDuty: true)];

    public static EvaluationRegulation Regulation { get; } = EvaluationRegulations.Get(EvaluationRegime.Qd366);

    public static EvaluationInput ToInput(MemberFacts f) => new EvaluationInput
    {
        Year = EvaluatedOn.Year,
        EvaluatedOn = EvaluatedOn,
        Role = EvaluationRole.NonLeader,
        Tasks = new TaskCounts(f.TasksTotal, f.TasksCompleted, f.TasksOnTime, f.TasksExceeded, f.TasksLate, f.TasksTotal - f.TasksCompleted),
        Score = ScoreCard.FromTotal(f.Score),
        Discipline = f.DutyDiscipline ? DutyReprimand : default,
        Degraded = f.Degraded,
        BreachedProhibitions = f.BreachedProhibitions,
        PartyAdmittedOn = EvaluatedOn.PlusMonths(-f.MonthsSinceAdmission),
        ExemptFromPartyActivities = f.Exempt,
        PartySuspended = f.Suspended,
        PriorShortcomingsFound = f.ShortcomingsFound,
        PriorShortcomingsFixed = f.ShortcomingsFixed,
    };

    public static Outcome ToOutcome(EvaluationDecision decision) => decision.Kind switch
    {
        OutcomeKind.NotRated => Outcome.NotRated,
        OutcomeKind.Level => decision.Level switch
        {
            EvaluationLevel.Excellent => Outcome.Htxs,
            EvaluationLevel.Good => Outcome.Htt,
            EvaluationLevel.Complete => Outcome.Htnv,
            _ => Outcome.Kht,
        },
        _ => Outcome.Undetermined,
    };
}
