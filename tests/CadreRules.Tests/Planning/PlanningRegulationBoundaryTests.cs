using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using NodaTime;
using static CadreRules.Tests.Planning.PlanningFixtures;

namespace CadreRules.Tests.Planning;

public class PlanningRegulationBoundaryTests
{
    private static PlanningRegulation Variant(PlanningRegulation regulation, params (string Key, ParameterValue Value)[] overrides) =>
        (PlanningRegulation)regulation.WithVariant(new LocalVariant(
            regulation.Id.Value + "-local", regulation.Id.Value, new LocalizedText("Biến thể", "Variant"),
            new LegalDocument("QĐ 9-QĐ/TU", "Tỉnh ủy Z", new LocalDate(2012, 11, 5)).Whole(), regulation.Period,
            overrides.ToDictionary(o => o.Key, o => o.Value)));

    private static object Value(Finding finding, string name) => finding.Values.Single(v => v.Name == name).Value;

    private static Finding Single(IEnumerable<Finding> findings, PlanningRegulation regulation, string rule) =>
        Assert.Single(findings, f => f.Code == regulation.Code(rule));

    [Fact]
    public void Variant_EqualCommitteeCoefficients_AreAccepted()
    {
        PlanningRegulation local = Variant(PlanningRegulations.Qd377, ("committee.minimumCoefficient", ParameterValue.FromShare(Share.Of(3, 2))));
        PlanningTitle committee = Title("BTV", 15, kind: PlanningTitleKind.CommitteeMembership);

        Assert.Equal(23, local.MinimumCandidates(committee));
        Assert.Equal(23, local.MaximumCandidates(committee));
    }

    [Fact]
    public void Variant_SmallestCommitteeCoefficientAboveLargest_Throws()
    {
        ParameterException error = Assert.Throws<ParameterException>(
            () => Variant(PlanningRegulations.Qd377, ("committee.minimumCoefficient", ParameterValue.FromShare(Share.Of(2, 1)))));

        Assert.Equal("committee.minimumCoefficient", error.Key);
        Assert.StartsWith(
            "The values break a constraint between parameters: committee.minimumCoefficient ≤ committee.maximumCoefficient does not hold for committee.minimumCoefficient = 200.00%, committee.maximumCoefficient = 150.00%.",
            error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 2, 2)]
    [InlineData(2, 2, 4)]
    [InlineData(3, 2, 6)]
    public void MinimumCandidates_BoundsPerSeat_ScalesWithSeats(int seats, int minimum, int expected)
    {
        PlanningRegulation perSeat = Variant(PlanningRegulations.Qd377, ("candidates.minimumPerTitle", ParameterValue.FromInteger(minimum)));

        Assert.Equal(expected, perSeat.MinimumCandidates(Title("T", seats)));
        Assert.Equal(minimum, PlanningRegulations.Term2020.MinimumCandidates(Title("T", seats)));
    }

    [Fact]
    public void MaximumCandidates_HugeCommittee_CannotBeBuilt()
    {
        // Issue #17: seats are bounded (1 to PlanningTitle.MaxSeats), so the bounds cannot overflow.
        Assert.Throws<InputOutOfRangeException>(() => PlanningRegulations.Qd377.MaximumCandidates(Title("C", int.MaxValue, kind: PlanningTitleKind.CommitteeMembership)));
    }

    [Fact]
    public void Validate_AdvisedAboveMinimumButMinimumMissed_ReportsOnlyTheViolation()
    {
        // QĐ 50 with a minimum of 1 (advised 2): a title with nobody breaks the minimum; the advice is not added to it.
        PlanningRegulation local = Variant(PlanningRegulations.Qd50, ("candidates.minimumPerTitle", ParameterValue.FromInteger(1)));
        PlanningList list = List([Title("T"), Title("U")], [Man("a")], [new("a", "U")]);

        TitlePlanningReport title = local.Validate(list).Title("T");

        Assert.Equal(["QD50.Planning.MinCandidatesPerTitle"], title.Findings.Select(f => f.Code.Value));
        Assert.Equal(["QD50.Planning.FewCandidates"], local.Validate(list).Title("U").Findings.Select(f => f.Code.Value));
    }

    [Fact]
    public void Validate_Qd50ThreeSeatsWithTwo_AdvisesTwoPerTitleNotPerSeat()
    {
        Assert.Empty(PlanningRegulations.Qd50.Validate(TitleWith(2, seats: 3)).Title("T").Findings);
    }

