using System.Collections.Immutable;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>NĐ 90/2020/NĐ-CP as first issued and as amended by NĐ 48/2023/NĐ-CP (from 15/9/2023). One definition per reading: <see cref="Original"/> and <see cref="Amended"/>.</summary>
internal sealed class Nd90Definition : EvaluationRegimeDefinition
{
    private readonly bool _amended;

    private Nd90Definition(bool amended) => _amended = amended;

    /// <summary>Gets NĐ 90 as first issued.</summary>
    public static Nd90Definition Original { get; } = new(amended: false);

    /// <summary>Gets NĐ 90 as amended by NĐ 48.</summary>
    public static Nd90Definition Amended { get; } = new(amended: true);

    private static readonly Parameter<int> Nd90MinMonthsWorked = Parameter.Integer("notRated.minMonthsWorked",
        new LocalizedText("Công tác trong năm chưa đủ số tháng này thì không xếp loại (trừ nghỉ thai sản)", "Fewer months worked in the year than this: not rated (maternity leave excepted)"),
        6, Confidence.Confirmed, EvaluationDocuments.Nd90.Article(2, 3), 0, 12);

    private static readonly Parameter<int> Nd90CapLeaveFrom = Parameter.Integer("cap.leaveFromMonths",
        new LocalizedText("Nghỉ từ số tháng này đến dưới mức không xếp loại thì tối đa Hoàn thành nhiệm vụ", "Leave from this many months up to the not-rated bound caps the level at Hoàn thành nhiệm vụ"),
        3, Confidence.Confirmed, EvaluationDocuments.Nd90.Article(2, 3), 0, 12);

    private static readonly Parameter<int> Nd90CapLeaveBelow = Parameter.Integer("cap.leaveBelowMonths",
        new LocalizedText("Mức trên (không kể) của thời gian nghỉ bị giới hạn ở Hoàn thành nhiệm vụ", "Upper (exclusive) bound of the leave that caps the level at Hoàn thành nhiệm vụ"),
        6, Confidence.Confirmed, EvaluationDocuments.Nd90.Article(2, 3), 0, 13);

    private static readonly Parameter<Share> Nd90ExceededShare = Parameter.Share("htxs.exceededShare",
        new LocalizedText("Tỉ lệ nhiệm vụ (chỉ tiêu) vượt mức tối thiểu để Hoàn thành xuất sắc nhiệm vụ", "Least share of tasks (targets) exceeded for Hoàn thành xuất sắc nhiệm vụ"),
        Share.Percent(50), Confidence.Confirmed, EvaluationDocuments.Nd90.Article(8));

    private static readonly Parameter<Share> Nd90UnitsGood = Parameter.Share("leader.unitsGoodShare",
        new LocalizedText("Tỉ lệ đơn vị trực thuộc đạt Hoàn thành tốt nhiệm vụ trở lên tối thiểu", "Least share of subordinate units rated Hoàn thành tốt nhiệm vụ or higher"),
        Share.Percent(70), Confidence.Confirmed, EvaluationDocuments.Nd90.Article(8));

    private static readonly Parameter<Share> Nd90UnitOnTime = Parameter.Share("leader.htt.unitOnTimeShare",
        new LocalizedText("Tỉ lệ chỉ tiêu của đơn vị đúng tiến độ, chất lượng tối thiểu để Hoàn thành tốt nhiệm vụ", "Least share of unit targets on time and to quality for Hoàn thành tốt nhiệm vụ"),
        Share.Percent(80), Confidence.News, EvaluationDocuments.Nd90.Article(9));

    private static readonly Parameter<Share> Nd90MaxLate = Parameter.Share("htnv.maxLateShare",
        new LocalizedText("Tỉ lệ tiêu chí chưa bảo đảm chất lượng, tiến độ tối đa để Hoàn thành nhiệm vụ", "Largest share of criteria late or below quality for Hoàn thành nhiệm vụ"),
        Share.Percent(20), Confidence.Confirmed, EvaluationDocuments.Nd90.Article(10));

    private static readonly Parameter<Share> Nd90UnitCompletionAbove = Parameter.Share("leader.htnv.unitCompletionAbove",
        new LocalizedText("Đơn vị phải hoàn thành trên tỉ lệ chỉ tiêu này để người quản lý Hoàn thành nhiệm vụ", "The unit must complete more than this share of targets for the manager's Hoàn thành nhiệm vụ"),
        Share.Percent(70), Confidence.Confirmed, EvaluationDocuments.Nd90.Article(10));

