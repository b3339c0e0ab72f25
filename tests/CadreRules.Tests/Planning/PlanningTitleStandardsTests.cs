using System.Collections.Generic;
using System.Linq;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using CadreRules.Standards;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Planning;

/// <summary>Planning eligibility with title standards (HĐ 45-HD/BTCTW §II.5.1): the first group must meet them, the
/// second may complete political theory later with a training plan, centrally managed titles allow no later training;
/// the earlier regulations do not check them unless a variant says so.</summary>
public class PlanningTitleStandardsTests
{
    private static readonly LocalDate Date = new(2026, 3, 1);
    private static readonly PlanningTerm Term = new(new LocalDate(2026, 3, 15));
    private static readonly PlanningRegulation Qd377 = PlanningRegulations.Qd377;
    private static readonly TitleStandardsRegulation Standards = TitleStandardsRegulation.InForce(ShippedRegulations.Catalog, Date)!;

    private static Qualifications Q(EducationLevel? education, PoliticalTheoryLevel? theory) => new()
    {
        Education = education is { } e ? new(e, new LocalDate(2010, 1, 1)) : null,
        PoliticalTheory = theory is { } t ? new(t, new LocalDate(2012, 1, 1)) : null,
    };

    private static PlanningCandidate Candidate(string id, Qualifications q, bool plan = false) =>
        new(new Cadre(id, Sex.Male, BirthDate.OfMonth(1985, 1)).WithQualifications(q)) { HasTrainingPlan = plan };

    /// <summary>Three candidates for one title (so the counts per title never fail): <c>x</c> with the qualifications
    /// given, two others who meet every standard.</summary>
    private static PlanningList List(Qualifications q, PlanningTier tier = PlanningTier.OneLevelUp, bool plan = false, bool central = false, OrganisationalLevel level = OrganisationalLevel.Provincial, PlanningTitleKind kind = PlanningTitleKind.Leadership)
    {
        Qualifications good = Q(EducationLevel.University, PoliticalTheoryLevel.Advanced);
        PlanningCandidate[] candidates = [Candidate("x", q, plan), Candidate("y", good), Candidate("z", good)];
        var title = new PlanningTitle("T", "Phó Chủ tịch UBND", level, kind: kind) { ManagedCentrally = central };
        return new PlanningList(Date, Term, [title], candidates, candidates.Select(c => new PlanningEntry(c.Id, "T", c.Id.Value == "x" ? tier : PlanningTier.OneLevelUp)));
    }

    private static Finding[] StandardsFindings(PlanningReport report, string cadre = "x") =>
        [.. report.Candidate(new CadreId(cadre)).Findings.Where(f => f.Code.Value.Contains(".TitleStandards", System.StringComparison.Ordinal))];

    [Fact]
    public void FirstGroup_ShortOfPoliticalTheory_IsIneligible_WithTheStandardsExplainedUnderTheFinding()
    {
        PlanningReport report = Qd377.Validate(List(Q(EducationLevel.University, PoliticalTheoryLevel.Elementary)), Standards);

        Finding finding = Assert.Single(StandardsFindings(report));
        Assert.Equal("QD377.Planning.TitleStandards", finding.Code.Value);
        Assert.Equal(Severity.Violation, finding.Severity);
        Assert.Equal("HĐ 45-HD/BTCTW", finding.Citation!.Document.Number);
        Finding standards = Assert.Single(finding.Children);
        Assert.Equal("Standards.Title", standards.Code.Value);
        Assert.Contains(standards.Children, c => c.Code.Value == "Standards.PoliticalTheory" && c.Status == FindingStatus.NotSatisfied);
        Assert.False(report.Candidate(new CadreId("x")).IsEligible);
        Assert.Equal(2, report.Title("T").EligibleCount);
        Assert.Same(Standards, report.TitleStandards);
    }

