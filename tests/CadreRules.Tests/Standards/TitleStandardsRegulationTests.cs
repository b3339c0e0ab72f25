using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Standards;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Standards;

/// <summary>Title standards: the outcome of each requirement, the effective dating, the document identity, properties.</summary>
public class TitleStandardsRegulationTests
{
    private static readonly Cadre Person = new(new CadreId("S"), Sex.Female, BirthDate.Of(new LocalDate(1978, 5, 10)));

    private static TitleStandardsCase Case(Qualifications q, LocalDate on, OrganisationalLevel level = OrganisationalLevel.Provincial, bool central = false, PlanningGroup group = PlanningGroup.None, bool plan = false) => new()
    {
        Cadre = Person.WithQualifications(q),
        Title = "Chức danh thử",
        Level = level,
        ManagedCentrally = central,
        AssessedOn = on,
        PlanningGroup = group,
        HasTrainingPlan = plan,
    };

    private static Qualifications Q(EducationLevel? education, PoliticalTheoryLevel? theory, StateManagementLevel? management = null, LocalDate? on = null)
    {
        LocalDate date = on ?? new LocalDate(2010, 1, 1);
        return new Qualifications
        {
            Education = education is { } e ? new(e, date) : null,
            PoliticalTheory = theory is { } t ? new(t, date) : null,
            StateManagement = management is { } m ? new(m, date) : null,
        };
    }

    private static TitleStandardsRegulation InForce(LocalDate date) => ShippedRegulations.Catalog.InForce<TitleStandardsRegulation>(SubjectKind.Cadre, date);

    [Theory]
    [InlineData(2017, 8, 4, "standards-qd89")]
    [InlineData(2020, 1, 1, "standards-qd89")]
    [InlineData(2020, 1, 2, "standards-qd214")]
    [InlineData(2025, 8, 29, "standards-qd214")]
    [InlineData(2025, 8, 30, "standards-qd365")]
    [InlineData(2025, 10, 7, "standards-qd365")]
    [InlineData(2025, 10, 8, "standards-qd365-qd377")]
    [InlineData(2030, 1, 1, "standards-qd365-qd377")]
    public void InForce_PicksTheRegulationOfTheDate(int year, int month, int day, string id) =>
        Assert.Equal(id, InForce(new LocalDate(year, month, day)).Id.Value);

    [Fact]
    public void BeforeQd89_NoRegulation() =>
        Assert.Null(ShippedRegulations.Catalog.TryInForce(RegulationTopic.TitleStandards, SubjectKind.Cadre, new LocalDate(2017, 8, 3)));

    [Fact]
    public void EachDate_PicksExactlyOneRegulation()
    {
        for (LocalDate d = new(2017, 8, 4); d <= new LocalDate(2026, 12, 31); d = d.PlusDays(1))
        {
            Assert.Single(TitleStandardsRegulation.All, r => r.Reference.Scopes.Any(s => s.Period.Contains(d)));
        }
    }

    [Fact]
    public void DocumentsSharingANumber_AreToldApart()
    {
        // 214: QĐ 214-QĐ/TW of 02/01/2020 (standards) and the Quyết định 214-QĐ/TW of 28/12/2024; 45-CT/TW of 2020 and
        // 2025; 35-CT/TW of 2019 and 2024. Identity is number, issuer and signing date.
        LegalDocument standards = TitleStandardsRegulation.Qd214.Reference.Citation.Document;
        var academy = new LegalDocument(standards.Number, standards.Issuer, new LocalDate(2024, 12, 28));
        Assert.NotEqual(standards, academy);
        Assert.NotEqual(standards.GetHashCode(), academy.GetHashCode());
        Assert.NotEqual(new LegalDocument("Chỉ thị 45-CT/TW", "Bộ Chính trị", new LocalDate(2020, 6, 20)), new LegalDocument("Chỉ thị 45-CT/TW", "Bộ Chính trị", new LocalDate(2025, 4, 14)));
        Assert.NotEqual(new LegalDocument("Chỉ thị 35-CT/TW", "Bộ Chính trị", new LocalDate(2019, 5, 30)), new LegalDocument("Chỉ thị 35-CT/TW", "Bộ Chính trị", new LocalDate(2024, 6, 14)));
        Assert.Equal(new LocalDate(2020, 1, 2), standards.SignedOn);

        // The catalogue's entries keep both when regulations cite both: distinct documents, one number.
        LegalDocument[] cited = [.. ShippedRegulations.Catalog.Regulations.Select(r => r.Reference.Citation.Document).Append(academy).Distinct()];
        Assert.Equal(2, cited.Count(d => d.Number == "QĐ 214-QĐ/TW"));
        LegalDocument[] ct45 = [.. ShippedRegulations.Catalog.Regulations.Select(r => r.Reference.Citation.Document).Where(d => d.Number.Contains("45-CT/TW", StringComparison.Ordinal)).Distinct()];
        Assert.All(ct45, d => Assert.Equal(new LocalDate(2025, 4, 14), d.SignedOn));
    }

