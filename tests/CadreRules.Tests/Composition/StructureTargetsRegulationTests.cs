using System.Collections.Generic;
using System.Linq;
using CadreRules.Composition;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Composition;

public class StructureTargetsRegulationTests
{
    private static readonly LocalDate October2025 = new(2025, 10, 1);

    // Women are the last `women` members; the first `young` members are 38 on the date, the others 50.
    private static BodyMembership Body(LocalDate asOf, int total, int women, int young, int youngAge = 42) =>
        new(asOf, [.. Enumerable.Range(0, total).Select(i => new Cadre($"m{i}", i >= total - women ? Sex.Female : Sex.Male, BirthDate.OfMonth(asOf.Year - (i < young ? 38 : 50), 1)))], youngAge);

    private static StructureTargetsRegulation InForce(LocalDate on) => ShippedRegulations.Catalog.InForce<StructureTargetsRegulation>(SubjectKind.PartyOrganisation, on);

    [Fact]
    public void Catalogue_PicksCt35Of2019_UntilTheDayBeforeCt45Of2025()
    {
        Assert.Same(StructureTargetsRegulation.Ct35Of2019, InForce(new LocalDate(2025, 4, 13)));
        Assert.Same(StructureTargetsRegulation.Ct45Of2025, InForce(new LocalDate(2025, 4, 14)));
        Assert.Same(StructureTargetsRegulation.Ct35Of2019, InForce(new LocalDate(2019, 5, 30)));
        Assert.Null(ShippedRegulations.Catalog.TryInForce(RegulationTopic.StructureTargets, SubjectKind.PartyOrganisation, new LocalDate(2019, 5, 29)));
    }

    [Fact]
    public void Documents_SameNumberOtherDate_AreToldApartByTheSigningDate()
    {
        LegalDocument ct45 = StructureTargetsRegulation.Ct45Of2025.Reference.Citation.Document;
        LegalDocument ct35 = StructureTargetsRegulation.Ct35Of2019.Reference.Citation.Document;
        Assert.Equal(new LocalDate(2025, 4, 14), ct45.SignedOn);
        Assert.Equal(new LocalDate(2019, 5, 30), ct35.SignedOn);
        Assert.NotEqual(new LegalDocument(ct45.Number, ct45.Issuer, new LocalDate(2020, 6, 20)), ct45);
        Assert.NotEqual(new LegalDocument(ct35.Number, ct35.Issuer, new LocalDate(2024, 6, 14)), ct35);
    }

    [Fact]
    public void Ct45_Numbers_AndTheirConfidence()
    {
        StructureTargetsRegulation r = StructureTargetsRegulation.Ct45Of2025;
        Assert.Equal(Share.Percent(15), r.Women);
        Assert.Equal(Share.Percent(10), r.Young);
        Assert.Equal(42, r.YoungAgeBelow);
        Assert.Equal(TargetRounding.Exact, r.Rounding);
        Assert.Equal(Confidence.News, r.Parameters.Schema.Single(p => p.Key == StructureTargetsRegulation.WomenKey).Confidence);
        Assert.Equal(Confidence.Unconfirmed, r.Parameters.Schema.Single(p => p.Key == StructureTargetsRegulation.RoundingKey).Confidence);
        Assert.Null(StructureTargetsRegulation.Ct35Of2019.Women);
        Assert.Equal(40, StructureTargetsRegulation.Ct35Of2019.YoungAgeBelow);
        Assert.Equal(Confidence.Confirmed, StructureTargetsRegulation.Ct35Of2019.Parameters.Schema.Single(p => p.Key == StructureTargetsRegulation.YoungKey).Confidence);
    }

