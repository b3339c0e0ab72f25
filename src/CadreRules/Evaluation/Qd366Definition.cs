using System.Collections.Immutable;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>QĐ 366-QĐ/TW (30/8/2025) with HĐ 43-HD/BTCTW: the 100-point Party regime.</summary>
internal sealed class Qd366Definition : EvaluationRegimeDefinition
{
    private Qd366Definition()
    {
    }

    /// <summary>Gets the definition.</summary>
    public static Qd366Definition Instance { get; } = new();

    private static readonly Parameter<int> Qd366ExcellentScore = Parameter.Integer("htxs.minScore",
        new LocalizedText("Điểm tối thiểu của mức Hoàn thành xuất sắc nhiệm vụ", "Lowest score of Hoàn thành xuất sắc nhiệm vụ"),
        90, Confidence.Confirmed, EvaluationDocuments.Qd366.Article(11, 1), 0, 100);

    private static readonly Parameter<int> Qd366GoodScore = Parameter.Integer("htt.minScore",
        new LocalizedText("Điểm tối thiểu của mức Hoàn thành tốt nhiệm vụ", "Lowest score of Hoàn thành tốt nhiệm vụ"),
        70, Confidence.Confirmed, EvaluationDocuments.Qd366.Article(11, 2), 0, 100);

    private static readonly Parameter<int> Qd366CompleteScore = Parameter.Integer("htnv.minScore",
        new LocalizedText("Điểm tối thiểu của mức Hoàn thành nhiệm vụ; thấp hơn là Không hoàn thành nhiệm vụ", "Lowest score of Hoàn thành nhiệm vụ; below it, Không hoàn thành nhiệm vụ"),
        50, Confidence.Confirmed, EvaluationDocuments.Qd366.Article(11, 3), 0, 100);

    private static readonly Parameter<Share> Qd366ExceededShare = Parameter.Share("htxs.exceededShare",
        new LocalizedText("Tỉ lệ nhiệm vụ vượt mức tối thiểu để Hoàn thành xuất sắc nhiệm vụ", "Least share of tasks exceeded for Hoàn thành xuất sắc nhiệm vụ"),
        Share.Percent(30), Confidence.Confirmed, EvaluationDocuments.Qd366.Article(11, 1));

    private static readonly Parameter<Share> Qd366MaxLateShare = Parameter.Share("htnv.maxLateShare",
        new LocalizedText("Tỉ lệ nhiệm vụ chưa bảo đảm tiến độ tối đa để Hoàn thành nhiệm vụ", "Largest share of late tasks for Hoàn thành nhiệm vụ"),
        Share.Percent(20), Confidence.News, EvaluationDocuments.Qd366.Article(11, 3));

    private static readonly Parameter<Share> Qd366FailedShare = Parameter.Share("kht.failedTasksShare",
        new LocalizedText("Trên tỉ lệ nhiệm vụ không hoàn thành này thì Không hoàn thành nhiệm vụ", "Above this share of tasks not completed: Không hoàn thành nhiệm vụ"),
        Share.Percent(50), Confidence.News, EvaluationDocuments.Qd366.Article(11, 4));

    private static readonly Parameter<Share> Qd366UnitCompletion = Parameter.Share("kht.unitMinCompletion",
        new LocalizedText("Đơn vị trực tiếp lãnh đạo hoàn thành dưới tỉ lệ này thì Không hoàn thành nhiệm vụ", "Units led completing below this share: Không hoàn thành nhiệm vụ"),
        Share.Percent(70), Confidence.News, EvaluationDocuments.Qd366.Article(11, 4));

    private static readonly Parameter<Share> Qd366UnitsNotCompleteShare = Parameter.Share("kht.unitsNotCompleteShare",
        new LocalizedText("Trên tỉ lệ đơn vị phụ trách bị Không hoàn thành nhiệm vụ này thì người lãnh đạo Không hoàn thành nhiệm vụ", "Above this share of units rated Không hoàn thành nhiệm vụ, the leader is too"),
        Share.Percent(50), Confidence.News, EvaluationDocuments.Qd366.Article(11, 4));

