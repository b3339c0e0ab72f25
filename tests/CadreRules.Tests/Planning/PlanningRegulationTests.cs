using System.Collections.Generic;
using System.Linq;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using NodaTime;
using static CadreRules.Tests.Planning.PlanningFixtures;

namespace CadreRules.Tests.Planning;

public class PlanningRegulationTests
{
    public static TheoryData<string, int, string?, string?> CandidatesPerTitleCases => new()
    {
        // regime, candidates, expected violation code (or null), expected advisory code (or null)
        { "PL2020", 1, "PL2020.Planning.MinCandidatesPerTitle", null },
        { "PL2020", 2, null, null },
        { "PL2020", 4, null, null },
        { "PL2020", 5, "PL2020.Planning.MaxCandidatesPerTitle", null },
        { "QD50", 1, null, "QD50.Planning.FewCandidates" },
        { "QD50", 2, null, null },
        { "QD50", 3, null, null },
        { "QD50", 4, "QD50.Planning.MaxCandidatesPerTitle", null },
        { "QD50", 5, "QD50.Planning.MaxCandidatesPerTitle", null },
        { "QD377", 1, null, "QD377.Planning.FewCandidates" },
        { "QD377", 2, null, null },
        { "QD377", 3, null, null },
        { "QD377", 4, "QD377.Planning.MaxCandidatesPerTitle", null },
        { "QD377", 5, "QD377.Planning.MaxCandidatesPerTitle", null },
    };

    internal static PlanningRegulation Regime(string prefix) => prefix switch
    {
        "PL2020" => PlanningRegulations.Term2020,
        "QD50" => PlanningRegulations.Qd50,
        _ => PlanningRegulations.Qd377,
    };

    [Theory]
    [MemberData(nameof(CandidatesPerTitleCases))]
    public void Validate_CandidatesPerTitle_MatchesRegime(string regime, int count, string? violation, string? advisory)
    {
        PlanningReport report = Regime(regime).Validate(TitleWith(count));

        ImmutableCodes(report.Title("T").Findings, Severity.Violation).ShouldBe(violation);
        ImmutableCodes(report.Title("T").Findings, Severity.Advisory).ShouldBe(advisory);
        Assert.Equal(violation is null ? 0 : 1, report.ViolationCount);
    }

    [Theory]
    [InlineData(9, 0)]
    [InlineData(10, 1)]
    public void Validate_Qd377ThreeDeputySeats_AllowsNine(int count, int violations)
    {
        PlanningReport report = PlanningRegulations.Qd377.Validate(TitleWith(count, seats: 3));

        Assert.Equal(9, report.Title("T").Maximum);
        Assert.Equal(violations, report.ViolationCount);
    }

    [Fact]
    public void Validate_Qd377ThreeSeatsWithFive_AdvisesTwoPerSeat()
    {
        Finding advisory = Assert.Single(PlanningRegulations.Qd377.Validate(TitleWith(5, seats: 3)).Title("T").Findings);

        Assert.Equal(Severity.Advisory, advisory.Severity);
        Assert.Equal("The title T should have at least 6 eligible candidates (now 5); advisory, not a breach", advisory.Render(Language.English));
    }

    [Fact]
    public void Validate_Qd50ThreeSeats_StillThreePerTitle()
    {
        Assert.Equal(1, PlanningRegulations.Qd50.CountViolations(TitleWith(4, seats: 3)));
    }

    [Theory]
    [InlineData(15, 23)]
    [InlineData(9, 14)]
    [InlineData(50, 75)]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    public void MaximumCandidates_CommitteeCoefficient_RoundsHalfUp(int seats, int expected)
    {
        PlanningTitle committee = Title("BTV", seats, kind: PlanningTitleKind.CommitteeMembership);

        Assert.Equal(expected, PlanningRegulations.Qd377.MaximumCandidates(committee));
        Assert.Equal(seats, PlanningRegulations.Qd377.MinimumCandidates(committee));
    }