    [Theory]
    [InlineData(20, 3, true, 3, 0)] // 15% of 20 = 3 exactly: met at the boundary (≥)
    [InlineData(20, 2, false, 3, 1)]
    [InlineData(23, 3, false, 4, 1)] // 3,45 → 4 people under the exact rule
    [InlineData(7, 1, false, 2, 1)] // 1,05 → 2
    [InlineData(40, 6, true, 6, 0)]
    public void Women_Ct45_MetAndShortfall_Exact(int total, int women, bool met, long required, long shortfall)
    {
        Verdict<bool?> v = StructureTargetsRegulation.Ct45Of2025.Check(Body(October2025, total, women, total));
        Finding f = v.Explanation.Children.Single(c => c.Code.Value == "Structure.WomenShare");
        Assert.Equal(met, f.Status == FindingStatus.Satisfied);
        Assert.Equal(required, f.Values.Single(x => x.Name == "required").Value);
        Assert.Equal(shortfall, f.Values.Single(x => x.Name == "shortfall").Value);
        Assert.Equal("Chỉ thị 45-CT/TW", f.Citation!.Document.Number);
    }

    [Fact]
    public void Rounding_NearestPerson_IsAVariantsChoice_AndIsLaxerAt23()
    {
        var variant = new LocalVariant(
            new RegulationId("structure-tinh-x"),
            StructureTargetsRegulation.Ct45Of2025.Id,
            new LocalizedText("Chỉ tiêu cơ cấu của tỉnh X", "Structure targets of province X"),
            new LegalDocument("HD 01-HD/TU", "Tỉnh ủy X", new LocalDate(2025, 5, 1)).Whole(),
            EffectivePeriod.From(new LocalDate(2025, 5, 1)),
            new Dictionary<string, ParameterValue> { [StructureTargetsRegulation.RoundingKey] = ParameterValue.FromChoice(nameof(TargetRounding.NearestPerson)) });
        var local = (StructureTargetsRegulation)StructureTargetsRegulation.Ct45Of2025.WithVariant(variant);
        Assert.Equal(TargetRounding.NearestPerson, local.Rounding);
        Verdict<bool?> v = local.Check(Body(October2025, 23, 3, 23));
        Assert.Equal(FindingStatus.Satisfied, v.Explanation.Children[0].Status); // 3,45 → 3 people
        Assert.Equal(3L, v.Explanation.Children[0].Values.Single(x => x.Name == "required").Value);
        Assert.Equal(new TargetMeasure(5, false, 1), TargetMeasure.Of(new CompositionShare(4, 30), Share.Percent(15), TargetRounding.NearestPerson)); // 4,5 → 5
        Assert.Equal(new TargetMeasure(5, false, 1), TargetMeasure.Of(new CompositionShare(4, 30), Share.Percent(15), TargetRounding.Exact));
    }

    [Fact]
    public void Young_IsCountedUnderTheDirectivesAge_NotTheBodys()
    {
        // Members aged 38 count as young under CT 35's 40 and CT 45's 42, whatever the body says (35).
        BodyMembership body = Body(new LocalDate(2020, 6, 1), 30, 5, 2, youngAge: 35);
        Verdict<bool?> v = StructureTargetsRegulation.Ct35Of2019.Check(body);
        Assert.False(v.Outcome);
        Finding young = Assert.Single(v.Explanation.Children);
        Assert.Equal(2L, young.Values.Single(x => x.Name == "count").Value);
        Assert.Equal(1L, young.Values.Single(x => x.Name == "shortfall").Value);
        Assert.Equal(0, body.Measure().Young.Count);
    }

