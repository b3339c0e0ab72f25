using System.Collections.Immutable;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>The State 100-point regimes: NĐ 335/2025/NĐ-CP (công chức) and NĐ 233/2026/NĐ-CP (viên chức). One definition per decree: <see cref="Nd335"/> and <see cref="Nd233"/>.</summary>
internal sealed class ScoreOnlyDefinition : EvaluationRegimeDefinition
{
    private readonly string _prefix;

    private ScoreOnlyDefinition(string prefix) => _prefix = prefix;

    /// <summary>Gets NĐ 335/2025 (công chức).</summary>
    public static ScoreOnlyDefinition Nd335 { get; } = new("ND335");

    /// <summary>Gets NĐ 233/2026 (viên chức).</summary>
    public static ScoreOnlyDefinition Nd233 { get; } = new("ND233");

    private static readonly Parameter<int> Nd335ExcellentScore = ScoreParameter("htxs.minScore", 90, EvaluationDocuments.Nd335.Article(20, 1));
    private static readonly Parameter<int> Nd335GoodScore = ScoreParameter("htt.minScore", 70, EvaluationDocuments.Nd335.Article(20, 2));
    private static readonly Parameter<int> Nd335CompleteScore = ScoreParameter("htnv.minScore", 50, EvaluationDocuments.Nd335.Article(20, 3));

    private static readonly Parameter<int> Nd335MinMonthsWorked = Parameter.Integer("notRated.minMonthsWorked",
        new LocalizedText("Công tác trong năm chưa đủ số tháng này thì không xếp loại (chưa tìm thấy trong NĐ 335; mặc định 0 là không áp dụng)", "Fewer months worked than this: not rated (not found in NĐ 335; the default 0 disables it)"),
        0, Confidence.Unconfirmed, EvaluationDocuments.Nd335.Article(21), 0, 12);

    private static readonly Parameter<int> Nd233ExcellentScore = ScoreParameter("htxs.minScore", 90, EvaluationDocuments.Nd233.Article(12, 1));
    private static readonly Parameter<int> Nd233GoodScore = ScoreParameter("htt.minScore", 70, EvaluationDocuments.Nd233.Article(12, 2));
    private static readonly Parameter<int> Nd233CompleteScore = ScoreParameter("htnv.minScore", 50, EvaluationDocuments.Nd233.Article(12, 3));

    private static readonly Parameter<int> Nd233MinMonthsWorked = Parameter.Integer("notRated.minMonthsWorked",
        new LocalizedText("Công tác trong năm chưa đủ số tháng này thì không xếp loại (trừ nghỉ ốm, nghỉ thai sản)", "Fewer months worked than this: not rated (sick and maternity leave excepted)"),
        6, Confidence.Confirmed, EvaluationDocuments.Nd233.Article(14, 1), 0, 12);

    // NĐ 233/2026 Điều 7: the levels of a public service unit (đơn vị sự nghiệp công lập) and of its constituent units.
    private static readonly Parameter<int> UnitExcellentScore = UnitScoreParameter("unit.htxs.minScore", 90, EvaluationDocuments.Nd233.Article(7, 1));
    private static readonly Parameter<int> UnitGoodScore = UnitScoreParameter("unit.htt.minScore", 70, EvaluationDocuments.Nd233.Article(7, 2));
    private static readonly Parameter<int> UnitCompleteScore = UnitScoreParameter("unit.htnv.minScore", 50, EvaluationDocuments.Nd233.Article(7, 3));

    private static readonly Parameter<Share> UnitExceededShare = Parameter.Share("unit.htxs.exceededShare",
        new LocalizedText("Tỉ lệ nhiệm vụ của đơn vị hoàn thành vượt mức tối thiểu để Hoàn thành xuất sắc nhiệm vụ", "Least share of the unit's tasks exceeded for Hoàn thành xuất sắc nhiệm vụ"),
        Share.Percent(30), Confidence.Confirmed, EvaluationDocuments.Nd233.Article(7, 1));

    private static readonly Parameter<Share> UnitMaxLateShare = Parameter.Share("unit.htnv.maxLateShare",
        new LocalizedText("Tỉ lệ nhiệm vụ của đơn vị chưa bảo đảm tiến độ tối đa để Hoàn thành nhiệm vụ", "Largest share of the unit's tasks behind schedule for Hoàn thành nhiệm vụ"),
        Share.Percent(20), Confidence.Confirmed, EvaluationDocuments.Nd233.Article(7, 3));

