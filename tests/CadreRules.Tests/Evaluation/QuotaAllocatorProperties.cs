using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Evaluation;

public class QuotaAllocatorProperties
{
    private static readonly QuotaRegime[] Regimes = [QuotaRegime.Qd366, QuotaRegime.Qd124, QuotaRegime.Nd233];

    public static IEnumerable<object[]> Policies() =>
    [
        [QuotaPolicy.Default],
        [QuotaPolicy.FixedDenominator],
        [QuotaPolicy.Default.WithOrdering(QuotaOrdering.IdOnly)],
    ];

    [Property]
    public Property Allocate_AnyPopulation_CapHoldsInEveryUnitAndPeerGroup() =>
        Prop.ForAll(Arbitraries.QuotaPopulation().ToArbitrary(), population =>
            Regimes.All(regime => new[] { QuotaPolicy.Default, QuotaPolicy.FixedDenominator }.All(policy =>
            {
                QuotaAllocation allocation = QuotaAllocator.Allocate(regime, population, policy);
                return allocation.Holds && FinalCounts(allocation).All(g =>
                {
                    bool raised = g.Outstanding && regime.OutstandingCap is not null;
                    int factor = raised ? 4 : 5;
                    return factor * g.Excellent <= g.Good;
                });
            })));

    [Property]
    public Property Allocate_AnyPopulation_OnlyMovesHtxsDownOneLevel() =>
        Prop.ForAll(Arbitraries.QuotaPopulation().ToArbitrary(), population =>
        {
            QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd366, population);
            return population.Select((c, i) => (c.QualifiedLevel, Final: allocation.FinalLevels[i]))
                .All(p => p.Final == p.QualifiedLevel || (p.QualifiedLevel == EvaluationLevel.Excellent && p.Final == EvaluationLevel.Good));
        });

    [Property]
    public Property Allocate_AnyPopulation_DemotesNobodyTheBoundWouldAllowToKeep() =>
        Prop.ForAll(Arbitraries.QuotaPopulation().ToArbitrary(), population =>
        {
            QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Nd335, population);
            return allocation.Groups.All(g => g.Demoted == 0 || (g.Cap!.Value.Denominator * (g.Kept + 1)) > g.Cap.Value.Numerator * (g.FinalGood - 1));
        });

    [Property]
    public Property Allocate_ShuffledInput_GivesTheSameResult() =>
        Prop.ForAll(Arbitraries.ShuffledQuotaPopulation().ToArbitrary(), pair =>
        {
            QuotaAllocation a = QuotaAllocator.Allocate(QuotaRegime.Qd366, pair.Population);
            QuotaAllocation b = QuotaAllocator.Allocate(QuotaRegime.Qd366, pair.Shuffled);
            return ByPerson(a).SequenceEqual(ByPerson(b))
                && a.Demotions.Select(d => d.Candidate.Id).SequenceEqual(b.Demotions.Select(d => d.Candidate.Id))
                && a.Groups.SequenceEqual(b.Groups);
        });

    [Property]
    public Property Allocate_DefaultPolicy_KeptScoreIsNoLowerThanAnyDemotedInTheGroup() =>
        Prop.ForAll(Arbitraries.QuotaPopulation().ToArbitrary(), population =>
        {
            QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd366, population);
            var kept = population.Where((c, i) => allocation.FinalLevels[i] == EvaluationLevel.Excellent).ToList();
            return allocation.Demotions.All(d => kept
                .Where(k => k.Unit == d.Candidate.Unit && k.PeerGroup == d.Candidate.PeerGroup)
                .All(k => k.Score >= d.Candidate.Score));
        });

    [Property]
    public Property AllocateParallel_AnyPopulation_EqualsSequential() =>
        Prop.ForAll(Arbitraries.QuotaPopulation().ToArbitrary(), population =>
            Policies().Select(p => (QuotaPolicy)p[0]).All(policy =>
            {
                QuotaAllocation sequential = QuotaAllocator.Allocate(QuotaRegime.Nd233Units, population, policy);
                QuotaAllocation parallel = QuotaAllocator.AllocateParallel(QuotaRegime.Nd233Units, population, policy);
                return sequential.FinalLevels.SequenceEqual(parallel.FinalLevels)
                    && sequential.Groups.SequenceEqual(parallel.Groups)
                    && sequential.Demotions.Select(d => (d.Candidate, d.Rank)).SequenceEqual(parallel.Demotions.Select(d => (d.Candidate, d.Rank)));
            }));

    [Property]
    public Property Allocate_AnyPopulation_DemotionsMatchTheFinalLevels() =>
        Prop.ForAll(Arbitraries.QuotaPopulation().ToArbitrary(), population =>
        {
            QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd366, population, QuotaPolicy.FixedDenominator);
            var demoted = allocation.Demotions.Select(d => d.Candidate.Id).ToHashSet();
            return population.Select((c, i) => demoted.Contains(c.Id) == (c.QualifiedLevel != allocation.FinalLevels[i])).All(x => x)
                && allocation.Groups.Sum(g => g.Demoted) == demoted.Count;
        });

    [Property]
    public Property MaximumKept_AnyCounts_EqualsTheLargestCountTheBoundAllows() =>
        Prop.ForAll(
            (from t in Gen.Choose(0, 80)
             from c in Gen.Choose(0, 80)
             from percent in Gen.Elements(20, 25, 30)
             from denominator in Gen.Elements(QuotaDenominator.FinallyRatedGood, QuotaDenominator.RatedGoodBeforeAllocation)
             from rounding in Gen.Elements(QuotaRounding.Floor, QuotaRounding.HalfAwayFromZero)
             select (t, c, percent, new QuotaPolicy(denominator, rounding, QuotaOrdering.ScoreThenId))).ToArbitrary(),
            input =>
            {
                (int t, int c, int percent, QuotaPolicy policy) = input;
                int expected = Enumerable.Range(0, c + 1).Where(h =>
                {
                    // percent × HTT / 100, rounded by the policy, must reach h.
                    int good = policy.Denominator == QuotaDenominator.FinallyRatedGood ? t + c - h : t;
                    int allowed = policy.Rounding == QuotaRounding.Floor ? percent * good / 100 : ((2 * percent * good) + 100) / 200;
                    return h <= allowed;
                }).Max();
                return QuotaAllocator.MaximumKept(t, c, CadreRules.Rules.Share.Percent(percent), policy) == expected;
            });

    [Property]
    public Property Allocate_AnyPolicy_ReportsHoldsExactlyWhenTheFinalCountsMeetTheBound() =>
        Prop.ForAll(Arbitraries.QuotaPopulation().ToArbitrary(), population =>
            new[] { QuotaRounding.Floor, QuotaRounding.HalfAwayFromZero }.All(rounding =>
            {
                QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd366, population, QuotaPolicy.FixedDenominator.WithRounding(rounding));
                return allocation.Groups.All(g => g.Holds == (g.Cap!.Value.Denominator * g.Kept <= g.Cap.Value.Numerator * g.FinalGood))
                    && allocation.Holds == allocation.Groups.All(g => g.Holds);
            }));

    private static IEnumerable<(CadreId Id, EvaluationLevel Level)> ByPerson(QuotaAllocation allocation) =>
        allocation.Candidates.Select((c, i) => (c.Id, allocation.FinalLevels[i])).OrderBy(p => p.Id);

    private static IEnumerable<(bool Outstanding, int Excellent, int Good)> FinalCounts(QuotaAllocation allocation) =>
        allocation.Candidates.Select((c, i) => (c, Level: allocation.FinalLevels[i]))
            .GroupBy(p => (p.c.Unit, p.c.PeerGroup))
            .Select(g => (g.First().c.UnitIsOutstanding, g.Count(p => p.Level == EvaluationLevel.Excellent), g.Count(p => p.Level == EvaluationLevel.Good)));
}