    [Fact]
    public void Validate_CommitteeShort_ExplainsWithoutAnAdvisedMinimum()
    {
        Finding finding = Assert.Single(PlanningRegulations.Qd377.Validate(TitleWith(14, seats: 15, kind: PlanningTitleKind.CommitteeMembership)).Title("T").Findings);

        Assert.Equal("QD377.Planning.CommitteeCoefficient", finding.Code.Value);
        Assert.Equal(
            [("title", (object)"T"), ("seats", 15L), ("listed", 14L), ("eligible", 14L), ("minimum", 15L), ("advisedMinimum", 0L), ("maximum", 23L)],
            finding.Values.Select(v => (v.Name, v.Value)));
    }

    [Fact]
    public void Validate_IneligibleListed_ExplainsTheEligibleCount()
    {
        PlanningList list = List([Title("T")], [Man("a"), Man("b", failsPoliticalStandard: true)], [new("a", "T"), new("b", "T")]);

        Finding finding = Single(PlanningRegulations.Term2020.Validate(list).Title("T").Findings, PlanningRegulations.Term2020, "MinCandidatesPerTitle");

        Assert.Equal(2L, Value(finding, "listed"));
        Assert.Equal(1L, Value(finding, "eligible"));
    }

    [Fact]
    public void Validate_SameRank_ExplainsBothRanks()
    {
        PlanningList list = List([Title("T", rank: 5)], [Man("a", currentRank: 5)], [new("a", "T")]);

        Finding finding = Single(PlanningRegulations.Qd377.Validate(list).Candidate("a").Findings, PlanningRegulations.Qd377, "OnlyHigherTitle");

        Assert.Equal((5L, 5L), (Value(finding, "titleRank"), Value(finding, "currentRank")));
    }

    [Theory]
    [InlineData(1974, 3, 120, false)]
    [InlineData(1974, 2, 119, true)]
    public void Validate_PreferredMonthsLeft_IsInclusive(int year, int month, int monthsLeft, bool advised)
    {
        PlanningList list = List([Title("T")], [Man("a", year, month)], [new("a", "T")], new YearMonth(2026, 3));

        CandidatePlanningReport candidate = PlanningRegulations.Qd377.Validate(list).Candidate("a");

        Assert.Equal(monthsLeft, candidate.MonthsLeft);
        Assert.Equal(advised, candidate.Findings.Any(f => f.Code == PlanningRegulations.Qd377.Code("PreferredMonthsLeft")));
    }

    [Fact]
    public void Validate_NotComplete_ExplainsTheYear()
    {
        PlanningList list = List([Title("T")], [Man("a", evaluations: [new EvaluationRecord(2025, EvaluationTrack.State, EvaluationLevel.NotComplete)])], [new("a", "T")]);

        Finding finding = Single(PlanningRegulations.Qd377.Validate(list).Candidate("a").Findings, PlanningRegulations.Qd377, "NotCompleteLatestYear");

        Assert.Equal(2025L, Value(finding, "year"));
    }

    [Fact]
    public void Validate_DisciplineDecidedOnTheListDate_Bars()
    {
        var record = new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Administrative, ListDate);
        PlanningList list = List([Title("T")], [Man("a", discipline: [record])], [new("a", "T")]);

        Finding finding = Single(PlanningRegulations.Qd50.Validate(list).Candidate("a").Findings, PlanningRegulations.Qd50, "DisciplineBar");