    private static readonly Parameter<Share> UnitMinCompletedShare = Parameter.Share("unit.kht.minCompletedShare",
        new LocalizedText("Đơn vị hoàn thành dưới tỉ lệ nhiệm vụ theo chương trình, kế hoạch này thì Không hoàn thành nhiệm vụ", "A unit completing less than this share of its planned tasks: Không hoàn thành nhiệm vụ"),
        Share.Percent(70), Confidence.Confirmed, EvaluationDocuments.Nd233.Article(7, 4));

    private static readonly ImmutableArray<ParameterConstraint> Nd335Constraints = [ParameterConstraint.Descending(Nd335ExcellentScore, Nd335GoodScore, Nd335CompleteScore)];

    private static readonly ImmutableArray<ParameterConstraint> Nd233Constraints =
        [ParameterConstraint.Descending(Nd233ExcellentScore, Nd233GoodScore, Nd233CompleteScore), ParameterConstraint.Descending(UnitExcellentScore, UnitGoodScore, UnitCompleteScore)];

    private static readonly ImmutableArray<ParameterDefinition> Nd335Schema = [Nd335ExcellentScore, Nd335GoodScore, Nd335CompleteScore, Nd335MinMonthsWorked];

    private static readonly ImmutableArray<ParameterDefinition> Nd233Schema =
    [
        Nd233ExcellentScore, Nd233GoodScore, Nd233CompleteScore, Nd233MinMonthsWorked,
        UnitExcellentScore, UnitGoodScore, UnitCompleteScore, UnitExceededShare, UnitMaxLateShare, UnitMinCompletedShare,
    ];

    private static Parameter<int> ScoreParameter(string key, int value, Citation citation) => Parameter.Integer(key,
        new LocalizedText("Điểm tối thiểu của mức (thang 100 điểm)", "Lowest score of the level (100-point scale)"), value, Confidence.Confirmed, citation, 0, 100);

    private static Parameter<int> UnitScoreParameter(string key, int value, Citation citation) => Parameter.Integer(key,
        new LocalizedText("Điểm tối thiểu của mức xếp loại đơn vị sự nghiệp công lập (thang 100 điểm)", "Lowest score of the level of a public service unit (100-point scale)"), value, Confidence.Confirmed, citation, 0, 100);

    /// <inheritdoc />
    public override ImmutableArray<ParameterDefinition> Schema => _prefix == "ND233" ? Nd233Schema : Nd335Schema;

    /// <inheritdoc />
    public override ImmutableArray<ParameterConstraint> Constraints => _prefix == "ND233" ? Nd233Constraints : Nd335Constraints;

