using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Evaluation;

public class EvaluationPropertiesTests
{
    private static readonly SubjectKind[] Kinds = [SubjectKind.PartyMember, SubjectKind.PartyOrganisation, SubjectKind.CivilServant, SubjectKind.PublicEmployee];

    private static readonly RuleCode Mitigation = new("QD366.Mitigation.CompetentLevelDecides");

    private static readonly RuleCode Nd233Mitigation = new("ND233.Mitigation.CompetentLevelDecides");

    private static readonly EvaluationRegulation Qd366Lenient = EvaluationTestData.WithOverrides(
        EvaluationRegime.Qd366, ("policy.highScore", ParameterValue.FromChoice(nameof(HighScorePolicy.RateHighestMet))));

    [Property(MaxTest = 1000)]
    public Property Classify_AnyInput_GetsExactlyOneOutcome() =>
        Prop.ForAll(Arbitraries.EvaluationCases(), c =>
        {
            EvaluationRegulation regulation = EvaluationRegulations.Get(c.Regime);
            EvaluationDecision decision = regulation.Classify(c.Input);
            DecisionLadder<EvaluationInput, EvaluationLevel> ladder = regulation.LadderFor(c.Input.Role);

            bool excluded = ladder.Steps.Any(s => s.Kind == LadderStepKind.Exclusion && s.Guard.Holds(c.Input));
            bool reachesLevel = ladder.Steps.Any(s => s.Kind is LadderStepKind.Override or LadderStepKind.Level && s.Guard.Holds(c.Input));
            return decision.Kind switch
            {
                OutcomeKind.NotRated => excluded && !decision.DecidedBy.IsEmpty && decision.UndeterminedReason.IsEmpty,
                OutcomeKind.Level => !excluded && reachesLevel && Enum.IsDefined(decision.Level) && !decision.DecidedBy.IsEmpty && decision.UndeterminedReason.IsEmpty,
                OutcomeKind.Undetermined when decision.UndeterminedReason == Mitigation || decision.UndeterminedReason == Nd233Mitigation =>
                    !excluded && c.Input.MitigationReason is not null && ladder.Steps.Any(s => s.Kind == LadderStepKind.Override && s.Guard.Holds(c.Input)),
                OutcomeKind.Undetermined => !excluded && !reachesLevel && decision.DecidedBy.IsEmpty && !decision.UndeterminedReason.IsEmpty,
                _ => false,
            };
        });

    [Property(MaxTest = 2000)]
    public Property Classify_MorePoints_NeverLowersTheLevel() =>
        Prop.ForAll(Arbitraries.ScoredEvaluationCases(), Gen.Choose(1, 60).ToArbitrary(), (c, halfPoints) =>
        {
            ScoreCard score = c.Input.Score!.Value;
            decimal added = halfPoints / 2m;
            decimal results = Math.Min(ScoreCard.ResultsMaximum, score.Results + added);
            decimal general = Math.Min(ScoreCard.GeneralMaximum, score.General + (added - (results - score.Results)));
            EvaluationInput more = Arbitraries.Copy(c.Input, score: new ScoreCard(general, results));
            return NotLower(c.Regime, c.Input, more);
        });

    [Property(MaxTest = 2000)]
    public Property Classify_OneMoreTaskDone_NeverLowersTheLevel() =>
        Prop.ForAll(Arbitraries.ImprovableNonLeaderCases(), c =>
        {
            TaskCounts t = c.Input.Tasks;
            int failed = t.Failed == t.Total - t.Completed ? t.Failed - 1 : t.Failed;
            var done = new TaskCounts(t.Total, t.Completed + 1, t.OnTimeAndQuality + 1, t.Exceeded, t.LateOrBelowQuality, failed);
            return NotLower(c.Regime, c.Input, Arbitraries.Copy(c.Input, tasks: done));
        });

    [Property(MaxTest = 2000)]
    public Property Classify_NewDisciplineRecord_NeverRaisesTheLevel() =>
        Prop.ForAll(Arbitraries.CasesWithAddedDiscipline(), pair =>
        {
            EvaluationInput before = pair.Case.Input;
            EvaluationInput after = Arbitraries.Copy(before, discipline: before.Discipline.Add(pair.Added));
            return NotLower(pair.Case.Regime, after, before);
        });

