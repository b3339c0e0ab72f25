using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.Localization;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Rules;

public class DecisionLadderTests
{
    // A toy classification over (score, excluded, forcedLow, capped) to exercise every kind of step.
    public sealed record Facts(int Score, bool Excluded = false, bool ForcedLow = false, bool Capped = false);

    public enum Grade
    {
        High,
        Middle,
        Low,
    }

    private static readonly DecisionLadder<Facts, Grade> Ladder = DecisionLadder<Facts, Grade>
        .CreateBuilder(Describe("Toy.Ladder"))
        .Exclude(Rule.Create<Facts>(Describe("Toy.Excluded"), f => f.Excluded))
        .Force(Grade.Low, Rule.Create<Facts>(Describe("Toy.ForcedLow"), f => f.ForcedLow))
        .Level(Grade.High, Rule.Create<Facts>(Describe("Toy.High"), f => f.Score >= 90))
        .Level(Grade.Middle, Rule.Create<Facts>(Describe("Toy.Middle"), f => f.Score >= 50 && f.Score < 80))
        .Level(Grade.Low, Rule.Create<Facts>(Describe("Toy.Low"), f => f.Score < 50))
        .Cap(Grade.Middle, Rule.Create<Facts>(Describe("Toy.Cap"), f => f.Capped))
        .Build();

    [Theory]
    [InlineData(95, OutcomeKind.Level, Grade.High, "Toy.High")]
    [InlineData(90, OutcomeKind.Level, Grade.High, "Toy.High")]
    [InlineData(79, OutcomeKind.Level, Grade.Middle, "Toy.Middle")]
    [InlineData(50, OutcomeKind.Level, Grade.Middle, "Toy.Middle")]
    [InlineData(49, OutcomeKind.Level, Grade.Low, "Toy.Low")]
    [InlineData(85, OutcomeKind.Undetermined, default(Grade), "")]
    public void Decide_ByScore_GivesTheFirstLevelWhoseGuardHolds(int score, OutcomeKind kind, Grade grade, string decidedBy)
    {
        LadderDecision<Grade> decision = Ladder.Decide(new Facts(score));

        Assert.Equal(kind, decision.Kind);
        if (kind == OutcomeKind.Level)
        {
            Assert.Equal(grade, decision.Level);
        }

        Assert.Equal(decidedBy, decision.DecidedBy.Value);
    }

    [Fact]
    public void Decide_ExclusionComesBeforeEverything()
    {
        LadderDecision<Grade> decision = Ladder.Decide(new Facts(95, Excluded: true, ForcedLow: true));

        Assert.Equal(OutcomeKind.NotRated, decision.Kind);
        Assert.Equal("Toy.Excluded", decision.DecidedBy.Value);
    }

    [Fact]
    public void Decide_OverrideBeatsTheLevels()
    {
        LadderDecision<Grade> decision = Ladder.Decide(new Facts(95, ForcedLow: true));

        Assert.Equal(Grade.Low, decision.Level);
        Assert.Equal("Toy.ForcedLow", decision.DecidedBy.Value);
    }

    [Fact]
    public void Decide_CapLowersAHigherLevelOnly()
    {
        LadderDecision<Grade> capped = Ladder.Decide(new Facts(95, Capped: true));
        LadderDecision<Grade> alreadyLower = Ladder.Decide(new Facts(10, Capped: true));

        Assert.Equal(Grade.Middle, capped.Level);
        Assert.Equal(Grade.High, capped.UncappedLevel);
        Assert.Equal("Toy.Cap", capped.CappedBy.Value);
        Assert.Equal(Grade.Low, alreadyLower.Level);
        Assert.True(alreadyLower.CappedBy.IsEmpty);
    }

    [Fact]
    public void Decide_CapDoesNotTurnAGapIntoALevel()
    {
        Assert.Equal(OutcomeKind.Undetermined, Ladder.Decide(new Facts(85, Capped: true)).Kind);
    }

