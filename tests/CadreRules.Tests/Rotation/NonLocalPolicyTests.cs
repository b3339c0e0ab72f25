using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.Rotation;
using CadreRules.Rules;

namespace CadreRules.Tests.Rotation;

public class NonLocalPolicyTests
{
    private static readonly RotationRegulation Regulation = RotationRegulation.Qd65;

    [Theory]
    [InlineData(true, false, 0, true)]
    [InlineData(false, true, 0, true)]
    [InlineData(false, false, 19, false)]
    [InlineData(false, false, 20, true)]
    public void IsLocal_BornRaisedOrTwentyYears(bool born, bool raised, int years, bool expected)
    {
        Assert.Equal(expected, Regulation.IsLocal(new LocalityTies(born, raised, years)));
    }

    [Fact]
    public void MeasureNonLocalShare_ThanhTri_53Point1PercentAnd3Point1Over()
    {
        // Seed 001: Thanh Trì, 12 of 16 secretaries and 5 of 16 chairs are not local.
        var holders = new List<KeyPostHolder>();
        for (int i = 0; i < 16; i++)
        {
            holders.Add(new KeyPostHolder("xã " + i, KeyPostKind.Secretary, i < 12 ? LocalityTies.None : new LocalityTies(true, true, 30)));
            holders.Add(new KeyPostHolder("xã " + i, KeyPostKind.Chair, i < 5 ? LocalityTies.None : new LocalityTies(true, false, 0)));
        }

        NonLocalShareReport report = Regulation.MeasureNonLocalShare(holders);

        Assert.Equal(17, report.NonLocal);
        Assert.Equal(32, report.Total);
        Assert.Equal(Share.Of(17, 32), report.Share);
        Assert.True(report.MeetsTarget);
        Assert.Equal("53,1%", report.Share.FormatPercent(Language.Vietnamese));
        Assert.Equal(Share.Of(1, 32), report.Gap);
        Assert.Equal("3,1%", report.Gap.FormatPercent(Language.Vietnamese));
        Assert.Equal(FindingStatus.Satisfied, report.Explain().Status);
    }

    [Fact]
    public void MeasureNonLocalShare_PhucThoBefore_14Point3PercentBelowTarget()
    {
        // Seed 001: Phúc Thọ had 6 of 42 non-local before reaching 21 of 42.
        KeyPostHolder[] before = [.. Enumerable.Range(0, 42).Select(i => new KeyPostHolder("xã " + (i / 2), (KeyPostKind)(i % 2), i < 6 ? LocalityTies.None : new LocalityTies(true, true, 0)))];
        KeyPostHolder[] after = [.. Enumerable.Range(0, 42).Select(i => new KeyPostHolder("xã " + (i / 2), (KeyPostKind)(i % 2), i < 21 ? LocalityTies.None : new LocalityTies(true, true, 0)))];

        NonLocalShareReport low = Regulation.MeasureNonLocalShare(before);
        NonLocalShareReport exact = Regulation.MeasureNonLocalShare(after);

        Assert.False(low.MeetsTarget);
        Assert.Equal("14,3%", low.Share.FormatPercent(Language.Vietnamese));
        Assert.True(exact.MeetsTarget);
        Assert.Equal(Share.Zero, exact.Gap);
    }

    [Fact]
    public void MeasureNonLocalShare_SamePostTwice_Throws()
    {
        KeyPostHolder holder = new("xã A", KeyPostKind.Chair, LocalityTies.None);

        var ex = Assert.Throws<InvalidInputException>(() => Regulation.MeasureNonLocalShare([holder, holder]));
        Assert.Equal("holders", ex.ParamName);
    }