    /// <inheritdoc />
    public override RegimeRules Build(ParameterSet p)
    {
        string prefix = _prefix;
        bool nd233 = prefix == "ND233";
        LegalDocument doc = nd233 ? EvaluationDocuments.Nd233 : EvaluationDocuments.Nd335;
        int article = nd233 ? 12 : 20;
        decimal xs = p.Get(nd233 ? Nd233ExcellentScore : Nd335ExcellentScore);
        decimal tt = p.Get(nd233 ? Nd233GoodScore : Nd335GoodScore);
        decimal nv = p.Get(nd233 ? Nd233CompleteScore : Nd335CompleteScore);
        int minMonths = p.Get(nd233 ? Nd233MinMonthsWorked : Nd335MinMonthsWorked);
        Citation k4 = doc.Article(article, 4);

        Rule<EvaluationInput> notRated = nd233
            ? Leaf("ND233.NotRated.MonthsWorked", p.CitationFor(doc.Article(14, 1), nd233 ? Nd233MinMonthsWorked : Nd335MinMonthsWorked), f => f.MonthsWorked < minMonths && !f.MaternityLeave && f.SickLeaveMonths == 0,
                f => [FactValue.Of("months", f.MonthsWorked), FactValue.Of("minimum", minMonths), FactValue.Of("maternity", f.MaternityLeave)])
            : Leaf("ND335.NotRated.MonthsWorked", p.CitationFor(doc.Article(21), nd233 ? Nd233MinMonthsWorked : Nd335MinMonthsWorked), f => f.MonthsWorked < minMonths && !f.MaternityLeave && f.SickLeaveMonths == 0,
                f => [FactValue.Of("months", f.MonthsWorked), FactValue.Of("minimum", minMonths), FactValue.Of("maternity", f.MaternityLeave)], Confidence.Unconfirmed);
        Rule<EvaluationInput> lowScore = Leaf(prefix + ".KHT.ScoreBelowMinimum", p.CitationFor(k4, nd233 ? Nd233CompleteScore : Nd335CompleteScore), f => f.ScoreTotal < nv,
            f => [FactValue.Of("score", f.ScoreTotal), FactValue.Of("minimum", nv)]);
        Rule<EvaluationInput> degraded = Leaf(prefix + ".KHT.Degradation", k4, static f => f.Degraded || f.BreachedProhibitions,
            static f => [FactValue.Of("degraded", f.Degraded), FactValue.Of("breached", f.BreachedProhibitions)]);
        Rule<EvaluationInput> discipline = Leaf(prefix + ".KHT.DutyDiscipline", k4, static f => f.CountDiscipline(DisciplineFilter.DutyRelated) > 0,
            static f => [FactValue.Of("count", f.CountDiscipline(DisciplineFilter.DutyRelated)), FactValue.Of("year", f.Year)]);
        Rule<EvaluationInput> corruption = Leaf(prefix + ".KHT.CorruptionInScope", k4, static f => f.RequiredLeader.CorruptionInScopeDisciplined,
            static f => [FactValue.Of("disciplined", f.RequiredLeader.CorruptionInScopeDisciplined)]);

        string xsBand = Band(xs, null);
        string ttBand = Band(tt, xs);
        string nvBand = Band(nv, tt);
        Rule<EvaluationInput> excellent = Leaf(prefix + ".HTXS", p.CitationFor(doc.Article(article, 1), nd233 ? Nd233ExcellentScore : Nd335ExcellentScore), f => f.ScoreTotal >= xs, f => ScoreValues(f, xsBand));
        Rule<EvaluationInput> good = Leaf(prefix + ".HTT", p.CitationFor(doc.Article(article, 2), nd233 ? Nd233ExcellentScore : Nd335ExcellentScore, nd233 ? Nd233GoodScore : Nd335GoodScore), f => f.ScoreTotal >= tt && f.ScoreTotal < xs, f => ScoreValues(f, ttBand));
        Rule<EvaluationInput> complete = Leaf(prefix + ".HTNV", p.CitationFor(doc.Article(article, 3), nd233 ? Nd233GoodScore : Nd335GoodScore, nd233 ? Nd233CompleteScore : Nd335CompleteScore), f => f.ScoreTotal >= nv && f.ScoreTotal < tt, f => ScoreValues(f, nvBand));
        RuleDescriptor ladder = Describe(prefix + ".Classification", doc.Article(article));

        DecisionLadderBuilder<EvaluationInput, EvaluationLevel> leader = DecisionLadder<EvaluationInput, EvaluationLevel>.CreateBuilder(ladder).NameLevels(EvaluationLevelNames.Of)
            .Exclude(notRated)
            .Force(EvaluationLevel.NotComplete, lowScore).Force(EvaluationLevel.NotComplete, degraded)
            .Force(EvaluationLevel.NotComplete, discipline).Force(EvaluationLevel.NotComplete, corruption)
            .Level(EvaluationLevel.Excellent, excellent).Level(EvaluationLevel.Good, good).Level(EvaluationLevel.Complete, complete);
        if (nd233)
        {
            // Điều 12 khoản 7: a head's level is not higher than the unit's.
            Citation k7 = doc.Article(12, 7);
            leader
                .Cap(EvaluationLevel.Good, Leaf("ND233.Cap.UnitGood", k7, static f => f.RequiredLeader.UnitLevel == EvaluationLevel.Good, static f => UnitLevelValues(f)))
                .Cap(EvaluationLevel.Complete, Leaf("ND233.Cap.UnitComplete", k7, static f => f.RequiredLeader.UnitLevel == EvaluationLevel.Complete, static f => UnitLevelValues(f)))
                .Force(EvaluationLevel.NotComplete, Leaf("ND233.KHT.UnitNotComplete", k7, static f => f.RequiredLeader.UnitLevel == EvaluationLevel.NotComplete, static f => UnitLevelValues(f)));
        }

        return new RegimeRules
        {
            NonLeader = DecisionLadder<EvaluationInput, EvaluationLevel>.CreateBuilder(ladder).NameLevels(EvaluationLevelNames.Of)
                .Exclude(notRated)
                .Force(EvaluationLevel.NotComplete, lowScore).Force(EvaluationLevel.NotComplete, degraded).Force(EvaluationLevel.NotComplete, discipline)
                .Level(EvaluationLevel.Excellent, excellent).Level(EvaluationLevel.Good, good).Level(EvaluationLevel.Complete, complete)
                .Build(),
            Leader = leader.Build(),
            Collective = nd233 ? UnitLadder(p) : NoLevelsLadder(prefix, doc, doc.Article(1)),
            CollectiveReadsNoFacts = !nd233,
            CollectiveGapDescriptor = nd233
                ? Describe("ND233.Unit.Gap.CompetentLevelDecides", doc.Article(7, 5))
                : Describe("ND335.Collective.CriteriaNotRetrieved", doc.Article(1), Confidence.Unconfirmed),
            NeedsScore = true,
            RungCodes = [prefix + ".HTXS", prefix + ".HTT", prefix + ".HTNV", default],
            MitigationDescriptor = nd233 ? Describe("ND233.Mitigation.CompetentLevelDecides", k4) : null,
            NotMitigable = lowScore.Code,
            MitigationLeadersOnly = true,
        };
    }

