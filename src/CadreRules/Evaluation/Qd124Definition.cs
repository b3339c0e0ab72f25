using System.Collections.Immutable;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>QĐ 124-QĐ/TW (04/10/2023) with HĐ 25-HD/BTCTW: criteria graded Xuất sắc/Tốt/Trung bình/Kém.</summary>
internal sealed class Qd124Definition : EvaluationRegimeDefinition
{
    private Qd124Definition()
    {
    }

    /// <summary>Gets the definition.</summary>
    public static Qd124Definition Instance { get; } = new();

    private static readonly Parameter<Share> Qd124ExceededShare = Parameter.Share("htxs.exceededShare",
        new LocalizedText("Tỉ lệ chỉ tiêu, nhiệm vụ vượt mức tối thiểu để Hoàn thành xuất sắc nhiệm vụ", "Least share of targets exceeded for Hoàn thành xuất sắc nhiệm vụ"),
        Share.Percent(50), Confidence.Confirmed, EvaluationDocuments.Qd124.Article(12, 1));

    private static readonly Parameter<Share> Qd124LeaderExceededShare = Parameter.Share("htxs.unitExceededShare",
        new LocalizedText("Tỉ lệ chỉ tiêu vượt mức tối thiểu của đơn vị do người lãnh đạo trực tiếp phụ trách (văn bản bị cắt, chưa xác định)", "Least share of targets exceeded by the units a leader directly leads (text cut off, unconfirmed)"),
        Share.Percent(50), Confidence.Unconfirmed, EvaluationDocuments.Qd124.Article(12, 1));

    private static readonly Parameter<Share> Qd124UnitCompletion = Parameter.Share("kht.unitMinCompletion",
        new LocalizedText("Đơn vị trực tiếp lãnh đạo hoàn thành dưới tỉ lệ chỉ tiêu này thì Không hoàn thành nhiệm vụ", "Units led completing below this share of targets: Không hoàn thành nhiệm vụ"),
        Share.Percent(50), Confidence.Confirmed, EvaluationDocuments.Qd124.Article(12, 4));

    private static readonly Parameter<Share> Qd124SubordinatesDisciplinedShare = Parameter.Share("kht.subordinatesDisciplinedShare",
        new LocalizedText("Trên tỉ lệ đơn vị trực thuộc bị kỷ luật này thì tập thể Không hoàn thành nhiệm vụ", "Above this share of subordinate units disciplined, the collective is Không hoàn thành nhiệm vụ"),
        Share.Percent(20), Confidence.Confirmed, EvaluationDocuments.Qd124.Article(12, 4));

    private static readonly Parameter<int> Qd124NewMemberMonths = Parameter.Integer("excluded.newMemberMonths",
        new LocalizedText("Đảng viên mới kết nạp chưa đủ số tháng này thì không kiểm điểm, không xếp loại", "Members admitted fewer months ago than this are not reviewed nor rated"),
        6, Confidence.Confirmed, EvaluationDocuments.Qd124.Article(5, 2), 0, 24);

    private static readonly ImmutableArray<ParameterDefinition> Qd124Schema =
        [Qd124ExceededShare, Qd124LeaderExceededShare, Qd124UnitCompletion, Qd124SubordinatesDisciplinedShare, Qd124NewMemberMonths];

    /// <inheritdoc />
    public override ImmutableArray<ParameterDefinition> Schema => Qd124Schema;