    [Fact]
    public void StandingCommitteeAndRenewal_Ct45_UndeterminedUntilGiven_MergedExempt()
    {
        BodyMembership plain = Body(October2025, 30, 6, 30);
        Verdict<bool?> unknown = StructureTargetsRegulation.Ct45Of2025.Check(plain);
        Assert.Null(unknown.Outcome); // women and young met, the other two not given
        var ids = plain.Members.Select(m => m.Id).ToList();

        // 10 of 30 first elected is exactly one third: met; 9 is one short. The standing committee: members 0–8, all men.
        BodyMembership Given(int firstTime, bool merged, int standingFrom) =>
            new(October2025, plain.Members, 42)
            {
                StandingCommittee = [.. ids.Skip(standingFrom).Take(9)],
                FirstTime = [.. ids.Take(firstTime)],
                Merged = merged,
            };
        Verdict<bool?> menOnly = StructureTargetsRegulation.Ct45Of2025.Check(Given(10, false, 0));
        Assert.False(menOnly.Outcome);
        Finding standing = menOnly.Explanation.Children.Single(c => c.Code.Value == "Structure.StandingCommitteeWomen");
        Assert.Equal(FindingStatus.NotSatisfied, standing.Status);
        Assert.Equal(1L, standing.Values.Single(x => x.Name == "shortfall").Value);
        Assert.Equal(FindingStatus.Satisfied, menOnly.Explanation.Children.Single(c => c.Code.Value == "Structure.Renewal").Status);

        // Members 21–29 sit on it: the last 6 are women.
        Assert.True(StructureTargetsRegulation.Ct45Of2025.Check(Given(10, false, 21)).Outcome);
        Verdict<bool?> nine = StructureTargetsRegulation.Ct45Of2025.Check(Given(9, false, 21));
        Assert.False(nine.Outcome);
        Assert.Equal(1L, nine.Explanation.Children.Single(c => c.Code.Value == "Structure.Renewal").Values.Single(x => x.Name == "shortfall").Value);
        Verdict<bool?> merged = StructureTargetsRegulation.Ct45Of2025.Check(Given(0, true, 21));
        Assert.True(merged.Outcome);
        Assert.Equal(FindingStatus.NotApplicable, merged.Explanation.Children.Single(c => c.Code.Value == "Structure.Renewal").Status);
        Assert.DoesNotContain(StructureTargetsRegulation.Ct35Of2019.Check(plain).Explanation.Children, c => c.Code.Value == "Structure.Renewal");
    }

    [Fact]
    public void Findings_RenderInBothLanguages()
    {
        Finding women = StructureTargetsRegulation.Ct45Of2025.Check(Body(October2025, 23, 3, 23)).Explanation.Children[0];
        Assert.Equal("Nữ 13,0% (3/23), chỉ tiêu từ 15,0% (3/20) (4 người), thiếu 1 người", women.Render(Language.Vietnamese));
        Assert.Equal("Women 13.0% (3/23), target at least 15.0% (3/20) (4 people), 1 short", women.Render(Language.English));
    }

    private static Arbitrary<(int Total, int Count, int Percent, bool Nearest)> Cases() =>
        (from total in Gen.Choose(0, 80)
         from count in Gen.Choose(0, total)
         from percent in Gen.Choose(0, 100)
         from nearest in Gen.Elements(true, false)
         select (total, count, percent, nearest)).ToArbitrary();

    // Met is monotone in the count; the shortfall is 0 exactly when met, and adding the shortfall meets the target;
    // under the exact rule, met is the exact comparison of fractions.
    [Property(MaxTest = 300)]
    public Property Measure_MonotoneInTheCount_ShortfallZeroExactlyWhenMet_ExactShares() =>
        Prop.ForAll(Cases(), c =>
        {
            TargetRounding rounding = c.Nearest ? TargetRounding.NearestPerson : TargetRounding.Exact;
            Share target = Share.Percent(c.Percent);
            TargetMeasure m = TargetMeasure.Of(new CompositionShare(c.Count, c.Total), target, rounding);
            bool monotone = c.Count == c.Total || !m.Met || TargetMeasure.Of(new CompositionShare(c.Count + 1, c.Total), target, rounding).Met;
            bool zeroWhenMet = (m.Shortfall == 0) == m.Met;
            bool fills = c.Total == 0 || m.Required > c.Total || TargetMeasure.Of(new CompositionShare((int)(c.Count + m.Shortfall), c.Total), target, rounding).Met;
            bool least = m.Shortfall == 0 || !TargetMeasure.Of(new CompositionShare((int)(c.Count + m.Shortfall - 1), c.Total), target, rounding).Met;
            bool exact = rounding != TargetRounding.Exact || c.Total == 0 || m.Met == ((long)c.Count * 100 >= (long)c.Percent * c.Total);
            bool share = c.Total == 0 || (new CompositionShare(c.Count, c.Total).Share is { } s && s.Numerator * c.Total == (long)c.Count * s.Denominator);
            return monotone && zeroWhenMet && fills && least && exact && share;
        });
}
