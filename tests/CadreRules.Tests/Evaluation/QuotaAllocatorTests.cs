using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Tests.Evaluation;

public class QuotaAllocatorTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    [InlineData(int.MaxValue)]
    public void QuotaCandidate_UnknownLevel_IsRejectedNamingIt(int level)
    {
        Assert.Throws<InputOutOfRangeException>("qualifiedLevel", () => new QuotaCandidate(new CadreId("a"), "U", "G", (EvaluationLevel)level));
        foreach (EvaluationLevel known in Enum.GetValues<EvaluationLevel>())
        {
            Assert.Equal(known, new QuotaCandidate(new CadreId("a"), "U", "G", known).QualifiedLevel);
        }
    }

    private static ImmutableArray<QuotaCandidate> Group(int good, int excellent, bool outstanding = false, string unit = "U1", string peer = "staff", int others = 0)
    {
        var list = new List<QuotaCandidate>();
        for (int i = 0; i < excellent; i++)
        {
            list.Add(new QuotaCandidate("x" + i.ToString("D2", CultureInfo.InvariantCulture), unit, peer, EvaluationLevel.Excellent, 99m - i, outstanding));
        }

        for (int i = 0; i < good; i++)
        {
            list.Add(new QuotaCandidate("g" + i.ToString("D2", CultureInfo.InvariantCulture), unit, peer, EvaluationLevel.Good, 80m, outstanding));
        }

        for (int i = 0; i < others; i++)
        {
            list.Add(new QuotaCandidate("o" + i.ToString("D2", CultureInfo.InvariantCulture), unit, peer, EvaluationLevel.Complete, 60m, outstanding));
        }

        return [.. list];
    }

    [Fact]
    public void Allocate_TenGoodTenQualifiedLiteral_KeepsThree()
    {
        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd366, Group(10, 10));

        QuotaGroupResult group = Assert.Single(allocation.Groups);
        Assert.Equal(3, group.Kept);
        Assert.Equal(17, group.FinalGood);
        Assert.Equal(7, allocation.Demotions.Length);
        Assert.Equal(3, allocation.FinalLevels.Count(l => l == EvaluationLevel.Excellent));
        Assert.Equal(["x03", "x04", "x05", "x06", "x07", "x08", "x09"], allocation.Demotions.Select(d => d.Candidate.Id.Value));
        Assert.Same(QuotaPolicy.Default, allocation.Policy);
        Assert.True(allocation.Holds);
    }

    [Fact]
    public void Allocate_TenGoodTenQualifiedFixedDenominator_KeepsTwo()
    {
        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd366, Group(10, 10), QuotaPolicy.FixedDenominator);

        Assert.Equal(2, allocation.Groups[0].Kept);
        Assert.Equal(8, allocation.Demotions.Length);
        Assert.Equal(QuotaDenominator.RatedGoodBeforeAllocation, allocation.Policy.Denominator);
    }

    [Theory]
    [InlineData(3, 1, 0)] // final HTT 4: 5 × 1 > 4
    [InlineData(4, 1, 0)] // final HTT 5 only if the one stays HTT: 5 × 1 > 4
    [InlineData(5, 1, 1)] // 5 × 1 ≤ 5
    [InlineData(4, 2, 1)] // demoting one makes 5 HTT: 5 × 1 ≤ 5
    [InlineData(0, 5, 0)]
    [InlineData(0, 6, 1)] // 5 demoted, 1 kept: 5 ≤ 5
    public void Allocate_SmallGroupsAtTwentyPercent_KeepOnlyWhatTheIntegerBoundAllows(int good, int excellent, int kept)
    {
        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Nd335, Group(good, excellent));

        Assert.Equal(kept, allocation.Groups[0].Kept);
        Assert.True(5 * kept <= allocation.Groups[0].FinalGood);
    }

    [Fact]
    public void Allocate_FewerThanFiveGoodFixedDenominator_KeepsNone()
    {
        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd366, Group(4, 3), QuotaPolicy.FixedDenominator);

        Assert.Equal(0, allocation.Groups[0].Kept);
        Assert.All(allocation.FinalLevels, l => Assert.NotEqual(EvaluationLevel.Excellent, l));
    }

    [Fact]
    public void Allocate_OutstandingUnitUnderQd366_UsesTwentyFivePercent()
    {
        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd366, Group(10, 10, outstanding: true));

        QuotaGroupResult group = allocation.Groups[0];
        Assert.Equal(4, group.Kept); // ⌊20/5⌋, 4 × 4 ≤ 16
        Assert.Equal(Share.Percent(25), group.Cap);
        Assert.Equal(new RuleCode("QD366.Quota.HTXSOutstanding"), group.Rule.Code);
        Assert.All(allocation.Demotions, d => Assert.Equal(new RuleCode("QD366.Quota.HTXSOutstanding"), d.Code));
    }

    [Fact]
    public void Allocate_OutstandingUnitUnderQd124_StaysAtTwentyPercent()
    {
        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd124, Group(10, 10, outstanding: true));

        Assert.Equal(3, allocation.Groups[0].Kept);
        Assert.Equal(new RuleCode("QD124.Quota.HTXS"), allocation.Groups[0].Rule.Code);
    }

    [Fact]
    public void Allocate_EqualScores_BreaksTiesByIdIgnoringCase()
    {
        ImmutableArray<QuotaCandidate> people =
        [
            new("b", "U", "G", EvaluationLevel.Excellent, 95m),
            new("a", "U", "G", EvaluationLevel.Excellent, 95m),
            new("C", "U", "G", EvaluationLevel.Excellent, 95m),
            .. Enumerable.Range(0, 4).Select(i => new QuotaCandidate("g" + i.ToString(CultureInfo.InvariantCulture), "U", "G", EvaluationLevel.Good, 80m)),
        ];

        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd366, people);

        // t = 4, c = 3: ⌊7/6⌋ = 1 kept; CadreId order (ordinal ignoring case) puts "a" before "b" and "C".
        Assert.Equal(EvaluationLevel.Excellent, allocation.FinalLevelOf("a"));
        Assert.Equal(EvaluationLevel.Good, allocation.FinalLevelOf("b"));
        Assert.Equal(EvaluationLevel.Good, allocation.FinalLevelOf("C"));
        Assert.Equal([2, 3], allocation.Demotions.Select(d => d.Rank));
    }

    [Fact]
    public void Allocate_HigherScore_KeepsHtxsOverLowerId()
    {
        ImmutableArray<QuotaCandidate> people =
        [
            new("a", "U", "G", EvaluationLevel.Excellent, 91m),
            new("z", "U", "G", EvaluationLevel.Excellent, 91.5m),
            .. Enumerable.Range(0, 5).Select(i => new QuotaCandidate("g" + i.ToString(CultureInfo.InvariantCulture), "U", "G", EvaluationLevel.Good, 80m)),
        ];

        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd366, people);

        Assert.Equal(EvaluationLevel.Excellent, allocation.FinalLevelOf("z"));
        Assert.Equal(EvaluationLevel.Good, allocation.FinalLevelOf("a"));
    }

    [Fact]
    public void Allocate_IdOnlyOrdering_IgnoresScores()
    {
        ImmutableArray<QuotaCandidate> people =
        [
            new("a", "U", "G", EvaluationLevel.Excellent, 91m),
            new("z", "U", "G", EvaluationLevel.Excellent, 99m),
            .. Enumerable.Range(0, 5).Select(i => new QuotaCandidate("g" + i.ToString(CultureInfo.InvariantCulture), "U", "G", EvaluationLevel.Good)),
        ];

        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd132, people, QuotaPolicy.Default.WithOrdering(QuotaOrdering.IdOnly));

        Assert.Equal(EvaluationLevel.Excellent, allocation.FinalLevelOf("a"));
        Assert.Equal(EvaluationLevel.Good, allocation.FinalLevelOf("z"));
    }

    [Fact]
    public void Allocate_MissingScore_RanksBelowAnyScore()
    {
        ImmutableArray<QuotaCandidate> people =
        [
            new("a", "U", "G", EvaluationLevel.Excellent),
            new("z", "U", "G", EvaluationLevel.Excellent, 0m),
            .. Enumerable.Range(0, 5).Select(i => new QuotaCandidate("g" + i.ToString(CultureInfo.InvariantCulture), "U", "G", EvaluationLevel.Good)),
        ];

        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd366, people);

        Assert.Equal(EvaluationLevel.Excellent, allocation.FinalLevelOf("z"));
    }

    [Fact]
    public void Allocate_GroupsPerUnitAndPeerGroup_AreIndependent()
    {
        ImmutableArray<QuotaCandidate> people = [.. Group(10, 10, unit: "U1", peer: "staff"), .. Group(0, 2, unit: "U1", peer: "leaders").Select(c => new QuotaCandidate("L" + c.Id.Value, c.Unit, c.PeerGroup, c.QualifiedLevel, c.Score))];

        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Nd233, people);

        Assert.Equal(["leaders", "staff"], allocation.Groups.Select(g => g.PeerGroup));
        Assert.Equal(0, allocation.Groups[0].Kept);
        Assert.Equal(3, allocation.Groups[1].Kept);
    }

    [Fact]
    public void Allocate_ManyInterleavedPeerGroups_KeepsEachGroupApart()
    {
        // 20 peer groups in one unit (more than the short list the index keeps per unit), members interleaved.
        var people = new List<QuotaCandidate>();
        for (int member = 0; member < 7; member++)
        {
            for (int peer = 0; peer < 20; peer++)
            {
                string id = "p" + peer.ToString("D2", CultureInfo.InvariantCulture) + member.ToString(CultureInfo.InvariantCulture);
                people.Add(new QuotaCandidate(id, "U", "G" + peer.ToString(CultureInfo.InvariantCulture), member < 2 ? EvaluationLevel.Excellent : EvaluationLevel.Good, 90m + member));
            }
        }

        QuotaAllocation sequential = QuotaAllocator.Allocate(QuotaRegime.Qd366, [.. people]);
        QuotaAllocation parallel = QuotaAllocator.AllocateParallel(QuotaRegime.Qd366, [.. people]);

        Assert.Equal(20, sequential.Groups.Length);
        Assert.All(sequential.Groups, g => Assert.Equal((7, 5, 2, 1), (g.Members, g.RatedGood, g.Qualified, g.Kept)));
        Assert.All(sequential.Demotions, d => Assert.EndsWith("0", d.Candidate.Id.Value, StringComparison.Ordinal));
        Assert.Equal(sequential.FinalLevels.ToArray(), parallel.FinalLevels.ToArray());
    }

    [Fact]
    public void Allocate_Nd233ParentWithFourUnits_KeepsOneWhateverTheHttCount()
    {
        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Nd233Units, Group(1, 3));

        QuotaGroupResult group = allocation.Groups[0];
        Assert.Equal(1, group.Kept);
        Assert.Null(group.Cap);
        Assert.Equal(new RuleCode("ND233.Quota.SmallParent"), group.Rule.Code);
        Assert.Equal("c", group.Rule.Citation!.Point);
        Assert.True(group.Holds);
    }

    [Fact]
    public void Allocate_Nd233ParentWithFiveUnits_UsesTheShareBound()
    {
        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Nd233Units, Group(2, 3));

        Assert.Equal(0, allocation.Groups[0].Kept); // ⌊5/6⌋
        Assert.Equal(new RuleCode("ND233.Quota.UnitHTXS"), allocation.Groups[0].Rule.Code);
    }

    [Fact]
    public void Allocate_HalfAwayFromZeroFixed_ReportsTheBreachedBound()
    {
        QuotaPolicy policy = QuotaPolicy.FixedDenominator.WithRounding(QuotaRounding.HalfAwayFromZero);

        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd366, Group(8, 2), policy);

        Assert.Equal(2, allocation.Groups[0].Kept); // 20% of 8 = 1.6 rounds to 2
        Assert.False(allocation.Groups[0].Holds); // 5 × 2 > 8
        Assert.False(allocation.Holds);
        Assert.Equal(FindingStatus.NotSatisfied, allocation.Explain().Status);
    }

    [Theory]
    [InlineData(10, 10, 20, QuotaDenominator.FinallyRatedGood, 3)]
    [InlineData(10, 10, 20, QuotaDenominator.RatedGoodBeforeAllocation, 2)]
    [InlineData(10, 10, 25, QuotaDenominator.FinallyRatedGood, 4)]
    [InlineData(10, 10, 25, QuotaDenominator.RatedGoodBeforeAllocation, 2)]
    [InlineData(17, 1, 20, QuotaDenominator.FinallyRatedGood, 1)]
    [InlineData(29, 7, 20, QuotaDenominator.FinallyRatedGood, 6)]
    [InlineData(30, 7, 20, QuotaDenominator.FinallyRatedGood, 6)]
    [InlineData(29, 7, 20, QuotaDenominator.RatedGoodBeforeAllocation, 5)]
    [InlineData(0, 0, 20, QuotaDenominator.FinallyRatedGood, 0)]
    public void MaximumKept_Examples_MatchTheClosedForm(int good, int qualified, int percent, QuotaDenominator denominator, int expected)
    {
        QuotaPolicy policy = QuotaPolicy.Default.WithDenominator(denominator);

        Assert.Equal(expected, QuotaAllocator.MaximumKept(good, qualified, Share.Percent(percent), policy));
    }

    [Fact]
    public void MaximumKept_NegativeCount_Throws()
    {
        Assert.Throws<InputOutOfRangeException>(() => QuotaAllocator.MaximumKept(-1, 0, Share.Percent(20), QuotaPolicy.Default));
    }

    [Fact]
    public void Allocate_DefaultCandidate_ThrowsNamingTheEntry()
    {
        ImmutableArray<QuotaCandidate> people = [new("a", "U", "G", EvaluationLevel.Good), default];

        QuotaInputException error = Assert.Throws<QuotaInputException>(() => QuotaAllocator.Allocate(QuotaRegime.Qd366, people));

        Assert.Contains("candidates[1]", error.Message, StringComparison.Ordinal);
        Assert.Equal("candidates", error.ParamName);
    }

    [Fact]
    public void Allocate_DuplicateIdAndScoreAmongQualifiers_Throws()
    {
        ImmutableArray<QuotaCandidate> people = [new("a", "U", "G", EvaluationLevel.Excellent, 90m), new("a", "U", "G", EvaluationLevel.Excellent, 90m)];

        Assert.Throws<QuotaInputException>(() => QuotaAllocator.Allocate(QuotaRegime.Qd366, people));
        Assert.Throws<QuotaInputException>(() => QuotaAllocator.AllocateParallel(QuotaRegime.Qd366, people));
    }

    [Fact]
    public void AllocateParallel_TwoAmbiguousGroups_NamesTheSameEntryAsSequential()
    {
        ImmutableArray<QuotaCandidate> people =
        [
            new("b", "U2", "G", EvaluationLevel.Excellent, 90m), new("b", "U2", "G", EvaluationLevel.Excellent, 90m),
            new("a", "U1", "G", EvaluationLevel.Excellent, 90m), new("a", "U1", "G", EvaluationLevel.Excellent, 90m),
        ];

        string sequential = Assert.Throws<QuotaInputException>(() => QuotaAllocator.Allocate(QuotaRegime.Qd366, people)).Message;
        string parallel = Assert.Throws<QuotaInputException>(() => QuotaAllocator.AllocateParallel(QuotaRegime.Qd366, people)).Message;

        Assert.Equal(sequential, parallel);
        Assert.StartsWith("candidates[1]: the identifier 'b' is already given at candidates[0]", sequential, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_OutstandingFlagForSomeMembersOnly_Throws()
    {
        ImmutableArray<QuotaCandidate> people = [new("a", "U", "G", EvaluationLevel.Good, unitIsOutstanding: true), new("b", "U", "G", EvaluationLevel.Good)];

        QuotaInputException error = Assert.Throws<QuotaInputException>(() => QuotaAllocator.Allocate(QuotaRegime.Qd366, people));

        Assert.Contains("'b'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(100.5)]
    public void QuotaCandidate_ScoreOutsideScale_Throws(double score)
    {
        ArgumentOutOfRangeException error = Assert.Throws<InputOutOfRangeException>(() => new QuotaCandidate("a", "U", "G", EvaluationLevel.Good, (decimal)score));

        Assert.Equal("score", error.ParamName);
    }

    [Fact]
    public void QuotaCandidate_ScoreBounds_ZeroToHundredInclusive_NegativeZeroIsZero()
    {
        Assert.Equal(0m, new QuotaCandidate("a", "U", "G", EvaluationLevel.Good, decimal.Negate(0.00m)).Score);
        Assert.Equal(0m, new QuotaCandidate("a", "U", "G", EvaluationLevel.Good, 0m).Score);
        Assert.Equal(100m, new QuotaCandidate("a", "U", "G", EvaluationLevel.Good, 100.000m).Score);
        Assert.Equal("score", Assert.Throws<InputOutOfRangeException>(() => new QuotaCandidate("a", "U", "G", EvaluationLevel.Good, -0.0001m)).ParamName);
        Assert.Equal("score", Assert.Throws<InputOutOfRangeException>(() => new QuotaCandidate("a", "U", "G", EvaluationLevel.Good, 100.0001m)).ParamName);
        Assert.Equal("score", Assert.Throws<InputOutOfRangeException>(() => new QuotaCandidate("a", "U", "G", EvaluationLevel.Good, decimal.MinValue)).ParamName);
    }

    [Fact]
    public void QuotaCandidate_BlankUnit_Throws()
    {
        Assert.Throws<InvalidInputException>(() => new QuotaCandidate("a", " ", "G", EvaluationLevel.Good));
    }

    [Fact]
    public void Explain_TenGoodTenQualified_NamesEachMoveWithRuleAndCitation()
    {
        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd366, Group(10, 10));

        Finding root = allocation.Explain();
        string english = root.ToText(Language.English);
        string vietnamese = root.ToText(Language.Vietnamese);

        Assert.Equal(7, CountCode(root, "Quota.Demoted"));
        Assert.Contains("FinallyRatedGood", english, StringComparison.Ordinal);
        Assert.Contains("x09", english, StringComparison.Ordinal);
        Assert.Contains("QĐ 366-QĐ/TW", english, StringComparison.Ordinal);
        Assert.Contains("Điều 11", vietnamese, StringComparison.Ordinal);
        Assert.Contains("chuyển xuống HTT", vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain("{", english, StringComparison.Ordinal);
        Assert.DoesNotContain("{", vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_OnePerson_ShowsTheirGroupAndMove()
    {
        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd366, Group(10, 10));

        Finding kept = allocation.Explain("x00");
        Finding moved = allocation.Explain("x05");

        Assert.Equal(0, CountCode(kept, "Quota.Demoted"));
        Assert.Equal(1, CountCode(moved, "Quota.Demoted"));
        Assert.Throws<InvalidInputException>(() => allocation.Explain("nobody"));
    }

    [Fact]
    public void AsRated_AfterAllocation_CarriesFinalLevels()
    {
        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd366, Group(10, 10));

        Assert.Equal(allocation.FinalLevels, allocation.AsRated().Select(c => c.QualifiedLevel));
    }

    [Fact]
    public void ComparePartyShare_EqualShares_Holds()
    {
        ImmutableArray<QuotaCandidate> state = Rated(2, 10);
        ImmutableArray<QuotaCandidate> party = Rated(1, 5);

        QuotaShareComparison comparison = QuotaAllocator.ComparePartyShare(state, party);

        QuotaShareGroup group = Assert.Single(comparison.Groups);
        Assert.Equal(QuotaShareStatus.Holds, group.Status);
        Assert.Equal(Share.Percent(20), group.StateShare);
        Assert.Equal(2, group.MaximumStateExcellent);
    }

    [Fact]
    public void ComparePartyShare_OneMoreStateHtxs_Exceeds()
    {
        QuotaShareComparison comparison = QuotaAllocator.ComparePartyShare(Rated(3, 10), Rated(1, 5));

        Assert.Equal(QuotaShareStatus.Exceeds, comparison.Status);
        Assert.Equal(FindingStatus.NotSatisfied, comparison.Groups[0].Explain().Status);
        Assert.Contains("30,0%", comparison.Groups[0].Explain().Render(Language.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void ComparePartyShare_NoRatedPartyMember_IsUndetermined()
    {
        QuotaShareComparison comparison = QuotaAllocator.ComparePartyShare(Rated(1, 10), Rated(0, 0));

        Assert.Equal(QuotaShareStatus.Undetermined, comparison.Status);
        Assert.Null(comparison.Groups[0].PartyShare);
    }

    [Theory]
    [InlineData(SubjectKind.PartyMember, 2018, 3, 7, null)]
    [InlineData(SubjectKind.PartyMember, 2018, 3, 8, "HD21.Quota.HTXS")]
    [InlineData(SubjectKind.PartyMember, 2023, 10, 3, "HD21.Quota.HTXS")]
    [InlineData(SubjectKind.PartyMember, 2023, 10, 4, "QD124.Quota.HTXS")]
    [InlineData(SubjectKind.PartyOrganisation, 2025, 8, 29, "QD124.Quota.HTXS")]
    [InlineData(SubjectKind.PartyOrganisation, 2025, 8, 30, "QD366.Quota.HTXS")]
    [InlineData(SubjectKind.CivilServant, 2025, 12, 31, null)]
    [InlineData(SubjectKind.CivilServant, 2026, 1, 1, "ND335.Quota.HTXS")]
    [InlineData(SubjectKind.PublicEmployee, 2026, 6, 30, null)]
    [InlineData(SubjectKind.PublicEmployee, 2026, 7, 1, "ND233.Quota.HTXS")]
    [InlineData(SubjectKind.Agency, 2026, 7, 1, "ND233.Quota.UnitHTXS")]
    public void InForce_DateAtEachSwitch_PicksTheRegimeWhosePeriodContainsIt(SubjectKind subject, int year, int month, int day, string? code)
    {
        QuotaRegime? regime = QuotaRegime.InForce(ShippedRegulations.Catalog, subject, new NodaTime.LocalDate(year, month, day));

        Assert.Equal(code, regime?.CapRule.Code.Value);
    }

    [Fact]
    public void Messages_EveryQuotaCode_HasDistinctVietnameseAndEnglish()
    {
        var quotaCodes = CadreRules.Localization.MessageCatalog.Default.Codes.Where(c => c.Value.Contains("Quota", StringComparison.Ordinal) || c.Value.StartsWith("CBCC", StringComparison.Ordinal) || c.Value.StartsWith("TT08", StringComparison.Ordinal) || c.Value.StartsWith("Consequence", StringComparison.Ordinal) || c.Value.StartsWith("ND335.KHT", StringComparison.Ordinal)).ToList();

        Assert.True(quotaCodes.Count >= 26);
        Assert.Empty(CadreRules.Localization.MessageCatalog.Default.UntranslatedCodes().Intersect(quotaCodes));
    }

    private static ImmutableArray<QuotaCandidate> Rated(int excellent, int total) =>
        [.. Enumerable.Range(0, total).Select(i => new QuotaCandidate("p" + i.ToString(CultureInfo.InvariantCulture), "U", "G", i < excellent ? EvaluationLevel.Excellent : EvaluationLevel.Good))];

    private static int CountCode(Finding finding, string code) =>
        (finding.Code.Value == code ? 1 : 0) + finding.Children.Sum(c => CountCode(c, code));

    // ---- Argument checks, bounds, ordering and explanations ----

    [Fact]
    public void MaximumKept_NegativeQualified_ThrowsNamingQualified() =>
        Assert.Throws<InputOutOfRangeException>("qualified", () => QuotaAllocator.MaximumKept(5, -1, Share.Percent(20), QuotaPolicy.Default));

    [Fact]
    public void MaximumKept_NegativeRatedGood_ThrowsNamingRatedGood() =>
        Assert.Throws<InputOutOfRangeException>("ratedGood", () => QuotaAllocator.MaximumKept(-1, 5, Share.Percent(20), QuotaPolicy.Default));

    [Fact]
    public void Allocate_DefaultArray_IsAnEmptyAllocation()
    {
        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd366, default(ImmutableArray<QuotaCandidate>));

        Assert.Empty(allocation.Groups);
        Assert.Empty(allocation.Demotions);
        Assert.Empty(allocation.FinalLevels);
    }

    [Fact]
    public void Allocate_GroupResult_ReportsTheClosedFormBound()
    {
        // 20%, literal reading, floor: bound = floor((t + c) / 6) = floor(20 / 6) = 3.
        QuotaGroupResult group = Assert.Single(QuotaAllocator.Allocate(QuotaRegime.Qd366, Group(10, 10)).Groups);

        Assert.Equal(3, group.Bound);
        Assert.Equal(3, group.Kept);
        Assert.Equal(7, group.Demoted);
    }

    [Fact]
    public void Allocate_DuplicateQualifiersAllKept_AreStillRefused()
    {
        // Issue #17: ids must be unique whatever the allocation needs; with 20 HTT both would be kept
        // (2 <= floor(22 / 6) = 3), yet the duplicate is refused, naming its index.
        ImmutableArray<QuotaCandidate> people =
        [
            new("a", "U", "G", EvaluationLevel.Excellent, 90m), new("a", "U", "G", EvaluationLevel.Excellent, 90m),
            .. Enumerable.Range(0, 20).Select(i => new QuotaCandidate("g" + i.ToString(CultureInfo.InvariantCulture), "U", "G", EvaluationLevel.Good)),
        ];

        QuotaInputException error = Assert.Throws<QuotaInputException>(() => QuotaAllocator.Allocate(QuotaRegime.Qd366, people));

        Assert.StartsWith("candidates[1]: the identifier 'a' is already given at candidates[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_ScoreThenId_QualifierWithAScoreRanksBeforeOneWithout()
    {
        // 5 HTT, 2 qualifiers: bound = floor(7 / 6) = 1. Higher score first, a missing score last: "b" (scored) keeps
        // HTXS although "a" sorts first by id, in either input order.
        QuotaCandidate unscored = new("a", "U", "G", EvaluationLevel.Excellent);
        QuotaCandidate scored = new("b", "U", "G", EvaluationLevel.Excellent, 70m);
        QuotaCandidate[] good = [.. Enumerable.Range(0, 5).Select(i => new QuotaCandidate("g" + i.ToString(CultureInfo.InvariantCulture), "U", "G", EvaluationLevel.Good))];

        foreach (ImmutableArray<QuotaCandidate> people in new[] { ImmutableArray.Create([unscored, scored, .. good]), ImmutableArray.Create([scored, unscored, .. good]) })
        {
            QuotaDemotion moved = Assert.Single(QuotaAllocator.Allocate(QuotaRegime.Qd366, people).Demotions);

            Assert.Equal("a", moved.Candidate.Id.Value);
            Assert.Equal(2, moved.Rank);
        }
    }

    [Fact]
    public void ComparePartyShare_DefaultStateCandidate_ThrowsNamingStateAndIndex()
    {
        QuotaCandidate[] state = [new("a", "U", "G", EvaluationLevel.Good), new("b", "U", "G", EvaluationLevel.Good), default];

        QuotaInputException error = Assert.Throws<QuotaInputException>(() => QuotaAllocator.ComparePartyShare(state, Rated(1, 5)));

        Assert.Equal("state", error.ParamName);
        Assert.StartsWith("state[2] is an empty candidate (no unit).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComparePartyShare_DefaultPartyCandidate_ThrowsNamingPartyAndIndex()
    {
        QuotaCandidate[] party = [new("a", "U", "G", EvaluationLevel.Good), default];

        QuotaInputException error = Assert.Throws<QuotaInputException>(() => QuotaAllocator.ComparePartyShare(Rated(1, 5), party));

        Assert.Equal("party", error.ParamName);
        Assert.StartsWith("party[1] is an empty candidate (no unit).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComparePartyShare_NoStateStaff_HoldsWithNoStateShare()
    {
        QuotaShareGroup group = Assert.Single(QuotaAllocator.ComparePartyShare([], Rated(1, 5)).Groups);

        Assert.Equal(QuotaShareStatus.Holds, group.Status);
        Assert.Null(group.StateShare);
        Assert.Equal(Share.Percent(20), group.PartyShare);
        Finding finding = group.Explain();
        Assert.Equal("-", finding.Values.Single(v => v.Name == "stateShare").Value);
        Assert.Equal(Share.Percent(20), finding.Values.Single(v => v.Name == "partyShare").Value);
    }

    [Fact]
    public void ComparePartyShare_NoPartyMember_ExplainsTheMissingShareAsDash()
    {
        Finding finding = Assert.Single(QuotaAllocator.ComparePartyShare(Rated(1, 10), []).Groups).Explain();

        Assert.Equal(FindingStatus.NotApplicable, finding.Status);
        Assert.Equal(Share.Percent(10), finding.Values.Single(v => v.Name == "stateShare").Value);
        Assert.Equal("-", finding.Values.Single(v => v.Name == "partyShare").Value);
    }

    [Fact]
    public void ComparePartyShare_OneGroupExceedsAndALaterOneUndetermined_Exceeds()
    {
        ImmutableArray<QuotaCandidate> state =
        [
            new("s1", "U1", "G", EvaluationLevel.Excellent), new("s2", "U1", "G", EvaluationLevel.Good),
            new("s3", "U2", "G", EvaluationLevel.Good),
        ];
        ImmutableArray<QuotaCandidate> party = [new("p1", "U1", "G", EvaluationLevel.Good), new("p2", "U1", "G", EvaluationLevel.Good)];

        QuotaShareComparison comparison = QuotaAllocator.ComparePartyShare(state, party);

        Assert.Equal([QuotaShareStatus.Exceeds, QuotaShareStatus.Undetermined], comparison.Groups.Select(g => g.Status).ToArray());
        Assert.Equal(QuotaShareStatus.Exceeds, comparison.Status);
    }

    [Fact]
    public void GroupExplain_CapFailsUnderRoundingUp_IsNotSatisfied()
    {
        // Fixed denominator, half away from zero: 20% of 3 HTT = 0.6 rounds to 1 kept; then 5 x 1 > 3 final HTT.
        QuotaPolicy policy = QuotaPolicy.FixedDenominator.WithRounding(QuotaRounding.HalfAwayFromZero);
        QuotaGroupResult group = Assert.Single(QuotaAllocator.Allocate(QuotaRegime.Qd366, Group(3, 1), policy).Groups);

        Finding finding = group.Explain();

        Assert.False(group.Holds);
        Assert.Equal(FindingStatus.NotSatisfied, finding.Status);
        Assert.Equal(FindingStatus.NotSatisfied, finding.Children[0].Status);
    }

    [Fact]
    public void GroupExplain_CapHolds_IsSatisfied()
    {
        QuotaGroupResult group = Assert.Single(QuotaAllocator.Allocate(QuotaRegime.Qd366, Group(10, 10)).Groups);

        Finding finding = group.Explain();

        Assert.True(group.Holds);
        Assert.Equal(FindingStatus.Satisfied, finding.Status);
        Assert.Equal(FindingStatus.Satisfied, finding.Children[0].Status);
    }

    [Fact]
    public void GroupExplain_SmallGroupLimit_ShowsNoCap()
    {
        // NĐ 233 Điều 7 khoản 7 điểm c: a parent with fewer than 5 units keeps at most 1 HTXS unit.
        QuotaGroupResult group = Assert.Single(QuotaAllocator.Allocate(QuotaRegime.Nd233Units, Group(1, 2)).Groups);

        Assert.Null(group.Cap);
        Assert.Equal(1, group.Kept);
        Assert.Equal("-", group.Explain().Values.Single(v => v.Name == "cap").Value);
    }

    [Fact]
    public void DemotionExplain_NoScore_ShowsDash()
    {
        ImmutableArray<QuotaCandidate> people = [new("a", "U", "G", EvaluationLevel.Excellent), new("b", "U", "G", EvaluationLevel.Excellent)];

        QuotaAllocation allocation = QuotaAllocator.Allocate(QuotaRegime.Qd366, people, QuotaPolicy.Default.WithOrdering(QuotaOrdering.IdOnly));

        Assert.Equal(2, allocation.Demotions.Length);
        Assert.Equal("-", allocation.Demotions[0].Explain().Values.Single(v => v.Name == "score").Value);
    }
}
