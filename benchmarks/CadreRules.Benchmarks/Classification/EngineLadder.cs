using System;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Benchmarks.Classification;

/// <summary>
/// QĐ 366 for a non-leader party member written directly on the engine (<see cref="Rule"/> and
/// <see cref="DecisionLadder{TFacts, TLevel}"/>), the way a module builds its ladder from its parameters: thresholds are
/// captured from the arguments, leaf rules carry explanation values, composite guards are named.
/// </summary>
public static class EngineLadder
{
    private static readonly LegalDocument Qd366 = new("QĐ 366-QĐ/TW", "Bộ Chính trị", new LocalDate(2025, 8, 30));

    public static RegulationReference Reference { get; } = new(
        new RegulationId("bench-qd366"),
        new LocalizedText("QĐ 366 (bản dựng trên lõi, dùng cho đo hiệu năng)", "QĐ 366 (engine-level build, for benchmarks)"),
        RegulationTopic.Evaluation,
        Qd366.Whole(),
        [new RegulationScope(SubjectKind.PartyMember, EffectivePeriod.From(new LocalDate(2025, 8, 30)))]);

    public static DecisionLadder<MemberFacts, Qd366Level> Build(
        decimal excellentScore = 90m,
        decimal goodScore = 70m,
        decimal completeScore = 50m,
        int exceededPercent = 30,
        int latePercent = 20,
        int notCompletedPercent = 50,
        int minimumMonths = 6)
    {
        Share exceeded = Share.Percent(exceededPercent);
        Share late = Share.Percent(latePercent);
        Share notCompleted = Share.Percent(notCompletedPercent);

        Rule<MemberFacts> exempt = Leaf("Bench.QD366.NotRated.Exempt", "Được miễn công tác và sinh hoạt đảng", "Exempt from work and party activities", Qd366.Article(2),
            static f => f.Exempt, static f => [FactValue.Of("exempt", f.Exempt)]);
        Rule<MemberFacts> suspended = Leaf("Bench.QD366.NotRated.Suspended", "Đang bị đình chỉ sinh hoạt đảng", "Suspended from party activities", Qd366.Article(2),
            static f => f.Suspended, static f => [FactValue.Of("suspended", f.Suspended)]);
        Rule<MemberFacts> recent = Leaf("Bench.QD366.NotRated.RecentlyAdmitted", "Kết nạp chưa đủ {minimum} tháng", "Admitted less than {minimum} months ago", Qd366.Article(2),
            f => f.MonthsSinceAdmission < minimumMonths, f => [FactValue.Of("months", f.MonthsSinceAdmission), FactValue.Of("minimum", minimumMonths)]);

        Rule<MemberFacts> lowScore = Leaf("Bench.QD366.KHT.LowScore", "Điểm dưới {threshold}", "Score below {threshold}", Qd366.Article(11, 4),
            f => f.Score < completeScore, f => [FactValue.Of("score", f.Score), FactValue.Of("threshold", completeScore)]);
        Rule<MemberFacts> notDone = Leaf("Bench.QD366.KHT.TasksNotCompleted", "Trên {threshold} nhiệm vụ không hoàn thành", "More than {threshold} of tasks not completed", Qd366.Article(11, 4),
            f => Share.Of(f.TasksTotal - f.TasksCompleted, f.TasksTotal) > notCompleted,
            f => [FactValue.Of("notCompleted", Share.Of(f.TasksTotal - f.TasksCompleted, f.TasksTotal)), FactValue.Of("threshold", notCompleted)]);
        Rule<MemberFacts> discipline = Leaf("Bench.QD366.KHT.DutyDiscipline", "Bị kỷ luật từ khiển trách trở lên liên quan đến thi hành công vụ", "Disciplined (reprimand or above) for a duty-related violation", Qd366.Article(11, 4),
            static f => f.DutyDiscipline, static f => [FactValue.Of("disciplined", f.DutyDiscipline)]);
        Rule<MemberFacts> degraded = Leaf("Bench.QD366.KHT.Degradation", "Suy thoái, tự diễn biến, tự chuyển hóa", "Degradation", Qd366.Article(11, 4),
            static f => f.Degraded, static f => [FactValue.Of("degraded", f.Degraded)]);

        Rule<MemberFacts> prohibitions = Leaf("Bench.QD366.KHT.Prohibitions", "Vi phạm những điều đảng viên không được làm", "Breached what party members must not do", Qd366.Article(11, 4),
            static f => f.BreachedProhibitions, static f => [FactValue.Of("breached", f.BreachedProhibitions)]);

        Rule<MemberFacts> allOnTime = Leaf("Bench.QD366.AllOnTime", "100% nhiệm vụ đúng tiến độ, bảo đảm chất lượng", "All tasks on time and to quality", Qd366.Article(11, 1),
            static f => f.TasksOnTime == f.TasksTotal, static f => [FactValue.Of("onTime", Share.Of(f.TasksOnTime, f.TasksTotal))]);

        Rule<MemberFacts> htxs = Rule.AllOf(
            Named("Bench.QD366.HTXS", "Hoàn thành xuất sắc nhiệm vụ (HTXS)", "Excellent (HTXS)", Qd366.Article(11, 1)),
            Leaf("Bench.QD366.HTXS.Score", "Điểm từ {threshold} trở lên", "Score at least {threshold}", Qd366.Article(11, 1),
                f => f.Score >= excellentScore, f => [FactValue.Of("score", f.Score), FactValue.Of("threshold", excellentScore)]),
            allOnTime,
            Leaf("Bench.QD366.HTXS.ExceededShare", "Ít nhất {threshold} nhiệm vụ vượt mức", "At least {threshold} of tasks exceeded", Qd366.Article(11, 1),
                f => exceeded.IsReachedBy(f.TasksExceeded, f.TasksTotal),
                f => [FactValue.Of("exceeded", Share.Of(f.TasksExceeded, f.TasksTotal)), FactValue.Of("threshold", exceeded)]),
            Leaf("Bench.QD366.HTXS.ShortcomingsFixed", "Khắc phục 100% hạn chế đã chỉ ra", "All shortcomings found last time fixed", Qd366.Article(11, 1),
                static f => f.ShortcomingsFixed == f.ShortcomingsFound,
                static f => [FactValue.Of("fixed", f.ShortcomingsFixed), FactValue.Of("found", f.ShortcomingsFound)]));

        Rule<MemberFacts> htt = Rule.AllOf(
            Named("Bench.QD366.HTT", "Hoàn thành tốt nhiệm vụ (HTT)", "Good (HTT)", Qd366.Article(11, 2)),
            Leaf("Bench.QD366.HTT.Score", "Điểm từ {low} đến dưới {high}", "Score from {low} to below {high}", Qd366.Article(11, 2),
                f => f.Score >= goodScore && f.Score < excellentScore, f => [FactValue.Of("score", f.Score), FactValue.Of("low", goodScore), FactValue.Of("high", excellentScore)]),
            allOnTime);

        Rule<MemberFacts> htnv = Rule.AllOf(
            Named("Bench.QD366.HTNV", "Hoàn thành nhiệm vụ (HTNV)", "Complete (HTNV)", Qd366.Article(11, 3)),
            Leaf("Bench.QD366.HTNV.Score", "Điểm từ {low} đến dưới {high}", "Score from {low} to below {high}", Qd366.Article(11, 3),
                f => f.Score >= completeScore && f.Score < goodScore, f => [FactValue.Of("score", f.Score), FactValue.Of("low", completeScore), FactValue.Of("high", goodScore)]),
            Leaf("Bench.QD366.HTNV.AllCompleted", "100% nhiệm vụ hoàn thành", "All tasks completed", Qd366.Article(11, 3),
                static f => f.TasksCompleted == f.TasksTotal, static f => [FactValue.Of("completed", Share.Of(f.TasksCompleted, f.TasksTotal))]),
            Leaf("Bench.QD366.HTNV.LateShare", "Không quá {threshold} nhiệm vụ chậm", "At most {threshold} of tasks late", Qd366.Article(11, 3),
                f => Share.Of(f.TasksLate, f.TasksTotal) <= late,
                f => [FactValue.Of("late", Share.Of(f.TasksLate, f.TasksTotal)), FactValue.Of("threshold", late)]));

        return DecisionLadder<MemberFacts, Qd366Level>
            .CreateBuilder(Named("Bench.QD366", "Xếp loại chất lượng đảng viên (QĐ 366)", "Party member classification (QĐ 366)", Qd366.Article(11)))
            .Exclude(exempt)
            .Exclude(suspended)
            .Exclude(recent)
            .Force(Qd366Level.Kht, lowScore)
            .Force(Qd366Level.Kht, notDone)
            .Force(Qd366Level.Kht, discipline)
            .Force(Qd366Level.Kht, degraded)
            .Force(Qd366Level.Kht, prohibitions)
            .Level(Qd366Level.Htxs, htxs)
            .Level(Qd366Level.Htt, htt)
            .Level(Qd366Level.Htnv, htnv)
            .Build();
    }

    public static Outcome ToOutcome(LadderDecision<Qd366Level> decision) => decision.Kind switch
    {
        OutcomeKind.NotRated => Outcome.NotRated,
        OutcomeKind.Level => decision.Level switch
        {
            Qd366Level.Htxs => Outcome.Htxs,
            Qd366Level.Htt => Outcome.Htt,
            Qd366Level.Htnv => Outcome.Htnv,
            _ => Outcome.Kht,
        },
        _ => Outcome.Undetermined,
    };

    private static RuleDescriptor Named(string code, string vi, string en, Citation citation) =>
        new(new RuleCode(code), new LocalizedText(vi, en), citation);

    private static Rule<MemberFacts> Leaf(string code, string vi, string en, Citation citation, Func<MemberFacts, bool> predicate, Func<MemberFacts, System.Collections.Immutable.ImmutableArray<FactValue>> values) =>
        Rule.Create(Named(code, vi, en, citation), predicate, values: values);
}