    private static readonly Parameter<Share> Qd366LowConfidenceShare = Parameter.Share("kht.lowConfidenceShare",
        new LocalizedText("Trên tỉ lệ phiếu tín nhiệm thấp này thì Không hoàn thành nhiệm vụ", "Above this share of low-confidence ballots: Không hoàn thành nhiệm vụ"),
        Share.Percent(50), Confidence.News, EvaluationDocuments.Qd366.Article(11, 4));

    private static readonly Parameter<int> Qd366NewMemberMonths = Parameter.Integer("excluded.newMemberMonths",
        new LocalizedText("Đảng viên mới kết nạp chưa đủ số tháng này thì không kiểm điểm, không xếp loại", "Members admitted fewer months ago than this are not reviewed nor rated"),
        6, Confidence.Confirmed, EvaluationDocuments.Qd366.Article(5, 2), 0, 24);

    private static readonly Parameter<SocioEconomicTargetsPolicy> Qd366SocioEconomicPolicy = Parameter.Choice("kht.socioEconomicTargets",
        new LocalizedText("Cách đọc \"không hoàn thành 5 chỉ tiêu kinh tế - xã hội cơ bản\" (chưa xác định): thiếu một chỉ tiêu hay thiếu cả năm", "How to read \"not completing the 5 basic socio-economic targets\" (unconfirmed): any one missed, or all missed"),
        SocioEconomicTargetsPolicy.AnyMissed, Confidence.Unconfirmed, EvaluationDocuments.Qd366.Article(11, 4));

    private static readonly Parameter<HighScorePolicy> Qd366HighScorePolicy = Parameter.Choice("policy.highScore",
        new LocalizedText("Khi điểm thuộc khung của một mức nhưng không đáp ứng điều kiện của mức đó (văn bản không quy định): chưa xác định, hoặc mức cao nhất mà điều kiện được đáp ứng", "When the score is in a level's band but that level's conditions fail (the text is silent): undetermined, or the highest level whose conditions hold"),
        HighScorePolicy.Undetermined, Confidence.Unconfirmed, EvaluationDocuments.Qd366.Article(11));

    private static readonly ImmutableArray<ParameterDefinition> Qd366Schema =
    [
        Qd366ExcellentScore, Qd366GoodScore, Qd366CompleteScore, Qd366ExceededShare, Qd366MaxLateShare, Qd366FailedShare,
        Qd366UnitCompletion, Qd366UnitsNotCompleteShare, Qd366LowConfidenceShare, Qd366NewMemberMonths,
        Qd366SocioEconomicPolicy, Qd366HighScorePolicy,
    ];

    // The three score bands follow one another: a variant cannot put HTT's lowest score above HTXS's.
    private static readonly ImmutableArray<ParameterConstraint> Qd366Constraints =
        [ParameterConstraint.Descending(Qd366ExcellentScore, Qd366GoodScore, Qd366CompleteScore)];

    /// <inheritdoc />
    public override ImmutableArray<ParameterDefinition> Schema => Qd366Schema;

    /// <inheritdoc />
    public override ImmutableArray<ParameterConstraint> Constraints => Qd366Constraints;