    [Fact]
    public void SecondGroup_ShortOfPoliticalTheory_WithAPlan_IsPending_AndStaysEligible()
    {
        PlanningReport report = Qd377.Validate(List(Q(EducationLevel.University, PoliticalTheoryLevel.Elementary), PlanningTier.TwoLevelsUp, plan: true), Standards);

        Finding finding = Assert.Single(StandardsFindings(report));
        Assert.Equal("QD377.Planning.TitleStandardsPending", finding.Code.Value);
        Assert.Equal(Severity.Advisory, finding.Severity);
        Assert.True(report.Candidate(new CadreId("x")).IsEligible);
        Assert.Equal(0, report.ViolationCount);
    }

    [Fact]
    public void SecondGroup_WithoutAPlan_Fails()
    {
        PlanningReport report = Qd377.Validate(List(Q(EducationLevel.University, PoliticalTheoryLevel.Elementary), PlanningTier.TwoLevelsUp, plan: false), Standards);

        Assert.Equal("QD377.Planning.TitleStandards", Assert.Single(StandardsFindings(report)).Code.Value);
        Assert.False(report.Candidate(new CadreId("x")).IsEligible);
    }

    [Fact]
    public void CentrallyManagedTitle_NeedsCaoCap_AndAllowsNoLaterTraining()
    {
        Qualifications intermediate = Q(EducationLevel.University, PoliticalTheoryLevel.Intermediate);

        Assert.True(Qd377.Validate(List(intermediate, PlanningTier.TwoLevelsUp, plan: true), Standards).Candidate(new CadreId("x")).IsEligible);
        Assert.False(Qd377.Validate(List(intermediate, PlanningTier.TwoLevelsUp, plan: true, central: true), Standards).Candidate(new CadreId("x")).IsEligible);
        Assert.Empty(StandardsFindings(Qd377.Validate(List(Q(EducationLevel.University, PoliticalTheoryLevel.Advanced), central: true), Standards)));
    }

    [Fact]
    public void UnrecordedQualifications_AreUndetermined_Advisory_NotAGuess()
    {
        PlanningReport report = Qd377.Validate(List(Qualifications.None), Standards);

        Finding finding = Assert.Single(StandardsFindings(report));
        Assert.Equal(Severity.Advisory, finding.Severity);
        Assert.Contains(finding.Values, v => v.Name == "outcome" && v.Format(Language.Vietnamese) == "chưa xác định được");
        Assert.True(report.Candidate(new CadreId("x")).IsEligible);
    }

    [Fact]
    public void EducationBelowUniversity_FailsEvenWithAPlan()
    {
        PlanningReport report = Qd377.Validate(List(Q(EducationLevel.College, PoliticalTheoryLevel.Advanced), PlanningTier.TwoLevelsUp, plan: true), Standards);

        Assert.False(report.Candidate(new CadreId("x")).IsEligible);
    }

    [Fact]
    public void WithoutStandards_NothingIsChecked_AndTheReportSaysSo()
    {
        PlanningList list = List(Q(EducationLevel.College, PoliticalTheoryLevel.Elementary));

        PlanningReport report = Qd377.Validate(list);

        Assert.Empty(StandardsFindings(report));
        Assert.Null(report.TitleStandards);
        Assert.Equal(Qd377.CountViolations(list), report.ViolationCount);
    }

    [Fact]
    public void Qd50_DoesNotCheckThem_ByDefault_AndAVariantMayTurnThemOn()
    {
        PlanningList list = List(Q(EducationLevel.College, PoliticalTheoryLevel.Elementary));
        PlanningRegulation qd50 = PlanningRegulations.Qd50;

        Assert.False(qd50.ChecksTitleStandards);
        Assert.Empty(StandardsFindings(qd50.Validate(list, Standards)));
        Assert.Null(qd50.Validate(list, Standards).TitleStandards);
        Assert.Equal(Confidence.Unconfirmed, qd50.Parameters.Schema.Single(p => p.Key == "titleStandards.apply").Confidence);

        var on = (PlanningRegulation)qd50.WithVariant(new LocalVariant(
            "qd50-local", qd50.Id.Value, new LocalizedText("Biến thể", "Variant"), new LegalDocument("QĐ 9-QĐ/TU", "Tỉnh ủy Z", new LocalDate(2022, 1, 5)).Whole(), qd50.Period,
            new Dictionary<string, ParameterValue> { ["titleStandards.apply"] = ParameterValue.FromBoolean(true) }));
        Assert.True(on.ChecksTitleStandards);
        Assert.Equal("QD50.Planning.TitleStandards", Assert.Single(StandardsFindings(on.Validate(list, Standards))).Code.Value);
    }

