using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Composition;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Composition;

/// <summary>Qualification shares of a body or a roster, and the first-time / re-elected shares of a body.</summary>
public class QualificationSharesTests
{
    private static readonly LocalDate AsOf = new(2025, 7, 1);

    private static Cadre Person(string id, EducationLevel? education = null, PoliticalTheoryLevel? theory = null, LocalDate? obtained = null)
    {
        LocalDate on = obtained ?? new LocalDate(2010, 6, 30);
        return new Cadre(id, Sex.Male, BirthDate.OfYear(1975))
        {
            Qualifications = new Qualifications
            {
                Education = education is { } e ? new Attainment<EducationLevel>(e, on) : null,
                PoliticalTheory = theory is { } t ? new Attainment<PoliticalTheoryLevel>(t, on) : null,
            },
        };
    }

    [Fact]
    public void Of_Seed004Committee_ThirtySevenOfFortyOneIsNinetyPointTwoPercent()
    {
        // Lạng Sơn city committee 2020–2025: 41 members, all university or higher, 37 with cao cấp (3 of them cử nhân).
        Cadre[] members =
        [
            .. Enumerable.Range(0, 41).Select(i => Person(
                $"m{i:00}",
                i < 30 ? EducationLevel.University : EducationLevel.Master,
                i < 34 ? PoliticalTheoryLevel.Advanced : i < 37 ? PoliticalTheoryLevel.Bachelor : PoliticalTheoryLevel.Intermediate)),
        ];

        QualificationShares shares = QualificationShares.Of(members, new LocalDate(2020, 10, 1));

        Assert.Equal(41, shares.Total);
        Assert.Equal(Share.One, shares.UniversityOrHigher.Share);
        Assert.Equal(Share.Of(37, 41), shares.PoliticalTheoryAdvanced.Share);
        Assert.Equal("90,2%", shares.PoliticalTheoryAdvanced.Format(Language.Vietnamese));
        Assert.Equal(41, shares.PoliticalTheoryIntermediateOrHigher.Count);
        Assert.Equal((0, 0), (shares.EducationUnrecorded, shares.PoliticalTheoryUnrecorded));
    }

    [Fact]
    public void Of_Seed000_OneHundredThirtyFourOfOneHundredFortySeven_PrintsNinetyOnePercentAtNoDecimals()
    {
        Cadre[] cadres = [.. Enumerable.Range(0, 147).Select(i => Person($"c{i:000}", i < 134 ? EducationLevel.University : EducationLevel.Vocational, i < 135 ? PoliticalTheoryLevel.Intermediate : PoliticalTheoryLevel.Elementary))];

        QualificationShares shares = QualificationShares.Of(cadres, new LocalDate(2022, 12, 7));

        Assert.Equal("91%", shares.UniversityOrHigher.Format(Language.Vietnamese, 0));
        Assert.Equal("92%", shares.PoliticalTheoryIntermediateOrHigher.Format(Language.Vietnamese, 0));
        Assert.Equal(0, shares.PoliticalTheoryAdvanced.Count);
    }

    [Theory]
    [InlineData(EducationLevel.College, false)]
    [InlineData(EducationLevel.University, true)]
    [InlineData(EducationLevel.Doctorate, true)]
    public void Of_UniversityOrHigher_StartsAtUniversity(EducationLevel level, bool counted) =>
        Assert.Equal(counted ? 1 : 0, QualificationShares.Of([Person("a", level)], AsOf).UniversityOrHigher.Count);

    [Theory]
    [InlineData(PoliticalTheoryLevel.Elementary, 0, 0)]
    [InlineData(PoliticalTheoryLevel.Intermediate, 0, 1)]
    [InlineData(PoliticalTheoryLevel.Advanced, 1, 1)]
    [InlineData(PoliticalTheoryLevel.Bachelor, 1, 1)]
    public void Of_PoliticalTheory_CountsCuNhanWithCaoCap(PoliticalTheoryLevel level, int advanced, int intermediateOrHigher)
    {
        QualificationShares shares = QualificationShares.Of([Person("a", theory: level)], AsOf);

        Assert.Equal((advanced, intermediateOrHigher), (shares.PoliticalTheoryAdvanced.Count, shares.PoliticalTheoryIntermediateOrHigher.Count));
    }