    [Property(MaxTest = 300)]
    public Property For_AnyDate_PicksTheRegimeWhosePeriodContainsIt() =>
        Prop.ForAll(Gen.Choose(0, 365 * 13).ToArbitrary(), Gen.Elements(Kinds).ToArbitrary(), (days, kind) =>
        {
            LocalDate date = new LocalDate(2017, 1, 1).PlusDays(days);
            List<EvaluationRegulation> covering = [.. EvaluationRegulations.All.Cast<EvaluationRegulation>()
                .Where(r => r.Reference.Scopes.Any(s => s.SubjectKind == kind && s.Period.Contains(date)))];
            if (covering.Count == 0)
            {
                return Assert.Throws<EvaluationInputException>(() => EvaluationRegulations.For(kind, date)).ParamName == "evaluatedOn";
            }

            return covering.Count == 1
                && ReferenceEquals(covering[0], EvaluationRegulations.For(kind, date))
                && ReferenceEquals(covering[0], ShippedRegulations.Catalog.InForce<EvaluationRegulation>(kind, date));
        });

    [Property(MaxTest = 300)]
    public Property Explain_AnyInput_EqualsFastPathAndRendersInBothLanguages() =>
        Prop.ForAll(Arbitraries.EvaluationCases(), c =>
        {
            EvaluationRegulation regulation = EvaluationRegulations.Get(c.Regime);
            Verdict<EvaluationDecision> verdict = regulation.Explain(c.Input);
            return verdict.Outcome == regulation.Classify(c.Input) && AllRender(verdict.Explanation);
        });

    [Property(MaxTest = 200)]
    public Property Classify_LenientPolicy_MorePointsNeverLowersTheLevel() =>
        Prop.ForAll(Arbitraries.ScoredEvaluationCases(), Gen.Choose(1, 60).ToArbitrary(), (c, halfPoints) =>
        {
            if (c.Regime != EvaluationRegime.Qd366)
            {
                return true;
            }

            ScoreCard score = c.Input.Score!.Value;
            decimal results = Math.Min(ScoreCard.ResultsMaximum, score.Results + (halfPoints / 2m));
            EvaluationDecision less = Qd366Lenient.Classify(c.Input);
            EvaluationDecision more = Qd366Lenient.Classify(Arbitraries.Copy(c.Input, score: new ScoreCard(score.General, results)));
            return !less.HasLevel || !more.HasLevel || more.Level <= less.Level;
        });

    [Property(MaxTest = 500)]
    public Property Classify_Qd132AndScoreOnlyRegimes_NeverLeaveAGap() =>
        Prop.ForAll(Arbitraries.EvaluationCases(), c =>
        {
            // QĐ 132 rates whoever falls below HTNV as KHT; NĐ 335 and NĐ 233 cover the whole 0-100 scale with bands for
            // individuals (only a manager's mitigation claim under NĐ 233 is left to the competent level). Their
            // collectives are not gapless: NĐ 233 Điều 7 khoản 5 leaves a unit to the competent level, NĐ 335's agency
            // article is not in the library.
            bool gapless = (c.Regime is EvaluationRegime.Qd132 || (c.Regime is EvaluationRegime.Nd335 or EvaluationRegime.Nd233 && c.Input.Role != EvaluationRole.Collective));
            EvaluationDecision decision = EvaluationRegulations.Get(c.Regime).Classify(c.Input);
            return !gapless || decision.Kind != OutcomeKind.Undetermined || decision.UndeterminedReason == Nd233Mitigation;
        });

    private static bool NotLower(EvaluationRegime regime, EvaluationInput worse, EvaluationInput better)
    {
        EvaluationRegulation regulation = EvaluationRegulations.Get(regime);
        EvaluationDecision low = regulation.Classify(worse);
        EvaluationDecision high = regulation.Classify(better);

        // Levels compare by rank (Excellent = 0); outcomes without a level are not ordered against levels.
        return !low.HasLevel || !high.HasLevel || high.Level <= low.Level;
    }

    private static bool AllRender(Finding finding)
    {
        foreach (Language language in new[] { Language.Vietnamese, Language.English })
        {
            string text = finding.Render(language);
            if (string.IsNullOrWhiteSpace(text) || text.Contains('{', StringComparison.Ordinal))
            {
                return false;
            }
        }

        return finding.Render(Language.Vietnamese) != finding.Render(Language.English) && finding.Children.All(AllRender);
    }
}