        Assert.Equal(
            [("cadre", (object)"a"), ("form", "Reprimand"), ("decidedOn", ListDate), ("barEnds", ListDate.PlusMonths(12))],
            finding.Values.Select(v => (v.Name, v.Value)));
    }

    [Fact]
    public void Validate_DisciplineDecidedAfterTheListDate_DoesNotBar()
    {
        var record = new DisciplineRecord(DisciplineForm.Dismissal, DisciplineTrack.Administrative, ListDate.PlusDays(1));
        PlanningList list = List([Title("T")], [Man("a", discipline: [record])], [new("a", "T")]);

        Assert.Empty(PlanningRegulations.Qd50.Validate(list).Candidate("a").Findings);
    }

    [Fact]
    public void Validate_TwoBarringRecords_ExplainsTheOneEndingLast()
    {
        // Demotion 6 months ago (bar ends in 18 months); reprimand a month ago (ends in 11 months).
        DisciplineRecord[] records =
        [
            new(DisciplineForm.Demotion, DisciplineTrack.Administrative, ListDate.PlusMonths(-6)),
            new(DisciplineForm.Reprimand, DisciplineTrack.Administrative, ListDate.PlusMonths(-1)),
        ];
        PlanningList list = List([Title("T")], [Man("a", discipline: records)], [new("a", "T")]);

        Finding finding = Single(PlanningRegulations.Qd50.Validate(list).Candidate("a").Findings, PlanningRegulations.Qd50, "DisciplineBar");

        Assert.Equal(("Demotion", ListDate.PlusMonths(18)), (Value(finding, "form"), Value(finding, "barEnds")));
    }

    [Fact]
    public void Validate_TwoBarsEndingTogether_ExplainsTheFirstInCanonicalOrder()
    {
        DisciplineRecord[] records =
        [
            new(DisciplineForm.Warning, DisciplineTrack.Administrative, ListDate.PlusMonths(-2)),
            new(DisciplineForm.Reprimand, DisciplineTrack.Administrative, ListDate.PlusMonths(-2)),
        ];
        PlanningList list = List([Title("T")], [Man("a", discipline: records)], [new("a", "T")]);

        Finding finding = Single(PlanningRegulations.Qd50.Validate(list).Candidate("a").Findings, PlanningRegulations.Qd50, "DisciplineBar");

        Assert.Equal("Reprimand", Value(finding, "form"));
    }

    private static PlanningList SevenMen() => List(
        [Title("T1", seats: 4, group: "BTV"), Title("T2", seats: 3, group: "BTV")],
        [Man("m1", 1990), Man("m2", 1970), Man("m3", 1971), Man("m4", 1972), Man("m5", 1973), Man("m6", 1974), Man("m7", 1975)],
        [new("m1", "T1"), new("m2", "T1"), new("m3", "T1"), new("m4", "T1"), new("m5", "T2"), new("m6", "T2"), new("m7", "T2")],
        new YearMonth(2026, 3));

    [Fact]
    public void Validate_YoungShareBelowTarget_IsExplained()
    {
        // 1 of 7 under 40 at 03/2026: 14.3% < 15%.
        StructureReport group = PlanningRegulations.Qd50.Validate(SevenMen()).Structure.Single();

        Finding young = Single(group.Findings, PlanningRegulations.Qd50, "YoungShare");
        Assert.Equal(Severity.TargetNotMet, young.Severity);
        Assert.Equal(
            [("level", (object)"Provincial"), ("group", "BTV"), ("count", 1L), ("total", 7L), ("share", Share.Of(1, 7)), ("target", Share.Percent(15)), ("youngAge", 40L)],
            young.Values.Select(v => (v.Name, v.Value)));
    }

    [Fact]
    public void Validate_Qd377_HasNoStructureTargets()
    {
        Assert.Empty(PlanningRegulations.Qd377.Validate(SevenMen()).Structure.Single().Findings);
    }

    [Fact]
    public void Validate_EmptyGroup_HasNoStructureFindings()
    {
        PlanningList list = List([Title("T", group: "A"), Title("U", group: "B")], [Woman("w", 1990)], [new("w", "U")]);

        PlanningReport report = PlanningRegulations.Qd50.Validate(list);

        StructureReport empty = report.Structure.Single(s => s.Group == "A");
        Assert.Equal(0, empty.Composition.Total);
        Assert.Empty(empty.Findings);
    }

    [Fact]
    public void Validate_Report_ListsInCanonicalOrderWhateverTheInputOrder()
    {
        PlanningTitle[] titles =
        [
            Title("T3", level: OrganisationalLevel.Commune, group: "A"), Title("T1", group: "B"), Title("T2", group: "A"),
        ];
        PlanningList list = List(titles, [Man("c"), Man("a"), Man("b")], [new("b", "T1"), new("a", "T3"), new("a", "T1"), new("c", "T2")]);

        PlanningReport report = PlanningRegulations.Qd50.Validate(list);

        Assert.Equal(["T1", "T2", "T3"], report.Titles.Select(t => t.Title.Id));
        Assert.Equal(["a", "b", "c"], report.Candidates.Select(c => c.CadreId.Value));
        Assert.Equal(["a", "b"], report.Title("T1").Candidates.Select(c => c.Value));
        Assert.Equal(["T1", "T3"], report.Candidate("a").TitleIds.AsEnumerable());
        Assert.Equal(
            [(OrganisationalLevel.Provincial, "A"), (OrganisationalLevel.Provincial, "B"), (OrganisationalLevel.Commune, "A")],
            report.Structure.Select(s => (s.Level, s.Group)));
    }

    [Fact]
    public void Validate_TooManyTitlesAtTwoLevels_ExplainsTheHigherLevelFirst()
    {
        PlanningTitle[] titles =
        [
            .. Enumerable.Range(1, 4).Select(i => Title($"C{i}", level: OrganisationalLevel.Commune)),
            .. Enumerable.Range(1, 4).Select(i => Title($"P{i}")),
        ];
        PlanningList list = List(titles, [Man("a")], titles.Select(t => new PlanningEntry("a", t.Id)));

        IEnumerable<object> levels = PlanningRegulations.Qd50.Validate(list).Candidate("a").Findings
            .Where(f => f.Code == PlanningRegulations.Qd50.Code("MaxTitlesPerCandidate")).Select(f => Value(f, "level"));

        Assert.Equal(["Provincial", "Commune"], levels);
    }

    // Review

    private static PlanningList Plan(params PlanningTitle[] extra) => new(
        new LocalDate(2026, 3, 1),
        new PlanningTerm(new LocalDate(2030, 10, 1)),
        [Title("T"), Title("U"), .. extra],
        [Man("a"), Man("b")],
        [new("a", "T"), new("b", "U")],
        new YearMonth(2030, 9));

    [Fact]
    public void Review_OnTheListsOwnDate_IsAllowed()
    {
        PlanningReview review = PlanningRegulations.Qd377.Review(Plan(), new LocalDate(2026, 3, 1), []);

        Assert.Equal(2, review.Kept.Length);
    }

    [Fact]
    public void Review_NullFact_ThrowsNamingCurrentFacts()
    {
        Assert.Throws<ArgumentNullException>("currentFacts", () => PlanningRegulations.Qd377.Review(Plan(), new LocalDate(2027, 2, 15), [Man("a"), null!]));
    }

    [Theory]
    [InlineData(2030, 9, 30, 2030, 9)]
    [InlineData(2030, 10, 1, 2030, 10)]
    [InlineData(2031, 1, 15, 2031, 1)]
    public void Review_FromTheTermStart_AgesAtTheReviewMonth(int year, int month, int day, int ageYear, int ageMonth)
    {
        PlanningReview review = PlanningRegulations.Qd377.Review(Plan(), new LocalDate(year, month, day), []);

        Assert.Equal(new YearMonth(ageYear, ageMonth), review.AgeMonth);
    }

    [Fact]
    public void Review_CommitteeSeatAtTheSameLevel_IsNotOneOfTheTitles()
    {
        var plan = new PlanningList(
            new LocalDate(2026, 3, 1),
            new PlanningTerm(new LocalDate(2030, 10, 1)),
            [Title("T"), Title("U"), Title("V"), Title("C", kind: PlanningTitleKind.CommitteeMembership)],
            [Man("a")],
            [new("a", "T"), new("a", "U"), new("a", "C")],
            new YearMonth(2030, 9));

        PlanningReview review = PlanningRegulations.Qd377.Review(plan, new LocalDate(2027, 2, 15), [], [new("a", "V")]);

        Assert.Equal([("a", "V")], review.Added.Select(e => (e.CadreId.Value, e.TitleId)));
    }

    [Theory]
    [InlineData("QD377", 6L, 4L)]
    [InlineData("QD50", 3L, 2L)]
    public void Review_AdditionToAFullTwoSeatTitle_ExplainsTheBounds(string regime, long maximum, long advised)
    {
        PlanningRegulation regulation = PlanningRegulationTests.Regime(regime);
        PlanningCandidate[] people = [.. Enumerable.Range(1, 7).Select(i => Man($"c{i}"))];
        var plan = new PlanningList(
            new LocalDate(2026, 3, 1),
            new PlanningTerm(new LocalDate(2030, 10, 1)),
            [Title("T", seats: 2)],
            people.Take((int)maximum),
            people.Take((int)maximum).Select(c => new PlanningEntry(c.Id, "T")),
            new YearMonth(2030, 9));

        PlanningReview review = regulation.Review(plan, new LocalDate(2027, 2, 15), [people[6]], [new("c7", "T")]);

        Finding finding = Assert.Single(Assert.Single(review.Refused).Reasons);
        Assert.Equal(regulation.Code("MaxCandidatesPerTitle"), finding.Code);
        Assert.Equal(
            [("title", (object)"T"), ("seats", 2L), ("listed", maximum + 1), ("eligible", maximum + 1), ("minimum", 0L), ("advisedMinimum", advised), ("maximum", maximum)],
            finding.Values.Select(v => (v.Name, v.Value)));
    }
}