    // The collective ladder of a regime that sets no levels for collectives (or whose article for them is not in the
    // library): one rung whose guard never holds, so every collective is undetermined and the gap finding says why.
    internal static DecisionLadder<EvaluationInput, EvaluationLevel> NoLevelsLadder(string prefix, LegalDocument doc, Citation citation) =>
        DecisionLadder<EvaluationInput, EvaluationLevel>.CreateBuilder(Describe(prefix + ".Collective.Classification", doc.Whole())).NameLevels(EvaluationLevelNames.Of)
            .Level(EvaluationLevel.Excellent, Leaf(prefix + ".Collective.LevelsInTheLibrary", citation, static _ => false, static f => [FactValue.Of("role", f.Role.ToString())], Confidence.Unconfirmed))
            .Build();

    // NĐ 233/2026 Điều 7 (khoản 1 to 4): the levels of a public service unit; khoản 5 (a score in a band whose other
    // conditions fail) leaves the level to the competent level, so the ladder answers undetermined there.
    private static DecisionLadder<EvaluationInput, EvaluationLevel> UnitLadder(ParameterSet p)
    {
        LegalDocument doc = EvaluationDocuments.Nd233;
        decimal xs = p.Get(UnitExcellentScore);
        decimal tt = p.Get(UnitGoodScore);
        decimal nv = p.Get(UnitCompleteScore);
        Share exceeded = p.Get(UnitExceededShare);
        Share maxLate = p.Get(UnitMaxLateShare);
        Share minCompleted = p.Get(UnitMinCompletedShare);
        Citation k1 = doc.Article(7, 1);
        Citation k2 = doc.Article(7, 2);
        Citation k3 = doc.Article(7, 3);
        Citation k4 = doc.Article(7, 4);
        string xsBand = Band(xs, null);
        string ttBand = Band(tt, xs);
        string nvBand = Band(nv, tt);

        Rule<EvaluationInput> lowScore = Leaf("ND233.Unit.KHT.ScoreBelowMinimum", p.CitationFor(k4, UnitCompleteScore), f => f.ScoreTotal < nv,
            f => [FactValue.Of("score", f.ScoreTotal), FactValue.Of("minimum", nv)]);
        Rule<EvaluationInput> personnel = Leaf("ND233.Unit.KHT.PersonnelWrongdoing", k4, static f => f.RequiredCollective.PersonnelWrongdoingConcluded,
            static f => [FactValue.Of("concluded", f.RequiredCollective.PersonnelWrongdoingConcluded)]);
        Rule<EvaluationInput> lowCompletion = Leaf("ND233.Unit.KHT.CompletedShare", p.CitationFor(k4, UnitMinCompletedShare), f => f.Tasks.Below(f.Tasks.Completed, minCompleted),
            f => TaskValues(f.Tasks, "completed", f.Tasks.Completed, minCompleted));

        Rule<EvaluationInput> xsScore = Leaf("ND233.Unit.HTXS.Score", p.CitationFor(k1, UnitExcellentScore), f => f.ScoreTotal >= xs, f => ScoreValues(f, xsBand));
        Rule<EvaluationInput> xsOnTime = Leaf("ND233.Unit.HTXS.AllOnTime", k1, static f => f.Tasks.AllOnTimeAndQuality,
            static f => TaskValues(f.Tasks, "onTime", f.Tasks.OnTimeAndQuality, Share.One));
        Rule<EvaluationInput> xsExceeded = Leaf("ND233.Unit.HTXS.ExceededShare", p.CitationFor(k1, UnitExceededShare), f => f.Tasks.AtLeast(f.Tasks.Exceeded, exceeded),
            f => TaskValues(f.Tasks, "exceeded", f.Tasks.Exceeded, exceeded));
        Rule<EvaluationInput> xsUnits = Leaf("ND233.Unit.HTXS.ConstituentUnits", k1,
            static f => f.RequiredCollective.SubordinateUnits == 0 || f.RequiredCollective.SubordinateUnitsNotComplete == 0,
            static f => [FactValue.Of("units", f.RequiredCollective.SubordinateUnits), FactValue.Of("notComplete", f.RequiredCollective.SubordinateUnitsNotComplete is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")]);
        Rule<EvaluationInput> xsFixed = Leaf("ND233.Unit.HTXS.ShortcomingsFixed", k1, static f => f.PriorShortcomingsFixed == f.PriorShortcomingsFound,
            static f => [FactValue.Of("fixed", f.PriorShortcomingsFixed), FactValue.Of("found", f.PriorShortcomingsFound)]);

        Rule<EvaluationInput> ttScore = Leaf("ND233.Unit.HTT.Score", p.CitationFor(k2, UnitExcellentScore, UnitGoodScore), f => f.ScoreTotal >= tt && f.ScoreTotal < xs, f => ScoreValues(f, ttBand));
        Rule<EvaluationInput> ttOnTime = Leaf("ND233.Unit.HTT.AllOnTime", k2, static f => f.Tasks.AllOnTimeAndQuality,
            static f => TaskValues(f.Tasks, "onTime", f.Tasks.OnTimeAndQuality, Share.One));

        Rule<EvaluationInput> nvScore = Leaf("ND233.Unit.HTNV.Score", p.CitationFor(k3, UnitGoodScore, UnitCompleteScore), f => f.ScoreTotal >= nv && f.ScoreTotal < tt, f => ScoreValues(f, nvBand));
        Rule<EvaluationInput> nvCompleted = Leaf("ND233.Unit.HTNV.AllCompleted", k3, static f => f.Tasks.AllCompleted,
            static f => TaskValues(f.Tasks, "completed", f.Tasks.Completed, Share.One));
        Rule<EvaluationInput> nvLate = Leaf("ND233.Unit.HTNV.LateShare", p.CitationFor(k3, UnitMaxLateShare), f => f.Tasks.AtMost(f.Tasks.LateOrBelowQuality, maxLate),
            f => TaskValues(f.Tasks, "late", f.Tasks.LateOrBelowQuality, maxLate));

        return DecisionLadder<EvaluationInput, EvaluationLevel>.CreateBuilder(Describe("ND233.Unit.Classification", doc.Article(7))).NameLevels(EvaluationLevelNames.Of)
            .Force(EvaluationLevel.NotComplete, lowScore).Force(EvaluationLevel.NotComplete, personnel).Force(EvaluationLevel.NotComplete, lowCompletion)
            .Level(EvaluationLevel.Excellent, AllOf("ND233.Unit.HTXS", k1, xsScore, xsOnTime, xsExceeded, xsUnits, xsFixed))
            .Level(EvaluationLevel.Good, AllOf("ND233.Unit.HTT", k2, ttScore, ttOnTime))
            .Level(EvaluationLevel.Complete, AllOf("ND233.Unit.HTNV", k3, nvScore, nvCompleted, nvLate))
            .Build();
    }

    private static ImmutableArray<FactValue> UnitLevelValues(EvaluationInput f) =>
        [FactValue.Of("unitLevel", f.RequiredLeader.UnitLevel?.ToString() ?? "-")];
}