    private static readonly Parameter<Share> Nd90UnitsComplete = Parameter.Share("leader.htnv.unitsCompleteShare",
        new LocalizedText("Tỉ lệ đơn vị trực thuộc đạt Hoàn thành nhiệm vụ trở lên tối thiểu để người quản lý Hoàn thành nhiệm vụ", "Least share of subordinate units rated Hoàn thành nhiệm vụ or higher for the manager's Hoàn thành nhiệm vụ"),
        Share.Percent(70), Confidence.Confirmed, EvaluationDocuments.Nd90.Article(10));

    private static readonly Parameter<Share> Nd90KhtNotOnTime = Parameter.Share("kht.notOnTimeShare",
        new LocalizedText("Trên tỉ lệ tiêu chí chưa bảo đảm tiến độ, chất lượng này thì Không hoàn thành nhiệm vụ", "Above this share of criteria not on time or below quality: Không hoàn thành nhiệm vụ"),
        Share.Percent(50), Confidence.News, EvaluationDocuments.Nd90.Article(11));

    private static readonly Parameter<Share> Nd90KhtUnitCompletion = Parameter.Share("kht.unitMinCompletion",
        new LocalizedText("Đơn vị hoàn thành dưới tỉ lệ chỉ tiêu này thì người quản lý Không hoàn thành nhiệm vụ", "Unit completing below this share of targets: the manager is Không hoàn thành nhiệm vụ"),
        Share.Percent(50), Confidence.News, EvaluationDocuments.Nd90.Article(11));

    private static readonly ImmutableArray<ParameterDefinition> Nd90Schema =
    [
        Nd90MinMonthsWorked, Nd90CapLeaveFrom, Nd90CapLeaveBelow, Nd90ExceededShare, Nd90UnitsGood, Nd90UnitOnTime, Nd90MaxLate,
        Nd90UnitCompletionAbove, Nd90UnitsComplete, Nd90KhtNotOnTime, Nd90KhtUnitCompletion,
    ];

    // The capped band of leave starts no later than it ends.
    private static readonly ImmutableArray<ParameterConstraint> Nd90Constraints = [ParameterConstraint.NotGreater(Nd90CapLeaveFrom, Nd90CapLeaveBelow)];

    /// <inheritdoc />
    public override ImmutableArray<ParameterDefinition> Schema => Nd90Schema;

    /// <inheritdoc />
    public override ImmutableArray<ParameterConstraint> Constraints => Nd90Constraints;

