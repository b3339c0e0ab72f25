using System.Collections.Immutable;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>QĐ 132-QĐ/TW (08/3/2018) with HĐ 21-HD/BTCTW, and QĐ 89-QĐ/TW for leaders.</summary>
internal sealed class Qd132Definition : EvaluationRegimeDefinition
{
    private Qd132Definition()
    {
    }

    /// <summary>Gets the definition.</summary>
    public static Qd132Definition Instance { get; } = new();

    private static readonly Parameter<int> Qd132SickLeaveMonths = Parameter.Integer("cap.sickLeaveMonths",
        new LocalizedText("Nghỉ ốm từ số tháng này trở lên trong năm thì không xếp loại từ Hoàn thành tốt nhiệm vụ trở lên", "Sick leave of at least this many months in the year caps the level at Hoàn thành nhiệm vụ"),
        3, Confidence.Confirmed, EvaluationDocuments.Hd21.Section("II.6"), 0, 12);

    private static readonly Parameter<Share> Qd132MinCompletion = Parameter.Share("kht.minCompletion",
        new LocalizedText("Hoàn thành dưới tỉ lệ chỉ tiêu, nhiệm vụ này thì Không hoàn thành nhiệm vụ", "Completing below this share of targets: Không hoàn thành nhiệm vụ"),
        Share.Percent(50), Confidence.Confirmed, EvaluationDocuments.Hd21.Section("II.B.2.3.d"));

    private static readonly Parameter<int> Qd132NewMonths = Parameter.Integer("excluded.newMonths",
        new LocalizedText("Đảng viên mới kết nạp, tập thể mới thành lập chưa đủ số tháng này thì không xếp loại", "Members admitted, or collectives founded, fewer months ago than this are not rated"),
        6, Confidence.Confirmed, EvaluationDocuments.Hd21.Section("II.6"), 0, 24);

    private static readonly Parameter<Share> Qd132UnitExceeded = Parameter.Share("leader.htxs.unitExceededShare",
        new LocalizedText("Tỉ lệ chỉ tiêu vượt mức tối thiểu của đơn vị để người lãnh đạo Hoàn thành xuất sắc nhiệm vụ", "Least share of unit targets exceeded for a leader's Hoàn thành xuất sắc nhiệm vụ"),
        Share.Percent(50), Confidence.News, EvaluationDocuments.Qd89.Whole());

    private static readonly Parameter<Share> Qd132UnitsGood = Parameter.Share("leader.htxs.unitsGoodShare",
        new LocalizedText("Tỉ lệ đơn vị trực thuộc đạt Hoàn thành tốt nhiệm vụ trở lên tối thiểu", "Least share of subordinate units rated Hoàn thành tốt nhiệm vụ or higher"),
        Share.Percent(70), Confidence.News, EvaluationDocuments.Qd89.Whole());

    private static readonly Parameter<Share> Qd132UnitOnTime = Parameter.Share("leader.htt.unitOnTimeShare",
        new LocalizedText("Tỉ lệ chỉ tiêu của đơn vị đúng tiến độ, chất lượng tối thiểu để Hoàn thành tốt nhiệm vụ", "Least share of unit targets on time and to quality for Hoàn thành tốt nhiệm vụ"),
        Share.Percent(80), Confidence.News, EvaluationDocuments.Qd89.Whole());

    private static readonly Parameter<Share> Qd132UnitMaxLate = Parameter.Share("leader.htnv.unitMaxLateShare",
        new LocalizedText("Tỉ lệ chỉ tiêu của đơn vị chậm tiến độ, chưa bảo đảm chất lượng tối đa để Hoàn thành nhiệm vụ", "Largest share of unit targets late or below quality for Hoàn thành nhiệm vụ"),
        Share.Percent(20), Confidence.News, EvaluationDocuments.Qd89.Whole());

    private static readonly Parameter<Share> Qd132UnitCompletion = Parameter.Share("leader.htnv.unitCompletionAbove",
        new LocalizedText("Đơn vị phải hoàn thành trên tỉ lệ chỉ tiêu này để người lãnh đạo Hoàn thành nhiệm vụ", "The unit must complete more than this share of targets for the leader's Hoàn thành nhiệm vụ"),
        Share.Percent(70), Confidence.News, EvaluationDocuments.Qd89.Whole());

    private static readonly ImmutableArray<ParameterDefinition> Qd132Schema =
        [Qd132SickLeaveMonths, Qd132MinCompletion, Qd132NewMonths, Qd132UnitExceeded, Qd132UnitsGood, Qd132UnitOnTime, Qd132UnitMaxLate, Qd132UnitCompletion];

    /// <inheritdoc />
    public override ImmutableArray<ParameterDefinition> Schema => Qd132Schema;