    [Fact]
    public void Of_LevelObtainedTheDayAfter_IsUnrecordedThatDayButStaysInTheDenominator()
    {
        Cadre onTheDay = Person("a", EducationLevel.University, PoliticalTheoryLevel.Advanced, AsOf);
        Cadre dayAfter = Person("b", EducationLevel.University, PoliticalTheoryLevel.Advanced, AsOf.PlusDays(1));

        QualificationShares shares = QualificationShares.Of([onTheDay, dayAfter, Person("c")], AsOf);

        Assert.Equal(3, shares.Total);
        Assert.Equal((1, 3), (shares.UniversityOrHigher.Count, shares.UniversityOrHigher.Total));
        Assert.Equal((2, 2), (shares.EducationUnrecorded, shares.PoliticalTheoryUnrecorded));
    }

    [Fact]
    public void Of_SameCadreTwice_CountsOnce_AndNullsAreRefused()
    {
        Cadre a = Person("a", EducationLevel.Master);

        Assert.Equal(1, QualificationShares.Of([a, a], AsOf).Total);
        Assert.Throws<ArgumentNullException>("cadres", () => QualificationShares.Of(null!, AsOf));
        Assert.Throws<ArgumentNullException>("cadres", () => QualificationShares.Of([a, null!], AsOf));
        Assert.Null(QualificationShares.Of([], AsOf).UniversityOrHigher.Share);
        Assert.Contains("university or higher 1/1", QualificationShares.Of([a], AsOf).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FirstTimeAndReElected_AreOverAllTheMembers_AndUnknownWithoutFirstTime()
    {
        Cadre[] members = [.. Enumerable.Range(0, 20).Select(i => new Cadre($"m{i}", Sex.Male, BirthDate.OfYear(1978)))];
        var body = new BodyMembership(AsOf, members, 42) { FirstTime = [.. members.Take(7).Select(m => m.Id), new CadreId("not-a-member")] };

        Assert.Equal(new CompositionShare(7, 20), body.FirstTimeMembers);
        Assert.Equal(new CompositionShare(13, 20), body.ReElectedMembers);
        Assert.Null(new BodyMembership(AsOf, members, 42).FirstTimeMembers);
        Assert.Null(new BodyMembership(AsOf, members, 42).ReElectedMembers);
        Assert.Equal(20, body.MeasureQualifications().EducationUnrecorded);
    }

    private static Arbitrary<Cadre[]> Cadres() =>
        Gen.Choose(0, 30).SelectMany(n => Gen.ArrayOf(
            from e in Gen.Choose(-1, 5)
            from t in Gen.Choose(-1, 3)
            from days in Gen.Choose(-400, 400)
            select (e, t, days), n))
        .Select(items => items.Select((x, i) => Person(
            $"p{i}",
            x.e < 0 ? null : (EducationLevel)x.e,
            x.t < 0 ? null : (PoliticalTheoryLevel)x.t,
            AsOf.PlusDays(x.days))).ToArray())
        .ToArbitrary();

    [Property(MaxTest = 200)]
    public Property Of_Shares_AreExactCountsOverEveryCadre() =>
        Prop.ForAll(Cadres(), cadres =>
        {
            QualificationShares shares = QualificationShares.Of(cadres, AsOf);
            int university = cadres.Count(c => c.Qualifications.Education is { } a && a.ObtainedOn <= AsOf && a.Level >= EducationLevel.University);
            int advanced = cadres.Count(c => c.Qualifications.PoliticalTheory is { } a && a.ObtainedOn <= AsOf && a.Level >= PoliticalTheoryLevel.Advanced);
            int intermediate = cadres.Count(c => c.Qualifications.PoliticalTheory is { } a && a.ObtainedOn <= AsOf && a.Level >= PoliticalTheoryLevel.Intermediate);
            return shares.Total == cadres.Length
                && shares.UniversityOrHigher.Total == cadres.Length
                && shares.PoliticalTheoryAdvanced.Total == cadres.Length
                && (cadres.Length == 0
                    ? shares.UniversityOrHigher.Share is null
                    : shares.UniversityOrHigher.Share == Share.Of(university, cadres.Length)
                      && shares.PoliticalTheoryAdvanced.Share == Share.Of(advanced, cadres.Length)
                      && shares.PoliticalTheoryIntermediateOrHigher.Share == Share.Of(intermediate, cadres.Length))
                && shares.PoliticalTheoryAdvanced.Count <= shares.PoliticalTheoryIntermediateOrHigher.Count
                && shares.PoliticalTheoryIntermediateOrHigher.Count + shares.PoliticalTheoryUnrecorded <= shares.Total;
        });

    [Property(MaxTest = 200)]
    public Property AddingAMemberWhoMeetsTheCriterion_NeverLowersItsShare() =>
        Prop.ForAll(Cadres(), cadres =>
        {
            QualificationShares before = QualificationShares.Of(cadres, AsOf);
            QualificationShares after = QualificationShares.Of([.. cadres, Person("added", EducationLevel.Master, PoliticalTheoryLevel.Advanced, AsOf)], AsOf);
            return NotLower(before.UniversityOrHigher, after.UniversityOrHigher)
                && NotLower(before.PoliticalTheoryAdvanced, after.PoliticalTheoryAdvanced)
                && NotLower(before.PoliticalTheoryIntermediateOrHigher, after.PoliticalTheoryIntermediateOrHigher);
        });

    [Property(MaxTest = 200)]
    public Property AddingAFirstTimeMember_NeverLowersTheFirstTimeShare() =>
        Prop.ForAll(Gen.Choose(1, 40).ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), (size, first) =>
        {
            int firstTime = Math.Min(first, size);
            Cadre[] members = [.. Enumerable.Range(0, size).Select(i => new Cadre($"m{i}", Sex.Male, BirthDate.OfYear(1980)))];
            var before = new BodyMembership(AsOf, members, 42) { FirstTime = [.. members.Take(firstTime).Select(m => m.Id)] };
            var added = new Cadre("new", Sex.Female, BirthDate.OfYear(1990));
            var after = new BodyMembership(AsOf, [.. members, added], 42) { FirstTime = before.FirstTime!.Add(added.Id) };
            return NotLower(before.FirstTimeMembers!.Value, after.FirstTimeMembers!.Value)
                && before.FirstTimeMembers.Value.Count + before.ReElectedMembers!.Value.Count == size;
        });

    [Property(MaxTest = 300)]
    public Property TargetMet_IsMonotoneInTheCount() =>
        Prop.ForAll(Gen.Choose(0, 60).ToArbitrary(), Gen.Choose(0, 60).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (a, b, percent) =>
        {
            int total = 60;
            (int low, int high) = a <= b ? (a, b) : (b, a);
            Share target = Share.Percent(percent);
            bool lowMet = new CompositionShare(low, total).Reaches(target);
            bool highMet = new CompositionShare(high, total).Reaches(target);
            bool lowRounded = TargetMeasure.Of(new CompositionShare(low, total), target, TargetRounding.NearestPerson).Met;
            bool highRounded = TargetMeasure.Of(new CompositionShare(high, total), target, TargetRounding.NearestPerson).Met;
            return (!lowMet || highMet) && (!lowRounded || highRounded);
        });

    private static bool NotLower(CompositionShare before, CompositionShare after) =>
        before.Share is not { } b || (after.Share is { } a && a >= b);
}