    /// <inheritdoc />
    public override RegimeRules Build(ParameterSet p)
    {
        bool amended = _amended;
        int minMonths = p.Get(Nd90MinMonthsWorked);
        int leaveFrom = p.Get(Nd90CapLeaveFrom);
        int leaveBelow = p.Get(Nd90CapLeaveBelow);
        Share exceeded = p.Get(Nd90ExceededShare);
        Share unitsGood = p.Get(Nd90UnitsGood);
        Share unitOnTime = p.Get(Nd90UnitOnTime);
        Share maxLate = p.Get(Nd90MaxLate);
        Share unitCompletionAbove = p.Get(Nd90UnitCompletionAbove);
        Share unitsComplete = p.Get(Nd90UnitsComplete);
        Share khtNotOnTime = p.Get(Nd90KhtNotOnTime);
        Share khtUnit = p.Get(Nd90KhtUnitCompletion);

        LegalDocument doc = EvaluationDocuments.Nd90;
        Citation k3 = doc.Article(2, 3);
        Citation a8 = doc.Article(8);
        Citation a9 = doc.Article(9);
        Citation a10 = doc.Article(10);
        Citation a11 = doc.Article(11);

        Rule<EvaluationInput> notRated = Leaf("ND90.NotRated.MonthsWorked", p.CitationFor(k3, Nd90MinMonthsWorked), f => f.MonthsWorked < minMonths && !f.MaternityLeave,
            f => [FactValue.Of("months", f.MonthsWorked), FactValue.Of("minimum", minMonths), FactValue.Of("maternity", f.MaternityLeave)]);
        Rule<EvaluationInput> leaveCap = Leaf("ND90.Cap.Leave", p.CitationFor(k3, Nd90CapLeaveFrom, Nd90CapLeaveBelow), f => f.LeaveMonths >= leaveFrom && f.LeaveMonths < leaveBelow,
            f => [FactValue.Of("months", f.LeaveMonths), FactValue.Of("from", leaveFrom), FactValue.Of("below", leaveBelow)]);

        Rule<EvaluationInput> degraded = Leaf("ND90.KHT.Degradation", a11, static f => f.Degraded,
            static f => [FactValue.Of("degraded", f.Degraded)], Confidence.News);
        Rule<EvaluationInput> notOnTime = Leaf("ND90.KHT.NotOnTimeShare", p.CitationFor(a11, Nd90KhtNotOnTime),
            f => f.Tasks.Above(f.Tasks.Total - f.Tasks.OnTimeAndQuality, khtNotOnTime),
            f => TaskValues(f.Tasks, "notOnTime", f.Tasks.Total - f.Tasks.OnTimeAndQuality, khtNotOnTime), Confidence.News);
        Rule<EvaluationInput> unitLow = Leaf("ND90.KHT.UnitCompletion", p.CitationFor(a11, Nd90KhtUnitCompletion),
            f => f.RequiredLeader.UnitTasks.Below(f.RequiredLeader.UnitTasks.Completed, khtUnit),
            f => TaskValues(f.RequiredLeader.UnitTasks, "completed", f.RequiredLeader.UnitTasks.Completed, khtUnit), Confidence.News);
        Rule<EvaluationInput> corruption = Leaf("ND90.KHT.CorruptionInScope", a11, static f => f.RequiredLeader.CorruptionInScopeDisciplined,
            static f => [FactValue.Of("disciplined", f.RequiredLeader.CorruptionInScopeDisciplined)], Confidence.News);
        Rule<EvaluationInput> discipline = amended
            ? Leaf("ND48.KHT.Discipline", EvaluationDocuments.Nd48.Article(1), static f => f.CountDiscipline(DisciplineFilter.None) > 0,
                static f => [FactValue.Of("count", f.CountDiscipline(DisciplineFilter.None)), FactValue.Of("year", f.Year)])
            : Leaf("ND90.KHT.Discipline", a11, static f => f.CountDiscipline(DisciplineFilter.AdministrativeOnly) > 0,
                static f => [FactValue.Of("count", f.CountDiscipline(DisciplineFilter.AdministrativeOnly)), FactValue.Of("year", f.Year)], Confidence.News);

        Rule<EvaluationInput> xsCriteria = Leaf("ND90.HTXS.Criteria", a8, static f => GradeAtLeast(f.Grades!.Value.General, CriterionGrade.Good),
            static f => GradeValues(f));
        Rule<EvaluationInput> xsOnTime = Leaf("ND90.HTXS.AllOnTime", a8, static f => f.Tasks.AllOnTimeAndQuality,
            static f => TaskValues(f.Tasks, "onTime", f.Tasks.OnTimeAndQuality, Share.One));
        Rule<EvaluationInput> xsExceeded = Leaf("ND90.HTXS.ExceededShare", p.CitationFor(a8, Nd90ExceededShare), f => f.Tasks.AtLeast(f.Tasks.Exceeded, exceeded),
            f => TaskValues(f.Tasks, "exceeded", f.Tasks.Exceeded, exceeded));
        Rule<EvaluationInput> xsUnit = Leaf("ND90.Leader.HTXS.UnitTargets", p.CitationFor(a8, Nd90ExceededShare),
            f => f.RequiredLeader.UnitTasks.AllCompleted && f.RequiredLeader.UnitTasks.AtLeast(f.RequiredLeader.UnitTasks.Exceeded, exceeded),
            f => TaskValues(f.RequiredLeader.UnitTasks, "exceeded", f.RequiredLeader.UnitTasks.Exceeded, exceeded));
        Rule<EvaluationInput> unitsGoodRule = Leaf("ND90.Leader.Units", p.CitationFor(a8, Nd90UnitsGood),
            f => f.RequiredLeader.UnitsAtLeastComplete == f.RequiredLeader.SubordinateUnits && Share.Of(f.RequiredLeader.UnitsAtLeastGood, f.RequiredLeader.SubordinateUnits) >= unitsGood,
            f => UnitValues(f, unitsGood), appliesTo: static f => f.RequiredLeader.SubordinateUnits > 0);
        Rule<EvaluationInput> ttCriteria = Leaf("ND90.HTT.Criteria", a9, static f => GradeAtLeast(f.Grades!.Value.General, CriterionGrade.Good),
            static f => GradeValues(f), Confidence.News);
        Rule<EvaluationInput> ttOnTime = Leaf("ND90.HTT.AllOnTime", a9, static f => f.Tasks.AllOnTimeAndQuality,
            static f => TaskValues(f.Tasks, "onTime", f.Tasks.OnTimeAndQuality, Share.One), Confidence.News);
        Rule<EvaluationInput> ttUnit = Leaf("ND90.Leader.HTT.UnitOnTime", p.CitationFor(a9, Nd90UnitOnTime),
            f => f.RequiredLeader.UnitTasks.AtLeast(f.RequiredLeader.UnitTasks.OnTimeAndQuality, unitOnTime),
            f => TaskValues(f.RequiredLeader.UnitTasks, "onTime", f.RequiredLeader.UnitTasks.OnTimeAndQuality, unitOnTime), Confidence.News);
        Rule<EvaluationInput> nvCriteria = Leaf("ND90.HTNV.Criteria", a10, static f => GradeAtLeast(f.Grades!.Value.General, CriterionGrade.Average),
            static f => GradeValues(f));
        Rule<EvaluationInput> nvCompleted = Leaf("ND90.HTNV.AllCompleted", a10, static f => f.Tasks.AllCompleted,
            static f => TaskValues(f.Tasks, "completed", f.Tasks.Completed, Share.One));
        Rule<EvaluationInput> nvLate = Leaf("ND90.HTNV.LateShare", p.CitationFor(a10, Nd90MaxLate), f => f.Tasks.AtMost(f.Tasks.LateOrBelowQuality, maxLate),
            f => TaskValues(f.Tasks, "late", f.Tasks.LateOrBelowQuality, maxLate));
        Rule<EvaluationInput> nvUnit = Leaf("ND90.Leader.HTNV.UnitTargets", p.CitationFor(a10, Nd90UnitCompletionAbove),
            f => f.RequiredLeader.UnitTasks.Above(f.RequiredLeader.UnitTasks.Completed, unitCompletionAbove),
            f => TaskValues(f.RequiredLeader.UnitTasks, "completed", f.RequiredLeader.UnitTasks.Completed, unitCompletionAbove));
        Rule<EvaluationInput> nvUnits = Leaf("ND90.Leader.HTNV.Units", p.CitationFor(a10, Nd90UnitsComplete),
            f => Share.Of(f.RequiredLeader.UnitsAtLeastComplete, f.RequiredLeader.SubordinateUnits) >= unitsComplete,
            f => UnitValues(f, unitsComplete), appliesTo: static f => f.RequiredLeader.SubordinateUnits > 0);

        string prefix = amended ? "ND48" : "ND90";
        RuleDescriptor ladder = Describe(prefix + ".Classification", amended ? EvaluationDocuments.Nd48.Article(1) : doc.Whole());
        return new RegimeRules
        {
            NonLeader = DecisionLadder<EvaluationInput, EvaluationLevel>.CreateBuilder(ladder).NameLevels(EvaluationLevelNames.Of)
                .Exclude(notRated)
                .Force(EvaluationLevel.NotComplete, degraded).Force(EvaluationLevel.NotComplete, discipline).Force(EvaluationLevel.NotComplete, notOnTime)
                .Level(EvaluationLevel.Excellent, AllOf("ND90.HTXS", a8, xsCriteria, xsOnTime, xsExceeded))
                .Level(EvaluationLevel.Good, AllOf("ND90.HTT", a9, ttCriteria, ttOnTime))
                .Level(EvaluationLevel.Complete, AllOf("ND90.HTNV", a10, nvCriteria, nvCompleted, nvLate))
                .Cap(EvaluationLevel.Complete, leaveCap)
                .Build(),
            Leader = DecisionLadder<EvaluationInput, EvaluationLevel>.CreateBuilder(ladder).NameLevels(EvaluationLevelNames.Of)
                .Exclude(notRated)
                .Force(EvaluationLevel.NotComplete, degraded).Force(EvaluationLevel.NotComplete, discipline)
                .Force(EvaluationLevel.NotComplete, unitLow).Force(EvaluationLevel.NotComplete, corruption)
                .Level(EvaluationLevel.Excellent, AllOf("ND90.HTXS", a8, xsCriteria, xsUnit, unitsGoodRule))
                .Level(EvaluationLevel.Good, AllOf("ND90.HTT", a9, ttCriteria, ttUnit, unitsGoodRule))
                .Level(EvaluationLevel.Complete, AllOf("ND90.HTNV", a10, nvCriteria, nvUnit, nvUnits))
                .Cap(EvaluationLevel.Complete, leaveCap)
                .Build(),
            NeedsGrades = true,
            RungCodes = ["ND90.HTXS", "ND90.HTT", "ND90.HTNV", default],
            GapDescriptor = Describe("ND90.Gap.NoLevel", doc.Whole()),
            Collective = ScoreOnlyDefinition.NoLevelsLadder(prefix, doc, doc.Whole()),
            CollectiveReadsNoFacts = true,
            CollectiveGapDescriptor = Describe(prefix + ".Collective.NoLevels", doc.Whole(), Confidence.Unconfirmed),
        };
    }
}