    [Fact]
    public void Explain_BuildsAFindingPerStepAndNamesTheOutcome()
    {
        Verdict<LadderDecision<Grade>> verdict = Ladder.Explain(new Facts(85));

        Assert.Equal(OutcomeKind.Undetermined, verdict.Outcome.Kind);
        Assert.Equal(FindingStatus.NotSatisfied, verdict.Explanation.Status);
        Assert.Equal(Ladder.Steps.Length, verdict.Explanation.Children.Length);
        Assert.Contains(verdict.Explanation.Values, v => v.Name == "outcome" && v.Format(Language.English).StartsWith("undetermined", StringComparison.Ordinal));
        Assert.Contains(verdict.Explanation.Values, v => v.Name == "outcome" && v.Format(Language.Vietnamese).StartsWith("chưa xác định", StringComparison.Ordinal));
        Assert.Contains("Toy.High", verdict.ToText(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_NamesTheLevelInTheLanguageAsked()
    {
        DecisionLadder<Facts, Grade> named = DecisionLadder<Facts, Grade>.CreateBuilder(Describe("Toy.Named"))
            .Level(Grade.High, Rule.Create<Facts>(Describe("Toy.High"), f => f.Score >= 90))
            .Level(Grade.Low, Rule.Create<Facts>(Describe("Toy.Low"), f => f.Score < 90))
            .NameLevels(g => g == Grade.High ? new LocalizedText("cao", "high") : new LocalizedText("thấp", "low"))
            .Build();

        Finding root = named.Explain(new Facts(95)).Explanation;

        Assert.Equal("cao", root.Values.Single(v => v.Name == "outcome").Format(Language.Vietnamese));
        Assert.Equal("high", root.Values.Single(v => v.Name == "outcome").Format(Language.English));
        Assert.Equal("Middle", Ladder.NameOf(Grade.Middle).English);
    }

    [Property]
    public Property Explain_AgreesWithDecide() =>
        Prop.ForAll(FactsGen().ToArbitrary(), facts => Ladder.Explain(facts).Outcome == Ladder.Decide(facts));

    [Fact]
    public void Explain_BuildsTheFindingTreeOnFirstReadOnly()
    {
        int built = 0;
        DecisionLadder<Facts, Grade> counting = DecisionLadder<Facts, Grade>
            .CreateBuilder(Describe("Toy.Counting"))
            .Level(Grade.High, Rule.Create<Facts>(Describe("Toy.High"), f => f.Score >= 90, values: f =>
            {
                built++;
                return [FactValue.Of("score", f.Score)];
            }))
            .Build();

        Verdict<LadderDecision<Grade>> verdict = counting.Explain(new Facts(95));

        Assert.Equal(Grade.High, verdict.Outcome.Level);
        Assert.Equal(0, built);
        Finding first = verdict.Explanation;
        Assert.Same(first, verdict.Explanation);
        Assert.Equal(1, built);
        Assert.Equal(FindingStatus.Satisfied, first.Children[0].Status);
    }

    [Fact]
    public void DeferredVerdict_RejectsAMissingOrNullBuilder()
    {
        Assert.Throws<ArgumentNullException>("explanation", () => new Verdict<int>(1, (Func<Finding>)null!, null));
        var verdict = new Verdict<int>(1, () => null!, null);
        Assert.Throws<InvalidOperationException>(() => verdict.Explanation);
    }

    [Property]
    public Property Decide_WithGeneratedGuards_MatchesTheStepByStepReading() =>
        Prop.ForAll(GeneratedLadders().ToArbitrary(), Arbitraries.Facts().ToArbitrary(), (ladder, facts) =>
            ladder.Decide(facts) == StepByStep(ladder, facts));

    [Property(MaxTest = 200)]
    public Property Decide_WithGeneratedGuards_MatchesTheStepByStepReadingOnEveryFacts() =>
        Prop.ForAll(GeneratedLadders().ToArbitrary(), ladder =>
        {
            for (int facts = 0; facts < Arbitraries.FactsSpace; facts++)
            {
                Assert.Equal(StepByStep(ladder, facts), ladder.Decide(facts));
            }
        });

    // Ladders longer than the part of the hot path that is written out test by test (32 tests), so that runs cross
    // from it into the loop that follows: every generated shape, on every facts.
    [Property(MaxTest = 100)]
    public Property Decide_LongGeneratedLadders_MatchTheStepByStepReadingOnEveryFacts() =>
        Prop.ForAll(LongLadders().ToArbitrary(), ladder =>
        {
            for (int facts = 0; facts < Arbitraries.FactsSpace; facts++)
            {
                Assert.Equal(StepByStep(ladder, facts), ladder.Decide(facts));
            }
        });

    // Until the ladder was rid of its run-time compiler, it compiled itself after 1,024 decisions; it now decides the
    // same way on every call: the decisions after several thousand are those of the first ones and of the rules.
    [Fact]
    public void Decide_AfterThousandsOfDecisions_DecidesAsAtFirst()
    {
        Rule<int> guarded = Rule.Create<int>(Describe("Toy.Guarded"), f => f % 3 == 1, appliesTo: f => f % 9 != 0);
        DecisionLadder<int, Grade> ladder = Build(7, Plain(0), guarded, Plain(2) & Plain(3),
            Rule.AllOf(Plain(4), Plain(5)), Rule.Always<int>(), Plain(5) | Plain(1), Plain(3));
        var first = new LadderDecision<Grade>[Arbitraries.FactsSpace];
        for (int facts = 0; facts < Arbitraries.FactsSpace; facts++)
        {
            first[facts] = ladder.Decide(facts);
            Assert.Equal(StepByStep(ladder, facts), first[facts]);
        }

        for (int round = 0; round < 5; round++)
        {
            for (int facts = 0; facts < Arbitraries.FactsSpace; facts++)
            {
                Assert.Equal(first[facts], ladder.Decide(facts));
            }
        }
    }

    [Property]
    public Property Decide_GivesExactlyOneKindOfAnswer() =>
        Prop.ForAll(FactsGen().ToArbitrary(), facts =>
        {
            LadderDecision<Grade> d = Ladder.Decide(facts);
            return Enum.IsDefined(d.Kind) && (d.Kind != OutcomeKind.Level || Ladder.RankOf(d.Level) >= 0);
        });

    [Fact]
    public void Analyze_ReportsGapsAndOverlaps()
    {
        DecisionLadder<Facts, Grade> overlapping = DecisionLadder<Facts, Grade>
            .CreateBuilder(Describe("Toy.Overlapping"))
            .Level(Grade.High, Rule.Create<Facts>(Describe("Toy.High"), f => f.Score >= 60))
            .Level(Grade.Middle, Rule.Create<Facts>(Describe("Toy.Middle"), f => f.Score >= 50 && f.Score < 80))
            .Build();
        Facts[] inputs = [.. Enumerable.Range(0, 101).Select(s => new Facts(s))];

        LadderCoverage<Facts, Grade> coverage = overlapping.Analyze(inputs);
        LadderCoverage<Facts, Grade> toy = Ladder.Analyze(inputs);

        Assert.Equal(101, coverage.InputCount);
        Assert.Equal(50, coverage.Gaps.Length); // 0..49
        Assert.Equal(20, coverage.Overlaps.Length); // 60..79
        Assert.Equal(new[] { Grade.High, Grade.Middle }, coverage.Overlaps[0].Levels.ToArray());
        Assert.Equal(Enumerable.Range(80, 10), toy.Gaps.Select(f => f.Score)); // 80..89
        Assert.Empty(toy.Overlaps);
        Assert.False(toy.IsComplete);
    }

    [Fact]
    public void Constructor_RejectsLaddersWithoutLevelsOrWithDuplicateLevelsOrUnknownCaps()
    {
        Rule<Facts> any = Rule.Always<Facts>();
        Assert.Throws<InvalidInputException>("steps", () => DecisionLadder<Facts, Grade>.CreateBuilder(Describe("X")).Exclude(any).Build());
        Assert.Throws<InvalidInputException>("steps", () => DecisionLadder<Facts, Grade>.CreateBuilder(Describe("X")).Level(Grade.High, any).Level(Grade.High, any).Build());
        Assert.Throws<InvalidInputException>("steps", () => DecisionLadder<Facts, Grade>.CreateBuilder(Describe("X")).Level(Grade.High, any).Cap(Grade.Low, any).Build());
        Assert.Throws<ArgumentNullException>("facts", () => Ladder.Decide(null!));
    }

    [Fact]
    public void Constructor_NullArguments_ThrowNamingTheParameter()
    {
        Assert.Throws<ArgumentNullException>("descriptor", () => new DecisionLadder<Facts, Grade>(null!, Ladder.Steps));
        Assert.Throws<ArgumentNullException>("steps", () => new DecisionLadder<Facts, Grade>(Describe("X"), null!));
        Assert.Throws<ArgumentNullException>("steps", () => new DecisionLadder<Facts, Grade>(Describe("X"), [.. Ladder.Steps, null!]));
        Assert.Throws<ArgumentNullException>("inputs", () => Ladder.Analyze(null!));
    }

    [Fact]
    public void Builder_NullArguments_ThrowNamingTheParameter()
    {
        Assert.Throws<ArgumentNullException>("descriptor", () => DecisionLadder<Facts, Grade>.CreateBuilder(null!));
        DecisionLadderBuilder<Facts, Grade> builder = DecisionLadder<Facts, Grade>.CreateBuilder(Describe("X"));
        Assert.Throws<ArgumentNullException>("levelNames", () => builder.NameLevels(null!));
        Assert.Throws<ArgumentNullException>("guard", () => builder.Level(Grade.High, null!));
        Assert.Throws<ArgumentNullException>("guard", () => builder.Exclude(null!));
        Assert.Throws<ArgumentNullException>("guard", () => builder.Force(Grade.Low, null!));
        Assert.Throws<ArgumentNullException>("guard", () => builder.Cap(Grade.Low, null!));
        Assert.Throws<ArgumentNullException>("guard", () => new LadderStep<Facts, Grade>(LadderStepKind.Level, Grade.High, null!));
    }

    [Fact]
    public void Constructor_CapAtTheTopLevel_IsARungAndNeverLowersAnything()
    {
        DecisionLadder<Facts, Grade> ladder = DecisionLadder<Facts, Grade>.CreateBuilder(Describe("Toy.TopCap"))
            .Level(Grade.High, Rule.Create<Facts>(Describe("Toy.High"), f => f.Score >= 90))
            .Level(Grade.Low, Rule.Always<Facts>())
            .Cap(Grade.High, Rule.Create<Facts>(Describe("Toy.Cap"), f => f.Capped))
            .Build();

        LadderDecision<Grade> decision = ladder.Decide(new Facts(95, Capped: true));

        Assert.Equal(Grade.High, decision.Level);
        Assert.True(decision.CappedBy.IsEmpty);
    }

    [Fact]
    public void Explain_CappedLevel_ListsOutcomeDecidedByCappedByAndUncappedLevel()
    {
        Finding root = Ladder.Explain(new Facts(95, Capped: true)).Explanation;

        Assert.Equal(FindingStatus.Satisfied, root.Status);
        Assert.Equal(
            new[] { "outcome = Middle", "decidedBy = Toy.High", "cappedBy = Toy.Cap", "uncappedLevel = High" },
            root.Values.Select(v => v.ToString()));
    }

    [Fact]
    public void Explain_UncappedLevel_ListsOutcomeAndDecidedByOnly()
    {
        Finding root = Ladder.Explain(new Facts(95)).Explanation;

        Assert.Equal(FindingStatus.Satisfied, root.Status);
        Assert.Equal(new[] { "outcome = High", "decidedBy = Toy.High" }, root.Values.Select(v => v.ToString()));
    }

    [Fact]
    public void Explain_NotRated_IsSatisfiedAndNamesTheExclusion()
    {
        Finding root = Ladder.Explain(new Facts(95, Excluded: true)).Explanation;

        Assert.Equal(FindingStatus.Satisfied, root.Status);
        Assert.Equal(new[] { "outcome = not rated", "decidedBy = Toy.Excluded" }, root.Values.Select(v => v.ToString()));
    }

    [Fact]
    public void Explain_Undetermined_IsNotSatisfiedAndNamesNoStep()
    {
        Finding root = Ladder.Explain(new Facts(85)).Explanation;

        Assert.Equal(FindingStatus.NotSatisfied, root.Status);
        Assert.Equal(new[] { "outcome" }, root.Values.Select(v => v.Name));
    }

    [Fact]
    public void Analyze_SkipsInputsThatAreExcludedOrForced()
    {
        DecisionLadder<Facts, Grade> overlapping = DecisionLadder<Facts, Grade>
            .CreateBuilder(Describe("Toy.Overlapping"))
            .Exclude(Rule.Create<Facts>(Describe("Toy.Excluded"), f => f.Excluded))
            .Force(Grade.Low, Rule.Create<Facts>(Describe("Toy.ForcedLow"), f => f.ForcedLow))
            .Level(Grade.High, Rule.Create<Facts>(Describe("Toy.High"), f => f.Score >= 90))
            .Level(Grade.Middle, Rule.Create<Facts>(Describe("Toy.Middle"), f => f.Score >= 50))
            .Build();

        LadderCoverage<Facts, Grade> coverage = overlapping.Analyze(
            [new Facts(95, Excluded: true), new Facts(10, Excluded: true), new Facts(95, ForcedLow: true), new Facts(10, ForcedLow: true), new Facts(95), new Facts(10)]);

        Assert.Equal(6, coverage.InputCount);
        Assert.Equal(new[] { 10 }, coverage.Gaps.Select(f => f.Score)); // only the last input: the others are decided before the levels
        Assert.Equal(new[] { new Facts(95) }, coverage.Overlaps.Select(o => o.Input));
    }

    [Theory]
    [InlineData(LadderStepKind.Exclusion, "Exclusion Toy.Excluded")]
    [InlineData(LadderStepKind.Override, "Override Low Toy.ForcedLow")]
    [InlineData(LadderStepKind.Level, "Level High Toy.High")]
    [InlineData(LadderStepKind.Cap, "Cap Middle Toy.Cap")]
    public void Step_ToString_NamesKindLevelAndGuard(LadderStepKind kind, string expected) =>
        Assert.Equal(expected, Ladder.Steps.First(s => s.Kind == kind).ToString());

    private static LadderDecision<Grade> StepByStep(DecisionLadder<int, Grade> ladder, int facts) => LadderReading.StepByStep(ladder, facts);

    private static Gen<DecisionLadder<int, Grade>> GeneratedLadders()
    {
        Rule<int>[] plain = [.. Enumerable.Range(0, Arbitraries.LeafCount).Select(i =>
            Rule.Create<int>(Describe("Toy.Plain" + i), f => (f / (int)Math.Pow(3, i)) % 3 == 1))];
        Gen<Rule<int>> plainAll = Gen.ArrayOf(Gen.Elements(plain)).Where(a => a.Length > 0).Select(a => Rule.AllOf(a));
        Rule<int>[] guarded = [.. Enumerable.Range(0, Arbitraries.LeafCount).Select(i =>
            Rule.Create<int>(Describe("Toy.Guarded" + i), f => (f / (int)Math.Pow(3, i)) % 3 == 1, appliesTo: f => (f / (int)Math.Pow(3, (i + 1) % Arbitraries.LeafCount)) % 3 != 0))];
        // Named all-ofs are not flattened: a conjunction nested in one, next to a guarded leaf, must still be read whole.
        Gen<Rule<int>> nested =
            from a in Gen.Elements(plain)
            from b in Gen.Elements(guarded)
            from guardedFirst in Gen.Elements(true, false)
            let inner = Rule.AllOf(Describe("Toy.Inner"), a)
            select guardedFirst ? Rule.AllOf(Describe("Toy.Outer"), b, inner) : Rule.AllOf(Describe("Toy.Outer"), inner, b);
        Gen<Rule<int>> nestedAll = plainAll.Two().Select(p => Rule.AllOf(Describe("Toy.Named"), p.Item1, p.Item2));
        // Edge shapes: an all-of of nothing (never applies), named or not.
        Rule<int>[] edges = [Rule.AllOf<int>(), Rule.AllOf<int>(Describe("Toy.EmptyNamed"))];
        Gen<Rule<int>> guard = Gen.OneOf(Arbitraries.Rules(), Gen.Elements(plain), plainAll, Gen.Elements(guarded),
            nestedAll, nested, Gen.Elements(edges),
            Gen.Elements(edges).Two().Select(p => Rule.AllOf(p.Item1, p.Item2)),
            Gen.OneOf(plainAll, Gen.Elements(guarded)).Two().Select(p => p.Item1 & p.Item2));
        return from exclusion in guard
               from forced in guard
               from high in guard
               from middle in guard
               from low in guard
               from cap in guard
               from lowCap in guard
               from shape in Gen.Choose(0, 15)
               select Build(shape, exclusion, forced, high, middle, low, cap, lowCap);
    }

    // A leaf that holds when the facts' i-th base-3 digit is 1.
    private static Rule<int> Plain(int i)
    {
        int divisor = (int)Math.Pow(3, i % Arbitraries.LeafCount);
        return Rule.Create<int>(Describe("Toy.Plain" + i), f => (f / divisor) % 3 == 1);
    }

    // Many exclusions and overrides and up to three levels (up to 27 steps), each a conjunction of up to five leaves, some guarded, and
    // caps: far more tests than the hot path writes out one by one.
    private static Gen<DecisionLadder<int, Grade>> LongLadders()
    {
        Gen<Rule<int>> leaf = Gen.OneOf(
            Gen.Choose(0, Arbitraries.LeafCount - 1).Select(Plain),
            Gen.Choose(0, Arbitraries.LeafCount - 1).Select(i => Rule.Create<int>(Describe("Toy.Guarded" + i), f => (f / (int)Math.Pow(3, i)) % 3 != 2,
                appliesTo: f => (f / (int)Math.Pow(3, (i + 1) % Arbitraries.LeafCount)) % 3 != 0)));
        Gen<Rule<int>> conjunction =
            from size in Gen.Choose(1, 5)
            from parts in Gen.ArrayOf(Gen.Choose(0, Arbitraries.LeafCount - 1).Select(Plain), size)
            select Rule.AllOf(parts);
        Gen<Rule<int>> guard = Gen.Frequency((4, conjunction), (1, leaf), (1, Arbitraries.Rules()));
        return from exclusionCount in Gen.Choose(0, 12)
               from overrideCount in Gen.Choose(0, 12)
               from levelCount in Gen.Choose(1, 3)
               from capCount in Gen.Choose(0, 3)
               from exclusions in Gen.ArrayOf(guard, exclusionCount)
               from overrides in Gen.ArrayOf(guard, overrideCount)
               from levels in Gen.ArrayOf(guard, levelCount)
               from caps in Gen.ArrayOf(guard, capCount)
               select BuildLong(exclusions, overrides, levels, caps);
    }

    private static DecisionLadder<int, Grade> BuildLong(Rule<int>[] exclusions, Rule<int>[] overrides, Rule<int>[] levels, Rule<int>[] caps)
    {
        DecisionLadderBuilder<int, Grade> builder = DecisionLadder<int, Grade>.CreateBuilder(Describe("Toy.Long"));
        foreach (Rule<int> exclusion in exclusions)
        {
            builder.Exclude(exclusion);
        }

        for (int i = 0; i < overrides.Length; i++)
        {
            builder.Force((Grade)(i % 3), overrides[i]);
        }

        for (int rank = 0; rank < levels.Length; rank++)
        {
            builder.Level((Grade)rank, levels[rank]);
        }

        for (int i = 0; i < caps.Length; i++)
        {
            builder.Cap((Grade)(i % levels.Length), caps[i]);
        }

        return builder.Build();
    }

    private static DecisionLadder<int, Grade> Build(int shape, Rule<int> exclusion, Rule<int> forced, Rule<int> high, Rule<int> middle, Rule<int> low, Rule<int> cap, Rule<int> lowCap)
    {
        DecisionLadderBuilder<int, Grade> builder = DecisionLadder<int, Grade>.CreateBuilder(Describe("Toy.Generated"));
        if ((shape & 1) != 0)
        {
            builder.Exclude(exclusion).Force(Grade.Low, forced);
        }

        builder.Level(Grade.High, high).Level(Grade.Middle, middle).Level(Grade.Low, low);
        if ((shape & 2) != 0)
        {
            builder.Cap(Grade.Middle, cap);
        }

        if ((shape & 4) != 0)
        {
            builder.Cap(Grade.Low, lowCap).Cap(Grade.Middle, cap);
        }

        if ((shape & 8) != 0)
        {
            // Second and third exclusions and overrides: their positions are part of the outcome code.
            builder.Exclude(lowCap).Exclude(middle).Force(Grade.Middle, high).Force(Grade.High, low);
        }

        return builder.Build();
    }

    private static Gen<Facts> FactsGen() =>
        from score in Gen.Choose(0, 100)
        from flags in Gen.Choose(0, 7)
        select new Facts(score, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0);

    private static RuleDescriptor Describe(string code) => new(code, new LocalizedText(code + " (vi)", code), null);
}