    [Theory]
    [InlineData(new[] { 2010, 2015, 2015, 2020 }, 2, false)]
    [InlineData(new[] { 2010, 2015, 2015, 2020, 2020, 2025 }, 3, true)]
    [InlineData(new[] { 2005, 2010, 2015, 2020, 2020, 2025 }, 2, false)]
    public void ConsecutiveTerms_CountsLatestRun(int[] years, int expectedRun, bool exceeds)
    {
        HeadTerm[] terms = [.. Enumerable.Range(0, years.Length / 2).Select(i => new HeadTerm("Sở Tài chính", years[2 * i], years[(2 * i) + 1])).Reverse()];

        Assert.Equal(expectedRun, RotationRegulation.ConsecutiveTerms(terms, "Sở Tài chính"));
        Assert.Equal(exceeds, Regulation.ExceedsTermLimit(terms, "Sở Tài chính"));
        Assert.Equal(0, RotationRegulation.ConsecutiveTerms(terms, "Sở khác"));
    }

    [Fact]
    public void ConsecutiveTerms_OverlappingTerms_ThrowsNamingTerms()
    {
        HeadTerm[] terms = [new("Sở Tài chính", 2015, 2020), new("Sở Tài chính", 2018, 2023)];

        var ex = Assert.Throws<InvalidInputException>(() => RotationRegulation.ConsecutiveTerms(terms, "Sở Tài chính"));
        Assert.Equal("terms", ex.ParamName);
    }

    [Fact]
    public void MeasureNonLocalShare_NoHolders_ZeroShareAndTargetNotMet_EvenWithAZeroTarget()
    {
        var zeroTarget = (RotationRegulation)Regulation.WithVariant(new LocalVariant(
            new RegulationId("rotation-qd65-zero-target"),
            Regulation.Id,
            new LocalizedText("Biến thể thử", "Test variant"),
            Regulation.Reference.Citation,
            EffectivePeriod.From(new NodaTime.LocalDate(2024, 1, 1)),
            new Dictionary<string, ParameterValue> { ["nonLocal.targetShare"] = ParameterValue.FromShare(Share.Zero) }));

        NonLocalShareReport report = zeroTarget.MeasureNonLocalShare([]);

        Assert.Equal(0, report.Total);
        Assert.Equal(Share.Zero, report.Share);
        Assert.False(report.MeetsTarget);
        Assert.True(zeroTarget.MeasureNonLocalShare([new KeyPostHolder("xã A", KeyPostKind.Chair, new LocalityTies(true, true, 40))]).MeetsTarget);
    }

    [Fact]
    public void MeasureNonLocalShare_NullHolder_ThrowsNamingHolders()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Regulation.MeasureNonLocalShare([new KeyPostHolder("xã A", KeyPostKind.Chair, LocalityTies.None), null!]));

        Assert.Equal("holders", ex.ParamName);
    }

    [Fact]
    public void ConsecutiveTerms_NullTerm_ThrowsNamingTerms()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => RotationRegulation.ConsecutiveTerms([new HeadTerm("xã A", 2020, 2025), null!], "xã A"));

        Assert.Equal("terms", ex.ParamName);
    }

    [Fact]
    public void HeadTerm_EndingInItsStartYear_ThrowsNamingEndYear()
    {
        Assert.Equal(2021, new HeadTerm("xã A", 2020, 2021).EndYear);
        Assert.Equal("endYear", Assert.Throws<InputOutOfRangeException>(() => new HeadTerm("xã A", 2020, 2020)).ParamName);
    }

    [Fact]
    public void LocalityTies_NegativeYears_ThrowsNamingYears()
    {
        Assert.Equal(0, new LocalityTies(false, false, 0).YearsStudiedOrWorkedThere);
        Assert.Equal("yearsStudiedOrWorkedThere", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new LocalityTies(false, false, -1)).ParamName);
    }

    [Fact]
    public void KeyPostHolder_UndefinedKind_ThrowsNamingKind()
    {
        Assert.Equal("kind", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new KeyPostHolder("xã A", (KeyPostKind)99, LocalityTies.None)).ParamName);
    }
}