    /// <inheritdoc />
    public override RegimeRules Build(ParameterSet p)
    {
        int sickMonths = p.Get(Qd132SickLeaveMonths);
        Share minCompletion = p.Get(Qd132MinCompletion);
        int newMonths = p.Get(Qd132NewMonths);
        Share unitExceeded = p.Get(Qd132UnitExceeded);
        Share unitsGood = p.Get(Qd132UnitsGood);
        Share unitOnTime = p.Get(Qd132UnitOnTime);
        Share unitMaxLate = p.Get(Qd132UnitMaxLate);
        Share unitCompletion = p.Get(Qd132UnitCompletion);

        LegalDocument hd21 = EvaluationDocuments.Hd21;
        Citation subjects = hd21.Section("II.B.2.1");
        Citation special = hd21.Section("II.6");
        Citation htxs = hd21.Section("II.B.2.3.a");
        Citation kht = hd21.Section("II.B.2.3.d");
        Citation unconfirmed = EvaluationDocuments.Qd132.Whole();
        Citation leaders = EvaluationDocuments.Qd89.Whole();

        (Rule<EvaluationInput> exempt, Rule<EvaluationInput> suspended, Rule<EvaluationInput> newMember) = PartyExclusions("QD132", subjects, p.CitationFor(special, Qd132NewMonths), newMonths);
        Rule<EvaluationInput> newCollective = Leaf("QD132.Excluded.NewCollective", p.CitationFor(special, Qd132NewMonths), f => f.RequiredCollective.MonthsSinceEstablished < newMonths,
            f => [FactValue.Of("months", f.RequiredCollective.MonthsSinceEstablished), FactValue.Of("minimum", newMonths)]);

        Rule<EvaluationInput> degraded = Leaf("QD132.KHT.Degradation", kht, static f => f.Degraded,
            static f => [FactValue.Of("degraded", f.Degraded)]);
        Rule<EvaluationInput> lowCompletion = Leaf("QD132.KHT.Completion", p.CitationFor(kht, Qd132MinCompletion), f => f.Tasks.Below(f.Tasks.Completed, minCompletion),
            f => TaskValues(f.Tasks, "completed", f.Tasks.Completed, minCompletion));
        Rule<EvaluationInput> stateKht = Leaf("QD132.KHT.StateRating", kht, static f => f.StateLevel == EvaluationLevel.NotComplete,
            static f => [FactValue.Of("stateLevel", f.StateLevel?.ToString() ?? "-")]);
        Rule<EvaluationInput> discipline = Leaf("QD132.KHT.PartyDiscipline", kht, static f => f.CountDiscipline(DisciplineFilter.PartyOnly) > 0,
            static f => [FactValue.Of("count", f.CountDiscipline(DisciplineFilter.PartyOnly)), FactValue.Of("year", f.Year)]);
        Rule<EvaluationInput> belowComplete = Leaf("QD132.KHT.BelowComplete", kht, static f => true,
            static f => GradeValues(f));

        Rule<EvaluationInput> xsCriteria = Leaf("QD132.HTXS.Criteria", htxs,
            static f => f.Grades!.Value.Results == CriterionGrade.Excellent && GradeAtLeast(f.Grades.Value.General, CriterionGrade.Good),
            static f => GradeValues(f));
        Rule<EvaluationInput> xsState = Leaf("QD132.HTXS.StateExcellent", htxs, static f => f.StateLevel == EvaluationLevel.Excellent,
            static f => [FactValue.Of("stateLevel", f.StateLevel?.ToString() ?? "-")], appliesTo: static f => f.StateLevel != null);
        Rule<EvaluationInput> ttCriteria = Leaf("QD132.HTT.Criteria", unconfirmed,
            static f => GradeAtLeast(f.Grades!.Value.Results, CriterionGrade.Good) && GradeAtLeast(f.Grades.Value.General, CriterionGrade.Good),
            static f => GradeValues(f), Confidence.Unconfirmed);
        Rule<EvaluationInput> nvCriteria = Leaf("QD132.HTNV.Criteria", unconfirmed,
            static f => GradeAtLeast(f.Grades!.Value.Lowest, CriterionGrade.Average),
            static f => GradeValues(f), Confidence.Unconfirmed);

        Rule<EvaluationInput> leaderXsUnit = Leaf("QD132.Leader.HTXS.UnitTargets", p.CitationFor(leaders, Qd132UnitExceeded),
            f => f.RequiredLeader.UnitTasks.AllCompleted && f.RequiredLeader.UnitTasks.AtLeast(f.RequiredLeader.UnitTasks.Exceeded, unitExceeded),
            f => TaskValues(f.RequiredLeader.UnitTasks, "exceeded", f.RequiredLeader.UnitTasks.Exceeded, unitExceeded), Confidence.News);
        Rule<EvaluationInput> leaderXsUnits = Leaf("QD132.Leader.HTXS.Units", p.CitationFor(leaders, Qd132UnitsGood),
            f => f.RequiredLeader.UnitsAtLeastComplete == f.RequiredLeader.SubordinateUnits && Share.Of(f.RequiredLeader.UnitsAtLeastGood, f.RequiredLeader.SubordinateUnits) >= unitsGood,
            f => UnitValues(f, unitsGood), Confidence.News, appliesTo: static f => f.RequiredLeader.SubordinateUnits > 0);
        Rule<EvaluationInput> leaderTtUnit = Leaf("QD132.Leader.HTT.UnitOnTime", p.CitationFor(leaders, Qd132UnitOnTime),
            f => f.RequiredLeader.UnitTasks.AtLeast(f.RequiredLeader.UnitTasks.OnTimeAndQuality, unitOnTime),
            f => TaskValues(f.RequiredLeader.UnitTasks, "onTime", f.RequiredLeader.UnitTasks.OnTimeAndQuality, unitOnTime), Confidence.News);
        Rule<EvaluationInput> leaderTtUnits = Leaf("QD132.Leader.HTT.Units", leaders,
            static f => f.RequiredLeader.UnitsAtLeastComplete == f.RequiredLeader.SubordinateUnits,
            static f => UnitValues(f, Share.One), Confidence.News, appliesTo: static f => f.RequiredLeader.SubordinateUnits > 0);
        Rule<EvaluationInput> leaderNvUnit = Leaf("QD132.Leader.HTNV.UnitTargets", p.CitationFor(leaders, Qd132UnitMaxLate, Qd132UnitCompletion),
            f => f.RequiredLeader.UnitTasks.AtMost(f.RequiredLeader.UnitTasks.LateOrBelowQuality, unitMaxLate) && f.RequiredLeader.UnitTasks.Above(f.RequiredLeader.UnitTasks.Completed, unitCompletion),
            f => TaskValues(f.RequiredLeader.UnitTasks, "completed", f.RequiredLeader.UnitTasks.Completed, unitCompletion), Confidence.News);

        Rule<EvaluationInput> sickCap = Leaf("QD132.Cap.SickLeave", p.CitationFor(special, Qd132SickLeaveMonths), f => f.SickLeaveMonths >= sickMonths,
            f => [FactValue.Of("months", f.SickLeaveMonths), FactValue.Of("minimum", sickMonths)]);

        RuleDescriptor ladder = Describe("QD132.Classification", htxs);
        return new RegimeRules
        {
            NonLeader = DecisionLadder<EvaluationInput, EvaluationLevel>.CreateBuilder(ladder).NameLevels(EvaluationLevelNames.Of)
                .Exclude(exempt).Exclude(suspended).Exclude(newMember)
                .Force(EvaluationLevel.NotComplete, degraded).Force(EvaluationLevel.NotComplete, lowCompletion)
                .Force(EvaluationLevel.NotComplete, stateKht).Force(EvaluationLevel.NotComplete, discipline)
                .Level(EvaluationLevel.Excellent, AllOf("QD132.HTXS", htxs, xsCriteria, xsState))
                .Level(EvaluationLevel.Good, AllOf("QD132.HTT", unconfirmed, ttCriteria))
                .Level(EvaluationLevel.Complete, AllOf("QD132.HTNV", unconfirmed, nvCriteria))
                .Level(EvaluationLevel.NotComplete, belowComplete)
                .Cap(EvaluationLevel.Complete, sickCap)
                .Build(),
            Leader = DecisionLadder<EvaluationInput, EvaluationLevel>.CreateBuilder(ladder).NameLevels(EvaluationLevelNames.Of)
                .Exclude(exempt).Exclude(suspended).Exclude(newMember)
                .Force(EvaluationLevel.NotComplete, degraded).Force(EvaluationLevel.NotComplete, lowCompletion)
                .Force(EvaluationLevel.NotComplete, stateKht).Force(EvaluationLevel.NotComplete, discipline)
                .Level(EvaluationLevel.Excellent, AllOf("QD132.HTXS", htxs, xsCriteria, xsState, leaderXsUnit, leaderXsUnits))
                .Level(EvaluationLevel.Good, AllOf("QD132.HTT", unconfirmed, ttCriteria, leaderTtUnit, leaderTtUnits))
                .Level(EvaluationLevel.Complete, AllOf("QD132.HTNV", unconfirmed, nvCriteria, leaderNvUnit))
                .Level(EvaluationLevel.NotComplete, belowComplete)
                .Cap(EvaluationLevel.Complete, sickCap)
                .Build(),
            Collective = DecisionLadder<EvaluationInput, EvaluationLevel>.CreateBuilder(ladder).NameLevels(EvaluationLevelNames.Of)
                .Exclude(newCollective)
                .Force(EvaluationLevel.NotComplete, lowCompletion)
                .Level(EvaluationLevel.Excellent, AllOf("QD132.HTXS", htxs, xsCriteria))
                .Level(EvaluationLevel.Good, AllOf("QD132.HTT", unconfirmed, ttCriteria))
                .Level(EvaluationLevel.Complete, AllOf("QD132.HTNV", unconfirmed, nvCriteria))
                .Level(EvaluationLevel.NotComplete, belowComplete)
                .Build(),
            NeedsGrades = true,
            RungCodes = ["QD132.HTXS", "QD132.HTT", "QD132.HTNV", "QD132.KHT.BelowComplete"],
        };
    }

}