    [Fact]
    public void AVariantMayRemoveTheRule()
    {
        PlanningList list = List(Q(EducationLevel.College, PoliticalTheoryLevel.Elementary));
        var removed = (PlanningRegulation)Qd377.WithVariant(new LocalVariant(
            "qd377-local", Qd377.Id, new LocalizedText("Biến thể", "Variant"), new LegalDocument("QĐ 9-QĐ/TU", "Tỉnh ủy Z", new LocalDate(2025, 10, 8)).Whole(), Qd377.Period,
            new Dictionary<string, ParameterValue>()) { RuleChanges = [RuleChange.Remove(new RuleCode("QD377.Planning.TitleStandards"))] });

        Assert.True(Qd377.Validate(list, Standards).ViolationCount > removed.Validate(list, Standards).ViolationCount);
        Assert.DoesNotContain(removed.Rules, r => r.Code.Value == "QD377.Planning.TitleStandards");
    }

    [Fact]
    public void CommitteeMemberships_AreNotChecked()
    {
        PlanningReport report = Qd377.Validate(List(Q(EducationLevel.College, PoliticalTheoryLevel.Elementary), kind: PlanningTitleKind.CommitteeMembership), Standards);

        Assert.Empty(StandardsFindings(report));
    }

    [Fact]
    public void Review_RefusesAnAdditionThatFailsTheStandards_AndKeepsThoseAlreadyPlanned()
    {
        PlanningList three = List(Q(EducationLevel.College, PoliticalTheoryLevel.Elementary));
        var plan = new PlanningList(three.Date, three.Term, three.Titles, three.Candidates, three.Entries.Where(e => e.CadreId.Value != "z"));
        PlanningCandidate newcomer = Candidate("w", Q(EducationLevel.University, PoliticalTheoryLevel.Elementary));
        var input = new PlanningReviewInput(plan, new LocalDate(2026, 12, 1), [newcomer], [new PlanningEntry(newcomer.Id, "T")]);

        PlanningReview review = Qd377.Review(input, Standards);
        Assert.Same(Standards, review.TitleStandards);
        Assert.Null(Qd377.Review(input).TitleStandards);

        PlanningReviewItem refused = Assert.Single(review.Refused);
        Assert.Contains(refused.Reasons, f => f.Code.Value == "QD377.Planning.TitleStandards");
        Assert.Equal(2, review.Kept.Length);
        Assert.Single(Qd377.Review(input).Added);
    }

    [Fact]
    public void Messages_ReadInBothLanguages()
    {
        Finding finding = Assert.Single(StandardsFindings(Qd377.Validate(List(Q(EducationLevel.University, PoliticalTheoryLevel.Elementary), PlanningTier.TwoLevelsUp, plan: true), Standards)));

        Assert.Equal("x, chức danh T (đối tượng 2): tiêu chuẩn chức danh chờ hoàn thiện theo kế hoạch đào tạo; lưu ý, vẫn đủ điều kiện quy hoạch", MessageCatalog.Default.Describe(finding, Language.Vietnamese));
        Assert.Equal("x, title T (second group): title standards pending, with a training plan; advisory, still eligible for planning", MessageCatalog.Default.Describe(finding, Language.English));
        Finding fails = Assert.Single(StandardsFindings(Qd377.Validate(List(Q(EducationLevel.College, PoliticalTheoryLevel.Advanced)), Standards)));
        Assert.Equal("x không đạt tiêu chuẩn chức danh T (đối tượng 1) ngày 01/03/2026: không đủ điều kiện quy hoạch", MessageCatalog.Default.Describe(fails, Language.Vietnamese));
    }