    /// <inheritdoc />
    public override RegimeRules Build(ParameterSet p)
    {
        Share exceededShare = p.Get(Qd124ExceededShare);
        Share unitExceeded = p.Get(Qd124LeaderExceededShare);
        Share unitCompletion = p.Get(Qd124UnitCompletion);
        Share subordinatesShare = p.Get(Qd124SubordinatesDisciplinedShare);
        int newMonths = p.Get(Qd124NewMemberMonths);

        LegalDocument doc = EvaluationDocuments.Qd124;
        Citation excluded = doc.Article(5, 2);
        Citation k1 = doc.Article(12, 1);
        Citation k2 = doc.Article(12, 2);
        Citation k3 = doc.Article(12, 3);
        Citation k4 = doc.Article(12, 4);

        (Rule<EvaluationInput> exempt, Rule<EvaluationInput> suspended, Rule<EvaluationInput> newMember) = PartyExclusions("QD124", excluded, p.CitationFor(excluded, Qd124NewMemberMonths), newMonths);

        Rule<EvaluationInput> poor = Leaf("QD124.KHT.PoorCriterion", k4, static f => f.Grades!.Value.Lowest == CriterionGrade.Poor,
            static f => [FactValue.Of("general", f.Grades!.Value.General.ToString()), FactValue.Of("results", f.Grades.Value.Results.ToString())]);
        Rule<EvaluationInput> discipline = Leaf("QD124.KHT.Discipline", k4, static f => f.CountDiscipline(DisciplineFilter.ExceptSelfDiscovered) > 0,
            static f => [FactValue.Of("count", f.CountDiscipline(DisciplineFilter.ExceptSelfDiscovered)), FactValue.Of("year", f.Year)]);
        Rule<EvaluationInput> degraded = Leaf("QD124.KHT.Degradation", k4, static f => f.Degraded,
            static f => [FactValue.Of("degraded", f.Degraded)]);
        Rule<EvaluationInput> unitLow = Leaf("QD124.KHT.UnitCompletion", p.CitationFor(k4, Qd124UnitCompletion), f => f.ConditionTasks.Below(f.ConditionTasks.Completed, unitCompletion),
            f => TaskValues(f.ConditionTasks, "completed", f.ConditionTasks.Completed, unitCompletion));
        Rule<EvaluationInput> collectiveDisciplined = Leaf("QD124.KHT.CollectiveDisciplined", k4, static f => f.RequiredCollective.LeadershipCollectiveDisciplined,
            static f => [FactValue.Of("disciplined", f.RequiredCollective.LeadershipCollectiveDisciplined)]);
        Rule<EvaluationInput> subordinatesDisciplined = Leaf("QD124.KHT.SubordinatesDisciplined", p.CitationFor(k4, Qd124SubordinatesDisciplinedShare),
            f => f.RequiredCollective.SubordinateUnits > 0 && Share.Of(f.RequiredCollective.SubordinateUnitsDisciplined, f.RequiredCollective.SubordinateUnits) > subordinatesShare,
            f => [FactValue.Of("count", f.RequiredCollective.SubordinateUnitsDisciplined), FactValue.Of("total", f.RequiredCollective.SubordinateUnits), FactValue.Of("threshold", subordinatesShare)]);

        Rule<EvaluationInput> xsCriteria = Leaf("QD124.HTXS.Criteria", k1,
            static f => f.Grades!.Value.Results == CriterionGrade.Excellent && GradeAtLeast(f.Grades.Value.General, CriterionGrade.Good),
            static f => GradeValues(f));
        Rule<EvaluationInput> xsOnTime = Leaf("QD124.HTXS.AllOnTime", k1, static f => f.Tasks.AllOnTimeAndQuality,
            static f => TaskValues(f.Tasks, "onTime", f.Tasks.OnTimeAndQuality, Share.One));
        Rule<EvaluationInput> xsExceeded = Leaf("QD124.HTXS.ExceededShare", p.CitationFor(k1, Qd124ExceededShare), f => f.Tasks.AtLeast(f.Tasks.Exceeded, exceededShare),
            f => TaskValues(f.Tasks, "exceeded", f.Tasks.Exceeded, exceededShare));
        Rule<EvaluationInput> xsUnit = Leaf("QD124.HTXS.UnitTargets", p.CitationFor(k1, Qd124LeaderExceededShare),
            f => f.RequiredLeader.UnitTasks.AllCompleted && f.RequiredLeader.UnitTasks.AtLeast(f.RequiredLeader.UnitTasks.Exceeded, unitExceeded),
            f => TaskValues(f.RequiredLeader.UnitTasks, "exceeded", f.RequiredLeader.UnitTasks.Exceeded, unitExceeded), Confidence.Unconfirmed);
        Rule<EvaluationInput> noneDisciplined = Leaf("QD124.Collective.NoneDisciplined", k1,
            static f => f.RequiredCollective.SubordinateUnitsDisciplined == 0 && f.RequiredCollective.LeadershipMembersDisciplined == 0 && !f.RequiredCollective.LeadershipCollectiveDisciplined,
            static f => [FactValue.Of("units", f.RequiredCollective.SubordinateUnitsDisciplined), FactValue.Of("members", f.RequiredCollective.LeadershipMembersDisciplined)],
            Confidence.News);
        Rule<EvaluationInput> ttCriteria = Leaf("QD124.HTT.Criteria", k2,
            static f => GradeAtLeast(f.Grades!.Value.Results, CriterionGrade.Good) && GradeAtLeast(f.Grades.Value.General, CriterionGrade.Average),
            static f => GradeValues(f), Confidence.News);
        Rule<EvaluationInput> nvCriteria = Leaf("QD124.HTNV.Criteria", k3,
            static f => GradeAtLeast(f.Grades!.Value.Lowest, CriterionGrade.Average),
            static f => GradeValues(f), Confidence.News);

        RuleDescriptor ladder = Describe("QD124.Classification", doc.Article(12));
        DecisionLadder<EvaluationInput, EvaluationLevel> Individual(bool leader)
        {
            DecisionLadderBuilder<EvaluationInput, EvaluationLevel> b = DecisionLadder<EvaluationInput, EvaluationLevel>.CreateBuilder(ladder).NameLevels(EvaluationLevelNames.Of)
                .Exclude(exempt).Exclude(suspended).Exclude(newMember)
                .Force(EvaluationLevel.NotComplete, poor).Force(EvaluationLevel.NotComplete, discipline).Force(EvaluationLevel.NotComplete, degraded);
            if (leader)
            {
                b.Force(EvaluationLevel.NotComplete, unitLow);
            }

            return b.Level(EvaluationLevel.Excellent, leader ? AllOf("QD124.HTXS", k1, xsCriteria, xsOnTime, xsExceeded, xsUnit) : AllOf("QD124.HTXS", k1, xsCriteria, xsOnTime, xsExceeded))
                .Level(EvaluationLevel.Good, AllOf("QD124.HTT", k2, ttCriteria))
                .Level(EvaluationLevel.Complete, AllOf("QD124.HTNV", k3, nvCriteria))
                .Build();
        }

        return new RegimeRules
        {
            NonLeader = Individual(false),
            Leader = Individual(true),
            Collective = DecisionLadder<EvaluationInput, EvaluationLevel>.CreateBuilder(ladder).NameLevels(EvaluationLevelNames.Of)
                .Force(EvaluationLevel.NotComplete, poor).Force(EvaluationLevel.NotComplete, unitLow)
                .Force(EvaluationLevel.NotComplete, collectiveDisciplined).Force(EvaluationLevel.NotComplete, subordinatesDisciplined)
                .Level(EvaluationLevel.Excellent, AllOf("QD124.HTXS", k1, xsCriteria, xsOnTime, xsExceeded, noneDisciplined))
                .Level(EvaluationLevel.Good, AllOf("QD124.HTT", k2, ttCriteria, noneDisciplined))
                .Level(EvaluationLevel.Complete, AllOf("QD124.HTNV", k3, nvCriteria, noneDisciplined))
                .Build(),
            NeedsGrades = true,
            RungCodes = ["QD124.HTXS", "QD124.HTT", "QD124.HTNV", default],
            GapDescriptor = Describe("QD124.Gap.NoLevel", doc.Article(12)),
        };
    }

}