    [Theory]
    [InlineData(23, 0)]
    [InlineData(24, 1)]
    [InlineData(15, 0)]
    [InlineData(14, 1)]
    public void Validate_CommitteeOfFifteen_BoundedByCoefficient(int count, int violations)
    {
        PlanningReport report = PlanningRegulations.Qd377.Validate(TitleWith(count, seats: 15, kind: PlanningTitleKind.CommitteeMembership));

        Assert.Equal(violations, report.ViolationCount);
        if (violations == 1)
        {
            Assert.Equal("QD377.Planning.CommitteeCoefficient", report.Title("T").Findings.Single().Code.Value);
        }
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    public void Validate_TitlesPerCandidate_AtMostThreeAtOneLevel(int titles, int violations)
    {
        PlanningTitle[] all = [.. Enumerable.Range(1, titles).Select(i => Title($"T{i}"))];
        PlanningCandidate cadre = Man("a");
        PlanningList list = List(all, [cadre], all.Select(t => new PlanningEntry("a", t.Id)));

        foreach (PlanningRegulation regulation in new[] { PlanningRegulations.Term2020, PlanningRegulations.Qd50, PlanningRegulations.Qd377 })
        {
            PlanningReport report = regulation.Validate(list);
            Assert.Equal(violations, report.Candidate("a").Findings.Count(f => f.Code == regulation.Code("MaxTitlesPerCandidate")));
        }
    }

    [Fact]
    public void Validate_FourTitlesOverTwoLevelsAndCommitteeSeats_NotCounted()
    {
        PlanningTitle[] all =
        [
            Title("T1"), Title("T2"), Title("T3"), Title("C1", level: OrganisationalLevel.Commune),
            Title("BCH", 50, kind: PlanningTitleKind.CommitteeMembership), Title("BTV", 15, kind: PlanningTitleKind.CommitteeMembership),
        ];
        PlanningList list = List(all, [Man("a")], all.Select(t => new PlanningEntry("a", t.Id)));

        PlanningReport report = PlanningRegulations.Qd377.Validate(list);

        Assert.DoesNotContain(report.Candidate("a").Findings, f => f.Code == PlanningRegulations.Qd377.Code("MaxTitlesPerCandidate"));
    }

    [Fact]
    public void Validate_ManBornApril1966ForTerm2026_HasTwentyFiveMonthsLeft()
    {
        // Retirement age 62 (born from 04/1966); at the age-reference month 03/2026 he is 59 years 11 months old.
        PlanningList list = List([Title("T")], [Man("a", 1966, 4)], [new PlanningEntry("a", "T")], new YearMonth(2026, 3));

        foreach (PlanningRegulation regulation in new[] { PlanningRegulations.Qd50, PlanningRegulations.Qd377 })
        {
            CandidatePlanningReport candidate = regulation.Validate(list).Candidate("a");
            Assert.Equal(25, candidate.MonthsLeft);
            Finding finding = Assert.Single(candidate.Findings, f => f.Code == regulation.Code("MonthsLeft"));
            Assert.Equal(Severity.Violation, finding.Severity);
            Assert.Contains("25 months of service left at 03/2026, at least 60 required", finding.Render(Language.English));
            Assert.False(candidate.IsEligible);
        }
    }

    [Theory]
    [InlineData(1969, 3, 60, false)]
    [InlineData(1969, 2, 59, true)]
    [InlineData(1969, 4, 61, false)]
    public void Validate_SixtyMonthBound_IsInclusive(int year, int month, int monthsLeft, bool violation)
    {
        PlanningList list = List([Title("T")], [Man("a", year, month)], [new PlanningEntry("a", "T")], new YearMonth(2026, 3));

        CandidatePlanningReport candidate = PlanningRegulations.Qd377.Validate(list).Candidate("a");

        Assert.Equal(monthsLeft, candidate.MonthsLeft);
        Assert.Equal(violation, candidate.Findings.Any(f => f.Code == PlanningRegulations.Qd377.Code("MonthsLeft")));
        Assert.Equal(!violation, candidate.Findings.Any(f => f.Code == PlanningRegulations.Qd377.Code("PreferredMonthsLeft") && f.Severity == Severity.Advisory));
    }

    [Fact]
    public void Validate_TwoLevelsUpWithHundredMonths_ViolatesQd377ButOnlyAdvisedUnderQd50()
    {
        // Born 08/1972: retirement 62 (744 months); at 03/2026 aged 644 months: 100 left.
        PlanningList list = List([Title("T")], [Man("a", 1972, 8)], [new PlanningEntry("a", "T", PlanningTier.TwoLevelsUp)], new YearMonth(2026, 3));

        Finding strict = Assert.Single(PlanningRegulations.Qd377.Validate(list).Candidate("a").Findings);
        Finding lenient = Assert.Single(PlanningRegulations.Qd50.Validate(list).Candidate("a").Findings);

        Assert.Equal(("QD377.Planning.MonthsLeft", Severity.Violation), (strict.Code.Value, strict.Severity));
        Assert.Equal(("QD50.Planning.PreferredMonthsLeft", Severity.Advisory), (lenient.Code.Value, lenient.Severity));
    }

    [Theory]
    [InlineData(DisciplineForm.Reprimand, 6, true)]
    [InlineData(DisciplineForm.Reprimand, 11, true)]
    [InlineData(DisciplineForm.Reprimand, 12, false)]
    [InlineData(DisciplineForm.Warning, 13, false)]
    [InlineData(DisciplineForm.Demotion, 13, true)]
    [InlineData(DisciplineForm.Dismissal, 23, true)]
    [InlineData(DisciplineForm.Dismissal, 24, false)]
    public void Validate_DisciplineBar_TwelveOrTwentyFourMonths(DisciplineForm form, int monthsAgo, bool barred)
    {
        var record = new DisciplineRecord(form, DisciplineTrack.Administrative, ListDate.PlusMonths(-monthsAgo));
        PlanningList list = List([Title("T")], [Man("a", discipline: [record])], [new PlanningEntry("a", "T")]);

        CandidatePlanningReport candidate = PlanningRegulations.Qd50.Validate(list).Candidate("a");

        Assert.Equal(barred, candidate.Findings.Any(f => f.Code == PlanningRegulations.Qd50.Code("DisciplineBar")));
    }

    [Fact]
    public void Validate_PartyDisciplineBar_IsAnOverridablePolicy()
    {
        var record = new DisciplineRecord(DisciplineForm.Warning, DisciplineTrack.Party, ListDate.PlusMonths(-3));
        PlanningList list = List([Title("T")], [Man("a", discipline: [record])], [new PlanningEntry("a", "T")]);
        var variant = new LocalVariant(
            "planning-qd377-admin-only", "planning-qd377", new LocalizedText("Chỉ kỷ luật hành chính", "Administrative discipline only"),
            new LegalDocument("QĐ 2-QĐ/TU", "Tỉnh ủy Y", new LocalDate(2026, 1, 1)).Whole(), EffectivePeriod.From(new LocalDate(2026, 1, 1)),
            new Dictionary<string, ParameterValue> { ["discipline.barIncludesPartyDiscipline"] = ParameterValue.FromBoolean(false) });

        Assert.Equal(1, PlanningRegulations.Qd377.CountViolations(list));
        Assert.Equal(0, ((PlanningRegulation)PlanningRegulations.Qd377.WithVariant(variant)).CountViolations(list));
    }

    [Fact]
    public void Validate_CandidateWithoutEntries_HasNoFindings()
    {
        PlanningList list = List([Title("T")], [Man("a", failsPoliticalStandard: true), Man("b"), Man("c")], [new("b", "T"), new("c", "T")]);

        PlanningReport report = PlanningRegulations.Qd377.Validate(list);

        Assert.Empty(report.Candidate("a").Findings);
        Assert.Empty(report.Candidate("a").TitleIds);
        Assert.Equal(0, report.ViolationCount);
    }

    [Fact]
    public void Validate_NotCompleteInLatestYear_IsAViolation()
    {
        EvaluationRecord[] history =
        [
            new(2024, EvaluationTrack.Party, EvaluationLevel.Good),
            new(2025, EvaluationTrack.State, EvaluationLevel.NotComplete),
        ];
        EvaluationRecord[] recovered = [new(2024, EvaluationTrack.Party, EvaluationLevel.NotComplete), new(2025, EvaluationTrack.Party, EvaluationLevel.Good)];
        PlanningList list = List([Title("T")], [Man("a", evaluations: history), Man("b", evaluations: recovered)], [new("a", "T"), new("b", "T")]);

        PlanningReport report = PlanningRegulations.Qd377.Validate(list);

        Assert.Single(report.Candidate("a").Findings, f => f.Code == PlanningRegulations.Qd377.Code("NotCompleteLatestYear"));
        Assert.Empty(report.Candidate("b").Findings);
    }

    [Fact]
    public void Validate_SameRankTitleAndAppointmentProposal_ViolateQd377Only()
    {
        PlanningList list = List(
            [Title("T", rank: 5), Title("U", rank: 6)],
            [Man("a", currentRank: 5), Man("b", currentRank: 4, appointmentProposed: true)],
            [new("a", "T"), new("a", "U"), new("b", "T")]);

        PlanningReport strict = PlanningRegulations.Qd377.Validate(list);

        Finding onlyHigher = Assert.Single(strict.Candidate("a").Findings);
        Assert.Equal("QD377.Planning.OnlyHigherTitle", onlyHigher.Code.Value);
        Assert.Contains(onlyHigher.Values, v => v.Name == "title" && (string)v.Value == "T");
        Assert.Equal("QD377.Planning.NotWithAppointmentProposal", Assert.Single(strict.Candidate("b").Findings).Code.Value);
        Assert.Equal(0, PlanningRegulations.Qd50.CountViolations(list));
    }

    [Fact]
    public void Validate_IneligibleCandidate_DoesNotMakeUpTheMinimum()
    {
        PlanningList list = List([Title("T")], [Man("a"), Man("b", failsPoliticalStandard: true)], [new("a", "T"), new("b", "T")]);

        PlanningReport report = PlanningRegulations.Term2020.Validate(list);

        Assert.Equal(1, report.Title("T").EligibleCount);
        Assert.Contains(report.Title("T").Findings, f => f.Code.Value == "PL2020.Planning.MinCandidatesPerTitle");
        Assert.Contains(report.Candidate("b").Findings, f => f.Code.Value == "PL2020.Planning.PoliticalStandard");
    }

    [Fact]
    public void Validate_Structure_ReportsExactSharesAndTargets()
    {
        // 1 woman among 5 (20% < 25%); 1 under 40 at 03/2026 (20% ≥ 15%); 2 of an ethnic minority.
        PlanningCandidate[] people =
        [
            Woman("w", 1975), Man("m1", 1990, minority: true), Man("m2", 1980, minority: true), Man("m3", 1978), Man("m4", 1979),
        ];
        PlanningList list = List([Title("T1", seats: 2, group: "BTV"), Title("T2", seats: 2, group: "BTV")], people,
            [new("w", "T1"), new("m1", "T1"), new("m2", "T1"), new("m3", "T2"), new("m4", "T2"), new("w", "T2")]);

        PlanningReport report = PlanningRegulations.Qd50.Validate(list);

        StructureReport group = Assert.Single(report.Structure);
        Assert.Equal((OrganisationalLevel.Provincial, "BTV"), (group.Level, group.Group));
        Assert.Equal(Share.Of(1, 5), group.Composition.Women.Share);
        Assert.Equal(Share.Of(1, 5), group.Composition.Young.Share);
        Assert.Equal("40,0%", group.Composition.EthnicMinority.Format(Language.Vietnamese));
        Finding women = Assert.Single(group.Findings);
        Assert.Equal(("QD50.Planning.WomenShare", Severity.TargetNotMet), (women.Code.Value, women.Severity));
        Assert.Contains("1/5 = 20,0% (1/5), phấn đấu từ 25,0% (1/4)", women.Render(Language.Vietnamese));
        Assert.Equal(0, report.ViolationCount);
        Assert.Empty(PlanningRegulations.Qd377.Validate(list).Structure.Single().Findings);
    }

    [Fact]
    public void Validate_CentralLevel_YoungMeansUnderFortyFive()
    {
        PlanningList list = List([Title("T", level: OrganisationalLevel.Central)], [Man("a", 1982, 6)], [new("a", "T")]);

        StructureReport group = PlanningRegulations.Qd50.Validate(list).Structure.Single();

        Assert.Equal(45, group.Composition.YoungAgeLimit);
        Assert.Equal(1, group.Composition.Young.Count);
    }

    [Fact]
    public void WithVariant_LowerMaximum_RebuildsTheRules()
    {
        var variant = new LocalVariant(
            "planning-qd377-province-x", "planning-qd377", new LocalizedText("Biến thể tỉnh X", "Province X variant"),
            new LegalDocument("QĐ 1-QĐ/TU", "Tỉnh ủy X", new LocalDate(2026, 1, 5)).Whole(),
            EffectivePeriod.From(new LocalDate(2026, 1, 5)),
            new Dictionary<string, ParameterValue> { ["candidates.maximumPerTitle"] = ParameterValue.FromInteger(2), ["candidates.boundsPerSeat"] = ParameterValue.FromBoolean(false) });

        var local = (PlanningRegulation)PlanningRegulations.Qd377.WithVariant(variant);

        Assert.Equal(0, PlanningRegulations.Qd377.CountViolations(TitleWith(3, seats: 2)));
        Assert.Equal(1, local.CountViolations(TitleWith(3, seats: 2)));
        Assert.Equal("planning-qd377-province-x", local.Validate(TitleWith(3)).Regulation.Id.Value);
    }

    [Theory]
    [InlineData(2021, 12, 26, "planning-term2020")]
    [InlineData(2021, 12, 27, "planning-qd50")]
    [InlineData(2025, 10, 7, "planning-qd50")]
    [InlineData(2025, 10, 8, "planning-qd377")]
    [InlineData(2017, 2, 24, "planning-term2020")]
    public void Catalog_InForce_PicksRegimeByDate(int year, int month, int day, string id)
    {
        PlanningRegulation regulation = ShippedRegulations.Catalog.InForce<PlanningRegulation>(SubjectKind.Cadre, new LocalDate(year, month, day));

        Assert.Equal(id, regulation.Id.Value);
        Assert.Equal(RegulationTopic.Planning, regulation.Topic);
    }

    [Fact]
    public void Rules_EveryCode_HasBothLanguagesAndACitation()
    {
        foreach (PlanningRegulation regulation in PlanningRegulations.All.Cast<PlanningRegulation>())
        {
            RuleDescriptor[] rules = [.. regulation.Rules];
            Assert.Equal(17, rules.Length);
            Assert.Equal(17, rules.Select(r => r.Code).Distinct().Count());
            foreach (RuleDescriptor rule in rules)
            {
                Assert.NotNull(rule.Citation);
                Assert.NotNull(MessageCatalog.Default.Find(rule.Code));
            }
        }

        Assert.DoesNotContain(MessageCatalog.Default.UntranslatedCodes(), c => c.Value.Contains(".Planning.", System.StringComparison.Ordinal));
        Assert.All(PlanningRegulations.Term2020.Rules.Where(r => r.Code.Value.Contains("Candidates", System.StringComparison.Ordinal)), r => Assert.NotEqual(Confidence.Confirmed, r.Confidence));
    }

    [Fact]
    public void Code_UnknownRule_Throws()
    {
        Assert.Throws<CadreRules.Rules.InvalidInputException>("rule", () => PlanningRegulations.Qd377.Code("Nope"));
    }

    [Fact]
    public void Explain_Report_NamesRegulationCodesAndCitations()
    {
        string text = PlanningRegulations.Term2020.Validate(TitleWith(1)).ToText(Language.Vietnamese);

        Assert.Contains("planning-term2020", text);
        Assert.Contains("PL2020.Planning.MinCandidatesPerTitle", text);
        Assert.Contains("HĐ 15-HD/BTCTW", text);
    }

    private static string? ImmutableCodes(IEnumerable<Finding> findings, Severity severity) =>
        findings.Where(f => f.Severity == severity).Select(f => f.Code.Value).SingleOrDefault();

    [Fact]
    public void Validate_LatestEvaluation_IsTheListYearsButNotALaterOne()
    {
        // The list is dated 01/03/2026.
        PlanningCandidate[] sameYear = [Man("a", evaluations: [new EvaluationRecord(2026, EvaluationTrack.State, EvaluationLevel.NotComplete)])];
        PlanningCandidate[] laterYear =
        [
            Man("a", evaluations: [new EvaluationRecord(2025, EvaluationTrack.State, EvaluationLevel.NotComplete), new EvaluationRecord(2027, EvaluationTrack.State, EvaluationLevel.Good)]),
        ];

        Assert.Contains("QD377.Planning.NotCompleteLatestYear", Codes(sameYear));
        Assert.Contains("QD377.Planning.NotCompleteLatestYear", Codes(laterYear));

        static IEnumerable<string> Codes(PlanningCandidate[] candidates) =>
            PlanningRegulations.Qd377.Validate(List([Title("T")], candidates, [new("a", "T")])).Candidate("a").Findings.Select(f => f.Code.Value);
    }
}

internal static class AssertExtensions
{
    public static void ShouldBe(this string? actual, string? expected) => Assert.Equal(expected, actual);
}