    [Fact]
    public void AllMet_Meets_AndEachRequirementCitesItsClause()
    {
        Verdict<StandardsOutcome> v = InForce(new LocalDate(2025, 12, 1)).Explain(Case(Q(EducationLevel.University, PoliticalTheoryLevel.Advanced), new LocalDate(2025, 12, 1), central: true));
        Assert.Equal(StandardsOutcome.Meets, v.Outcome);
        Assert.Equal(["Standards.Education", "Standards.PoliticalTheory"], v.Explanation.Children.Select(c => c.Code.Value));
        Assert.All(v.Explanation.Children, c => Assert.NotNull(c.Citation));
        Assert.Equal("II.5.1", v.Explanation.Children[1].Citation!.Section);
        Assert.Equal("HĐ 45-HD/BTCTW", v.Explanation.Children[1].Citation!.Document.Number);
    }

    [Fact]
    public void Pending_OnlyForTheSecondGroup_WithAPlan_OnOtherTitles_From08102025()
    {
        var on = new LocalDate(2025, 12, 1);
        TitleStandardsRegulation r = InForce(on);
        Qualifications low = Q(EducationLevel.University, PoliticalTheoryLevel.Elementary);
        Assert.Equal(StandardsOutcome.PendingWithPlan, r.Assess(Case(low, on, group: PlanningGroup.Second, plan: true)));
        Assert.Equal(StandardsOutcome.Fails, r.Assess(Case(low, on, group: PlanningGroup.Second, plan: false)));
        Assert.Equal(StandardsOutcome.Fails, r.Assess(Case(low, on, group: PlanningGroup.First, plan: true)));
        Assert.Equal(StandardsOutcome.Fails, r.Assess(Case(low, on, group: PlanningGroup.None, plan: true)));
        Assert.Equal(StandardsOutcome.Fails, r.Assess(Case(low, on, central: true, group: PlanningGroup.Second, plan: true)));
        Assert.Equal(StandardsOutcome.Fails, InForce(new LocalDate(2025, 10, 7)).Assess(Case(low, new LocalDate(2025, 10, 7), group: PlanningGroup.Second, plan: true)));

        // Education has no later-training route.
        Assert.Equal(StandardsOutcome.Fails, r.Assess(Case(Q(EducationLevel.College, PoliticalTheoryLevel.Elementary), on, group: PlanningGroup.Second, plan: true)));
    }

    [Fact]
    public void NotRecorded_OrObtainedAfterTheDate_IsUndetermined_ButAFailingRequirementStillFails()
    {
        var on = new LocalDate(2025, 12, 1);
        TitleStandardsRegulation r = InForce(on);
        Assert.Equal(StandardsOutcome.Undetermined, r.Assess(Case(Qualifications.None, on)));
        Assert.Equal(StandardsOutcome.Undetermined, r.Assess(Case(Q(EducationLevel.University, PoliticalTheoryLevel.Advanced, on: on.PlusDays(1)), on)));
        Assert.Equal(StandardsOutcome.Meets, r.Assess(Case(Q(EducationLevel.University, PoliticalTheoryLevel.Advanced, on: on), on)));
        Assert.Equal(StandardsOutcome.Fails, r.Assess(Case(Q(EducationLevel.College, null), on)));
    }

    [Fact]
    public void CommuneTitles_ReadTheProvincesParameters_AndAVariantChangesThem()
    {
        var on = new LocalDate(2025, 12, 1);
        TitleStandardsRegulation shipped = InForce(on);
        TitleStandardsCase commune = Case(Q(EducationLevel.University, PoliticalTheoryLevel.Intermediate), on, OrganisationalLevel.Commune);
        Assert.Equal(StandardsOutcome.Meets, shipped.Assess(commune));
        var variant = new LocalVariant(
            new RegulationId("standards-tinh-x"),
            shipped.Id,
            new LocalizedText("Tiêu chuẩn chức danh cấp xã của tỉnh X", "Commune title standards of province X"),
            new LegalDocument("QĐ 01-QĐ/TU", "Tỉnh ủy X", new LocalDate(2025, 11, 1)).Whole(),
            EffectivePeriod.From(new LocalDate(2025, 11, 1)),
            new Dictionary<string, ParameterValue> { [TitleStandardsRegulation.CommunePoliticalTheoryKey] = ParameterValue.FromChoice(nameof(PoliticalTheoryLevel.Advanced)) });
        var local = (TitleStandardsRegulation)shipped.WithVariant(variant);
        Verdict<StandardsOutcome> v = local.Explain(commune);
        Assert.Equal(StandardsOutcome.Fails, v.Outcome);
        Assert.Equal("QĐ 01-QĐ/TU", v.Explanation.Children.Single(c => c.Code.Value == "Standards.PoliticalTheory").Citation!.Document.Number);
    }

