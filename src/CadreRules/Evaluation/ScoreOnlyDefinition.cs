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

    private static readonly ImmutableArray<ParameterConstraint> Nd335Constraints = [ParameterConstraint.Descending(Nd335ExcellentScore, Nd335GoodScore, Nd335CompleteScore)];

    private static readonly ImmutableArray<ParameterConstraint> Nd233Constraints = [ParameterConstraint.Descending(Nd233ExcellentScore, Nd233GoodScore, Nd233CompleteScore)];

    private static readonly ImmutableArray<ParameterDefinition> Nd335Schema = [Nd335ExcellentScore, Nd335GoodScore, Nd335CompleteScore, Nd335MinMonthsWorked];

    private static readonly ImmutableArray<ParameterDefinition> Nd233Schema = [Nd233ExcellentScore, Nd233GoodScore, Nd233CompleteScore, Nd233MinMonthsWorked];

    private static Parameter<int> ScoreParameter(string key, int value, Citation citation) => Parameter.Integer(key,
        new LocalizedText("Điểm tối thiểu của mức (thang 100 điểm)", "Lowest score of the level (100-point scale)"), value, Confidence.Confirmed, citation, 0, 100);

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
            NeedsScore = true,
            RungCodes = [prefix + ".HTXS", prefix + ".HTT", prefix + ".HTNV", default],
            MitigationDescriptor = nd233 ? Describe("ND233.Mitigation.CompetentLevelDecides", k4) : null,
            NotMitigable = lowScore.Code,
            MitigationLeadersOnly = true,
        };
    }

    private static ImmutableArray<FactValue> UnitLevelValues(EvaluationInput f) =>
        [FactValue.Of("unitLevel", f.RequiredLeader.UnitLevel?.ToString() ?? "-")];
}