    /// <inheritdoc />
    public override RegimeRules Build(ParameterSet p)
    {
        decimal xs = p.Get(Qd366ExcellentScore);
        decimal tt = p.Get(Qd366GoodScore);
        decimal nv = p.Get(Qd366CompleteScore);
        Share exceededShare = p.Get(Qd366ExceededShare);
        Share maxLate = p.Get(Qd366MaxLateShare);
        Share failedShare = p.Get(Qd366FailedShare);
        Share unitCompletion = p.Get(Qd366UnitCompletion);
        Share unitsKht = p.Get(Qd366UnitsNotCompleteShare);
        Share lowShare = p.Get(Qd366LowConfidenceShare);
        int newMonths = p.Get(Qd366NewMemberMonths);
        int xsWhole = p.Get(Qd366ExcellentScore);
        int ttWhole = p.Get(Qd366GoodScore);
        int nvWhole = p.Get(Qd366CompleteScore);
        SocioEconomicTargetsPolicy socio = p.Get(Qd366SocioEconomicPolicy);
        HighScorePolicy policy = p.Get(Qd366HighScorePolicy);
        bool lowerBoundOnly = policy == HighScorePolicy.RateHighestMet;

        LegalDocument doc = EvaluationDocuments.Qd366;
        Citation excluded = doc.Article(5, 2);
        Citation k1 = doc.Article(11, 1);
        Citation k2 = doc.Article(11, 2);
        Citation k3 = doc.Article(11, 3);
        Citation k4 = doc.Article(11, 4);

        // Not reviewed, so not rated (Điều 5 khoản 2 điểm 2.1).
        (Rule<EvaluationInput> exempt, Rule<EvaluationInput> suspended, Rule<EvaluationInput> newMember) = PartyExclusions("QD366", excluded, p.CitationFor(excluded, Qd366NewMemberMonths), newMonths);

        // Không hoàn thành nhiệm vụ (khoản 4).
        Rule<EvaluationInput> lowScore = Leaf("QD366.KHT.ScoreBelowMinimum", p.CitationFor(k4, Qd366CompleteScore), f => f.ScoreFloor < nvWhole,
            f => [FactValue.Of("score", f.ScoreTotal), FactValue.Of("minimum", nv)]);
        Rule<EvaluationInput> failed = Leaf("QD366.KHT.FailedTasks", p.CitationFor(k4, Qd366FailedShare), f => f.Tasks.Above(f.Tasks.Failed, failedShare),
            f => TaskValues(f.Tasks, "failed", f.Tasks.Failed, failedShare), Confidence.News);
        Rule<EvaluationInput> discipline = Leaf("QD366.KHT.DutyDiscipline", k4, static f => f.CountDiscipline(DisciplineFilter.DutyRelated) > 0,
            static f => [FactValue.Of("count", f.CountDiscipline(DisciplineFilter.DutyRelated)), FactValue.Of("year", f.Year)], Confidence.News);
        Rule<EvaluationInput> degraded = Leaf("QD366.KHT.Degradation", k4, static f => f.Degraded,
            static f => [FactValue.Of("degraded", f.Degraded)], Confidence.News);
        Rule<EvaluationInput> prohibitions = Leaf("QD366.KHT.Prohibitions", k4, static f => f.BreachedProhibitions,
            static f => [FactValue.Of("breached", f.BreachedProhibitions)], Confidence.News);
        Rule<EvaluationInput> unitLow = Leaf("QD366.KHT.UnitCompletion", p.CitationFor(k4, Qd366UnitCompletion), f => f.ConditionTasks.Below(f.ConditionTasks.Completed, unitCompletion),
            f => TaskValues(f.ConditionTasks, "completed", f.ConditionTasks.Completed, unitCompletion), Confidence.News);
        Rule<EvaluationInput> socioMissed = Leaf("QD366.KHT.SocioEconomicTargets", p.CitationFor(k4, Qd366SocioEconomicPolicy), f => SocioEconomicMissed(f, socio),
            f => [FactValue.Of("missed", SocioCounts(f).Missed), FactValue.Of("assigned", SocioCounts(f).Assigned), FactValue.Of("policy", PolicyName(socio))],
            Confidence.Unconfirmed);
        Rule<EvaluationInput> unitsNotComplete = Leaf("QD366.KHT.UnitsNotComplete", p.CitationFor(k4, Qd366UnitsNotCompleteShare),
            f => f.RequiredLeader.SubordinateUnits > 0 && Share.Of(f.RequiredLeader.UnitsNotComplete, f.RequiredLeader.SubordinateUnits) > unitsKht,
            f => [FactValue.Of("count", f.RequiredLeader.UnitsNotComplete), FactValue.Of("total", f.RequiredLeader.SubordinateUnits), FactValue.Of("threshold", unitsKht)],
            Confidence.News);
        Rule<EvaluationInput> lowConfidence = Leaf("QD366.KHT.LowConfidence", p.CitationFor(k4, Qd366LowConfidenceShare),
            f => f.RequiredLeader.ConfidenceVotesCast > 0 && Share.Of(f.RequiredLeader.LowConfidenceVotes, f.RequiredLeader.ConfidenceVotesCast) > lowShare,
            f => [FactValue.Of("low", f.RequiredLeader.LowConfidenceVotes), FactValue.Of("cast", f.RequiredLeader.ConfidenceVotesCast), FactValue.Of("threshold", lowShare)],
            Confidence.News);
        Rule<EvaluationInput> corruption = Leaf("QD366.KHT.CorruptionInScope", k4, static f => f.RequiredLeader.CorruptionInScopeDisciplined,
            static f => [FactValue.Of("disciplined", f.RequiredLeader.CorruptionInScopeDisciplined)], Confidence.News);
        Rule<EvaluationInput> personnel = Leaf("QD366.KHT.PersonnelWrongdoing", k4, static f => f.RequiredCollective.PersonnelWrongdoingConcluded,
            static f => [FactValue.Of("concluded", f.RequiredCollective.PersonnelWrongdoingConcluded)], Confidence.News);
        Rule<EvaluationInput> memberDisciplined = Leaf("QD366.KHT.MemberDisciplined", k4, static f => f.RequiredCollective.LeadershipMembersDisciplined > 0,
            static f => [FactValue.Of("count", f.RequiredCollective.LeadershipMembersDisciplined)], Confidence.News);
        Rule<EvaluationInput> memberDegraded = Leaf("QD366.KHT.MemberDegraded", k4, static f => f.RequiredCollective.LeadershipMembersDegraded > 0,
            static f => [FactValue.Of("count", f.RequiredCollective.LeadershipMembersDegraded)], Confidence.News);

        // Levels: a score band and the level's conditions (khoản 1-3). Under RateHighestMet a band reads as a lower bound.
        // Each band cites the document that set its bounds (the upper bound is the next level's minimum unless the
        // policy reads bands as lower bounds). The thresholds are whole points, so the score's whole part decides each comparison exactly (see ScoreFloor).
        string xsBand = Band(xs, null);
        string ttBand = lowerBoundOnly ? Band(tt, null) : Band(tt, xs);
        string nvBand = lowerBoundOnly ? Band(nv, null) : Band(nv, tt);
        Rule<EvaluationInput> xsScore = Leaf("QD366.HTXS.Score", p.CitationFor(k1, Qd366ExcellentScore), f => f.ScoreFloor >= xsWhole, f => ScoreValues(f, xsBand));
        Rule<EvaluationInput> ttScore = Leaf("QD366.HTT.Score", p.CitationFor(k2, lowerBoundOnly ? [Qd366GoodScore] : [Qd366ExcellentScore, Qd366GoodScore]), f => f.ScoreFloor >= ttWhole && (lowerBoundOnly || f.ScoreFloor < xsWhole), f => ScoreValues(f, ttBand));
        Rule<EvaluationInput> nvScore = Leaf("QD366.HTNV.Score", p.CitationFor(k3, lowerBoundOnly ? [Qd366CompleteScore] : [Qd366GoodScore, Qd366CompleteScore]), f => f.ScoreFloor >= nvWhole && (lowerBoundOnly || f.ScoreFloor < ttWhole), f => ScoreValues(f, nvBand));
        Rule<EvaluationInput> xsOnTime = Leaf("QD366.HTXS.AllOnTime", k1, static f => f.Tasks.AllOnTimeAndQuality,
            static f => TaskValues(f.Tasks, "onTime", f.Tasks.OnTimeAndQuality, Share.One));
        Rule<EvaluationInput> xsExceeded = Leaf("QD366.HTXS.ExceededShare", p.CitationFor(k1, Qd366ExceededShare), f => f.Tasks.AtLeast(f.Tasks.Exceeded, exceededShare),
            f => TaskValues(f.Tasks, "exceeded", f.Tasks.Exceeded, exceededShare));
        Rule<EvaluationInput> xsUnits = Leaf("QD366.HTXS.UnitTasks", p.CitationFor(k1, Qd366ExceededShare),
            f => f.RequiredLeader.UnitTasks.AllCompleted && f.RequiredLeader.UnitTasks.AtLeast(f.RequiredLeader.UnitTasks.Exceeded, exceededShare),
            f => TaskValues(f.RequiredLeader.UnitTasks, "exceeded", f.RequiredLeader.UnitTasks.Exceeded, exceededShare));
        Rule<EvaluationInput> xsFixed = Leaf("QD366.HTXS.ShortcomingsFixed", k1, static f => f.PriorShortcomingsFixed == f.PriorShortcomingsFound,
            static f => [FactValue.Of("fixed", f.PriorShortcomingsFixed), FactValue.Of("found", f.PriorShortcomingsFound)]);
        Rule<EvaluationInput> xsNoneDisciplined = Leaf("QD366.HTXS.NoneDisciplined", k1,
            static f => f.RequiredCollective.SubordinateUnitsDisciplined == 0 && f.RequiredCollective.LeadershipMembersDisciplined == 0,
            static f => [FactValue.Of("units", f.RequiredCollective.SubordinateUnitsDisciplined), FactValue.Of("members", f.RequiredCollective.LeadershipMembersDisciplined)]);
        Rule<EvaluationInput> ttOnTime = Leaf("QD366.HTT.AllOnTime", k2, static f => f.Tasks.AllOnTimeAndQuality,
            static f => TaskValues(f.Tasks, "onTime", f.Tasks.OnTimeAndQuality, Share.One), Confidence.News);
        Rule<EvaluationInput> ttUnits = Leaf("QD366.HTT.UnitTasks", k2, static f => f.RequiredLeader.UnitTasks.AllOnTimeAndQuality,
            static f => TaskValues(f.RequiredLeader.UnitTasks, "onTime", f.RequiredLeader.UnitTasks.OnTimeAndQuality, Share.One), Confidence.News);
        Rule<EvaluationInput> nvCompleted = Leaf("QD366.HTNV.AllCompleted", k3, static f => f.Tasks.AllCompleted,
            static f => TaskValues(f.Tasks, "completed", f.Tasks.Completed, Share.One), Confidence.News);
        Rule<EvaluationInput> nvLate = Leaf("QD366.HTNV.LateShare", p.CitationFor(k3, Qd366MaxLateShare), f => f.Tasks.AtMost(f.Tasks.LateOrBelowQuality, maxLate),
            f => TaskValues(f.Tasks, "late", f.Tasks.LateOrBelowQuality, maxLate), Confidence.News);
        Rule<EvaluationInput> nvUnits = Leaf("QD366.HTNV.UnitTasks", p.CitationFor(k3, Qd366MaxLateShare),
            f => f.RequiredLeader.UnitTasks.AllCompleted && f.RequiredLeader.UnitTasks.AtMost(f.RequiredLeader.UnitTasks.LateOrBelowQuality, maxLate),
            f => TaskValues(f.RequiredLeader.UnitTasks, "late", f.RequiredLeader.UnitTasks.LateOrBelowQuality, maxLate), Confidence.News);

        Rule<EvaluationInput> excellent = AllOf("QD366.HTXS", k1, xsScore, xsOnTime, xsExceeded, xsFixed);
        Rule<EvaluationInput> excellentCollective = AllOf("QD366.HTXS", k1, xsScore, xsOnTime, xsExceeded, xsFixed, xsNoneDisciplined);
        Rule<EvaluationInput> excellentLeader = AllOf("QD366.HTXS", k1, xsScore, xsOnTime, xsExceeded, xsFixed, xsUnits);
        Rule<EvaluationInput> good = AllOf("QD366.HTT", k2, ttScore, ttOnTime);
        Rule<EvaluationInput> goodLeader = AllOf("QD366.HTT", k2, ttScore, ttOnTime, ttUnits);
        Rule<EvaluationInput> complete = AllOf("QD366.HTNV", k3, nvScore, nvCompleted, nvLate);
        Rule<EvaluationInput> completeLeader = AllOf("QD366.HTNV", k3, nvScore, nvCompleted, nvLate, nvUnits);
        RuleDescriptor ladder = Describe("QD366.Classification", doc.Article(11));

        return new RegimeRules
        {
            NonLeader = DecisionLadder<EvaluationInput, EvaluationLevel>.CreateBuilder(ladder).NameLevels(EvaluationLevelNames.Of)
                .Exclude(exempt).Exclude(suspended).Exclude(newMember)
                .Force(EvaluationLevel.NotComplete, lowScore).Force(EvaluationLevel.NotComplete, failed)
                .Force(EvaluationLevel.NotComplete, discipline).Force(EvaluationLevel.NotComplete, degraded)
                .Force(EvaluationLevel.NotComplete, prohibitions)
                .Level(EvaluationLevel.Excellent, excellent).Level(EvaluationLevel.Good, good).Level(EvaluationLevel.Complete, complete)
                .Build(),
            Leader = DecisionLadder<EvaluationInput, EvaluationLevel>.CreateBuilder(ladder).NameLevels(EvaluationLevelNames.Of)
                .Exclude(exempt).Exclude(suspended).Exclude(newMember)
                .Force(EvaluationLevel.NotComplete, lowScore).Force(EvaluationLevel.NotComplete, unitLow)
                .Force(EvaluationLevel.NotComplete, socioMissed).Force(EvaluationLevel.NotComplete, unitsNotComplete)
                .Force(EvaluationLevel.NotComplete, lowConfidence).Force(EvaluationLevel.NotComplete, discipline)
                .Force(EvaluationLevel.NotComplete, degraded).Force(EvaluationLevel.NotComplete, corruption)
                .Level(EvaluationLevel.Excellent, excellentLeader).Level(EvaluationLevel.Good, goodLeader).Level(EvaluationLevel.Complete, completeLeader)
                .Build(),
            Collective = DecisionLadder<EvaluationInput, EvaluationLevel>.CreateBuilder(ladder).NameLevels(EvaluationLevelNames.Of)
                .Force(EvaluationLevel.NotComplete, lowScore).Force(EvaluationLevel.NotComplete, personnel)
                .Force(EvaluationLevel.NotComplete, memberDisciplined).Force(EvaluationLevel.NotComplete, memberDegraded)
                .Force(EvaluationLevel.NotComplete, unitLow).Force(EvaluationLevel.NotComplete, socioMissed)
                .Level(EvaluationLevel.Excellent, excellentCollective).Level(EvaluationLevel.Good, good).Level(EvaluationLevel.Complete, complete)
                .Build(),
            NeedsScore = true,
            Policy = policy,
            PolicyDescriptor = Describe("QD366.Policy.HighScore", p.CitationFor(doc.Article(11), Qd366HighScorePolicy), Confidence.Unconfirmed),
            ExcellentMinimum = xs,
            GoodMinimum = tt,
            RungCodes = ["QD366.HTXS", "QD366.HTT", "QD366.HTNV", default],
            GapDescriptor = Describe("QD366.Gap.NoLevel", doc.Article(11)),
            MitigationDescriptor = Describe("QD366.Mitigation.CompetentLevelDecides", k4),
            NotMitigable = lowScore.Code,
        };
    }

    private static (int Missed, int Assigned) SocioCounts(EvaluationInput f) =>
        f.Role == EvaluationRole.Leader && f.Leader is { } leader ? (leader.SocioEconomicTargetsMissed, leader.SocioEconomicTargetsAssigned)
        : f.Collective is { } collective ? (collective.SocioEconomicTargetsMissed, collective.SocioEconomicTargetsAssigned)
        : (0, 0);

    private static bool SocioEconomicMissed(EvaluationInput f, SocioEconomicTargetsPolicy policy)
    {
        (int missed, int assigned) = SocioCounts(f);
        return policy == SocioEconomicTargetsPolicy.AnyMissed ? missed > 0 : assigned > 0 && missed == assigned;
    }
}