    [Fact]
    public void UnconfirmedParameters_SaySoInTheirDescription()
    {
        foreach (TitleStandardsRegulation r in TitleStandardsRegulation.All)
        {
            foreach (ParameterDefinition p in r.Parameters.Schema)
            {
                Assert.Equal(p.Confidence == Confidence.Unconfirmed, p.Description.English.Contains("unconfirmed", StringComparison.Ordinal));
                Assert.Equal(p.Confidence == Confidence.Unconfirmed, p.Description.Vietnamese.Contains("chưa xác nhận", StringComparison.Ordinal));
            }
        }

        Assert.Equal(Confidence.Confirmed, TitleStandardsRegulation.Qd365Qd377.Parameters.Schema.Single(p => p.Key == TitleStandardsRegulation.SecondGroupKey).Confidence);
        Assert.Equal(Confidence.Unconfirmed, TitleStandardsRegulation.Qd214.Parameters.Schema.Single(p => p.Key == TitleStandardsRegulation.CentralPoliticalTheoryKey).Confidence);
    }

    [Fact]
    public void Wording_OnceInEachLanguage()
    {
        var on = new LocalDate(2025, 12, 1);
        Finding pt = InForce(on).Explain(Case(Q(EducationLevel.University, PoliticalTheoryLevel.Elementary), on, OrganisationalLevel.Commune)).Explanation.Children[1];
        Assert.Equal("Trình độ lý luận chính trị sơ cấp (cấp ngày 01/01/2010) thấp hơn mức chức danh cần (trung cấp trở lên)", MessageCatalog.Default.Describe(pt, Language.Vietnamese));
        Assert.Equal("Political theory elementary (obtained 01/01/2010) is below what the title needs (intermediate or higher)", MessageCatalog.Default.Describe(pt, Language.English));
    }

    [Fact]
    public void Case_RefusesBadInputAtItsField()
    {
        Assert.Equal("title", Assert.Throws<InvalidInputException>(() => Case(Qualifications.None, new LocalDate(2025, 1, 1)) with { Title = " " }).ParamName);
        Assert.Equal("assessedOn", Assert.Throws<InputOutOfRangeException>(() => Case(Qualifications.None, new LocalDate(2025, 1, 1)) with { AssessedOn = new LocalDate(1800, 1, 1) }).Field);
        Assert.Equal("planningGroup", Assert.Throws<InputOutOfRangeException>(() => Case(Qualifications.None, new LocalDate(2025, 1, 1)) with { PlanningGroup = (PlanningGroup)9 }).Field);
    }

    // ---- properties -----------------------------------------------------------------------------

    private static Arbitrary<(int Education, int Theory, int Raise, int Which, int Day, int Group, bool Plan, bool Central, bool Commune)> Inputs() =>
        (from education in Gen.Choose(0, 5)
         from theory in Gen.Choose(0, 3)
         from raise in Gen.Choose(1, 5)
         from which in Gen.Choose(0, 1)
         from day in Gen.Choose(0, 4000)
         from grp in Gen.Choose(0, 2)
         from plan in Gen.Elements(true, false)
         from central in Gen.Elements(true, false)
         from commune in Gen.Elements(true, false)
         select (education, theory, raise, which, day, grp, plan, central, commune)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property RaisingAQualification_NeverTurnsMeetsIntoFails() =>
        Prop.ForAll(Inputs(), x =>
        {
            LocalDate on = new LocalDate(2017, 8, 4).PlusDays(x.Day);
            var education = (EducationLevel)x.Education;
            var theory = (PoliticalTheoryLevel)x.Theory;
            TitleStandardsRegulation r = InForce(on);
            TitleStandardsCase before = Case(Q(education, theory), on, x.Commune ? OrganisationalLevel.Commune : OrganisationalLevel.Provincial, x.Central, (PlanningGroup)x.Group, x.Plan);
            Qualifications raised = x.Which == 0
                ? Q((EducationLevel)Math.Min(5, x.Education + x.Raise), theory)
                : Q(education, (PoliticalTheoryLevel)Math.Min(3, x.Theory + x.Raise));
            StandardsOutcome a = r.Assess(before);
            StandardsOutcome b = r.Assess(before with { Cadre = before.Cadre.WithQualifications(raised) });
            return Rank(b) >= Rank(a);
        });

    [Property(MaxTest = 300)]
    public Property EachDate_PicksExactlyOneRegulation_AndItsScopeHoldsTheDate() =>
        Prop.ForAll(Gen.Choose(0, 20000).ToArbitrary(), days =>
        {
            LocalDate on = new LocalDate(2017, 8, 4).PlusDays(days);
            int covering = TitleStandardsRegulation.All.Count(r => r.Reference.Scopes.Any(s => s.Period.Contains(on)));
            return covering == 1 && InForce(on).Reference.Scopes.Any(s => s.Period.Contains(on));
        });

    /// <summary>Meets is best, then pending, then undetermined, then fails.</summary>
    private static int Rank(StandardsOutcome outcome) => outcome switch
    {
        StandardsOutcome.Meets => 3,
        StandardsOutcome.PendingWithPlan => 2,
        StandardsOutcome.Undetermined => 1,
        _ => 0,
    };
}