    // ---- properties -----------------------------------------------------------------------------

    private static Arbitrary<(int Education, int Theory, int Raise, bool Second, bool Plan, bool Central)> Inputs() =>
        (from education in Gen.Choose(0, 5)
         from theory in Gen.Choose(0, 3)
         from raise in Gen.Choose(1, 5)
         from second in Gen.Elements(true, false)
         from plan in Gen.Elements(true, false)
         from central in Gen.Elements(true, false)
         select (education, theory, raise, second, plan, central)).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property RaisingPoliticalTheory_NeverMakesACandidateIneligible() =>
        Prop.ForAll(Inputs(), x =>
        {
            PlanningTier tier = x.Second ? PlanningTier.TwoLevelsUp : PlanningTier.OneLevelUp;
            var education = (EducationLevel)x.Education;
            bool before = Qd377.Validate(List(Q(education, (PoliticalTheoryLevel)x.Theory), tier, x.Plan, x.Central), Standards).Candidate(new CadreId("x")).IsEligible;
            bool after = Qd377.Validate(List(Q(education, (PoliticalTheoryLevel)System.Math.Min(3, x.Theory + x.Raise)), tier, x.Plan, x.Central), Standards).Candidate(new CadreId("x")).IsEligible;
            return !before || after;
        });

    [Property(MaxTest = 200)]
    public Property TheStandardsFinding_AgreesWithTheStandardsThemselves() =>
        Prop.ForAll(Inputs(), x =>
        {
            PlanningTier tier = x.Second ? PlanningTier.TwoLevelsUp : PlanningTier.OneLevelUp;
            Qualifications q = Q((EducationLevel)x.Education, (PoliticalTheoryLevel)x.Theory);
            PlanningReport report = Qd377.Validate(List(q, tier, x.Plan, x.Central), Standards);
            StandardsOutcome outcome = Standards.Assess(new TitleStandardsCase
            {
                Cadre = new Cadre("x", Sex.Male, BirthDate.OfMonth(1985, 1)).WithQualifications(q),
                Title = "Phó Chủ tịch UBND",
                Level = OrganisationalLevel.Provincial,
                ManagedCentrally = x.Central,
                AssessedOn = Date,
                PlanningGroup = x.Second ? PlanningGroup.Second : PlanningGroup.First,
                HasTrainingPlan = x.Plan,
            });
            Finding[] findings = StandardsFindings(report);
            string? code = findings.SingleOrDefault()?.Code.Value;
            return findings.Length <= 1
                && code == outcome switch
                {
                    StandardsOutcome.Fails => "QD377.Planning.TitleStandards",
                    StandardsOutcome.Meets => null,
                    _ => "QD377.Planning.TitleStandardsPending",
                }
                && report.Candidate(new CadreId("x")).IsEligible == (outcome != StandardsOutcome.Fails)
                && report.ViolationCount == Qd377.CountViolations(List(q, tier, x.Plan, x.Central), Standards);
        });

    [Property(MaxTest = 100)]
    public Property WithoutStandards_TheReportIsTheOneBeforeTheCheck() =>
        Prop.ForAll(Inputs(), x =>
        {
            PlanningList list = List(Q((EducationLevel)x.Education, (PoliticalTheoryLevel)x.Theory), x.Second ? PlanningTier.TwoLevelsUp : PlanningTier.OneLevelUp, x.Plan, x.Central);
            PlanningReport with = Qd377.Validate(list, Standards);
            PlanningReport without = Qd377.Validate(list);
            IEnumerable<string> Others(PlanningReport r) => r.Findings.Where(f => !f.Code.Value.Contains(".TitleStandards", System.StringComparison.Ordinal)).Select(f => f.Code.Value);
            return Others(with).SequenceEqual(Others(without)) && StandardsFindings(without).Length == 0;
        });
}
