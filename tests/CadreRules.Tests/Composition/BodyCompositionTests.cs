using System;
using System.Linq;
using CadreRules.Composition;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Composition;

public class BodyCompositionTests
{
    private static readonly LocalDate AsOf = new(2020, 10, 1);

    [Fact]
    public void Of_SeventeenWomenAmongFortyOne_IsFortyOneAndAHalfPercent()
    {
        // Lạng Sơn city committee 2020–2025: 41 members, 17 women, 10 under 40, 19 of an ethnic minority.
        Cadre[] members =
        [
            .. Enumerable.Range(0, 41).Select(i => new Cadre(
                $"m{i:00}",
                i < 17 ? Sex.Female : Sex.Male,
                BirthDate.OfYear(i < 10 ? 1985 : 1970),
                isEthnicMinority: i % 41 >= 22)),
        ];

        BodyComposition composition = BodyComposition.Of(members, AsOf, 40);

        Assert.Equal(41, composition.Total);
        Assert.Equal(Share.Of(17, 41), composition.Women.Share);
        Assert.Equal("41,5%", composition.Women.Format(Language.Vietnamese));
        Assert.Equal("41.5%", composition.Women.Format(Language.English));
        Assert.Equal("24,4%", composition.Young.Format(Language.Vietnamese));
        Assert.Equal("46,3%", composition.EthnicMinority.Format(Language.Vietnamese));
        Assert.Equal("17/41 (41.5%)", composition.Women.ToString());
    }

    [Theory]
    [InlineData(1980, 10, 2, 40, true)]
    [InlineData(1980, 10, 1, 40, false)]
    [InlineData(1980, 10, 1, 41, true)]
    [InlineData(1976, 1, 1, 45, true)]
    public void Of_YoungMeansStrictlyUnderTheLimit(int year, int month, int day, int limit, bool young)
    {
        BodyComposition composition = BodyComposition.Of([new Cadre("a", Sex.Male, BirthDate.Of(year, month, day))], AsOf, limit);

        Assert.Equal(young ? 1 : 0, composition.Young.Count);
    }

    [Fact]
    public void Of_SameCadreTwice_CountsOnce()
    {
        var cadre = new Cadre("a", Sex.Female, BirthDate.OfYear(1980));

        BodyComposition composition = BodyComposition.Of([cadre, cadre], AsOf, 40);

        Assert.Equal(1, composition.Total);
        Assert.Equal(Share.One, composition.Women.Share);
    }

    [Fact]
    public void Of_NoMembers_HasNoShare()
    {
        BodyComposition composition = BodyComposition.Of([], AsOf, 40);

        Assert.Null(composition.Women.Share);
        Assert.Equal("—", composition.Women.Format(Language.Vietnamese));
        Assert.True(composition.Women.Reaches(Share.Zero));
        Assert.False(composition.Women.Reaches(Share.Percent(25)));
    }

    [Fact]
    public void Of_BadArguments_Throw()
    {
        Assert.Throws<InputOutOfRangeException>("youngAgeLimit", () => BodyComposition.Of([], AsOf, 0));
        Assert.Throws<InputOutOfRangeException>("cadres", () => BodyComposition.Of([new Cadre("a", Sex.Male, BirthDate.OfYear(2021))], AsOf, 40));
        Assert.Throws<InputOutOfRangeException>("count", () => new CompositionShare(3, 2));
    }

    [Theory]
    [InlineData(1, 4, true)]
    [InlineData(10, 41, false)]
    [InlineData(11, 44, true)]
    public void Reaches_TwentyFivePercent_IsExact(int count, int total, bool reaches)
    {
        Assert.Equal(reaches, new CompositionShare(count, total).Reaches(Share.Percent(25)));
    }

    [Property(MaxTest = 200)]
    public Property Of_Shares_AreExactCountsOverTotals() =>
        Prop.ForAll(Arbitraries.PlanningCandidates(), Gen.Choose(30, 50).ToArbitrary(), (candidates, limit) =>
        {
            Cadre[] cadres = [.. candidates.Select(c => c.Cadre)];
            var asOf = new LocalDate(2026, 3, 1);
            BodyComposition composition = BodyComposition.Of(cadres, asOf, limit);
            int women = cadres.Count(c => c.Sex == Sex.Female);
            int young = cadres.Count(c => c.BirthDate.AgeInYearsAt(asOf) < limit);
            int minority = cadres.Count(c => c.IsEthnicMinority);
            return cadres.Length == 0
                ? composition.Total == 0 && composition.Women.Share is null
                : composition.Women.Share == Share.Of(women, cadres.Length)
                  && composition.Young.Share == Share.Of(young, cadres.Length)
                  && composition.EthnicMinority.Share == Share.Of(minority, cadres.Length)
                  && composition.Women.Format(Language.Vietnamese) == Share.Of(women, cadres.Length).FormatPercent(Language.Vietnamese);
        });

    [Fact]
    public void Of_ChecksTheLimitTheItemsAndTheDates()
    {
        var born = new LocalDate(1990, 5, 17);
        var cadre = new Cadre("b-1", Sex.Female, BirthDate.Of(born));
        Assert.Throws<InputOutOfRangeException>("youngAgeLimit", () => BodyComposition.Of([cadre], born, 0));
        Assert.Throws<InputOutOfRangeException>("youngAgeLimit", () => BodyComposition.Of([cadre], born, 101));
        Assert.Equal(100, BodyComposition.Of([cadre], born, 100).YoungAgeLimit);
        Assert.Equal(1, BodyComposition.Of([cadre], born, 1).Young.Count); // age 0 on the birth day itself
        Assert.Throws<ArgumentNullException>("cadres", () => BodyComposition.Of([cadre, null!], born, 40));
        Assert.Throws<InputOutOfRangeException>("cadres", () => BodyComposition.Of([cadre], born.PlusDays(-1), 40));
        string text = BodyComposition.Of([cadre], born, 40).ToString();
        Assert.StartsWith("1 cadres; women 1/1", text, StringComparison.Ordinal);
        Assert.Contains("; young 1/1", text, StringComparison.Ordinal);
        Assert.Contains("; ethnic minority 0/1", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 5, "count")]
    [InlineData(0, -1, "total")]
    [InlineData(6, 5, "count")]
    public void CompositionShare_OutOfRange_NamesTheArgument(int count, int total, string name) =>
        Assert.Throws<InputOutOfRangeException>(name, () => new CompositionShare(count, total));

    [Fact]
    public void CompositionShare_EmptyBodyAndFullBody_AreAccepted()
    {
        Assert.Equal(0, new CompositionShare(0, 0).Count);
        Assert.Equal(5, new CompositionShare(5, 5).Count);
    }
}
