using System;
using CadreRules.Planning;
using CadreRules.Rules;
using NodaTime;
using static CadreRules.Tests.Planning.PlanningFixtures;

namespace CadreRules.Tests.Planning;

public class PlanningListTests
{
    [Fact]
    public void Constructor_DuplicateCadreIds_ThrowsNamingTheCadre()
    {
        var error = Assert.Throws<PlanningListException>(() => List([Title("T")], [Man("a"), Man("a", 1975)], []));

        Assert.Equal("a", error.Entry);
        Assert.Equal("candidates", error.ParamName);
        Assert.Contains("'a'", error.Message);
    }

    [Fact]
    public void Constructor_DuplicateTitleIds_ThrowsNamingTheTitle()
    {
        var error = Assert.Throws<PlanningListException>(() => List([Title("T"), Title("T", 2)], [Man("a")], []));

        Assert.Equal("T", error.Entry);
        Assert.Equal("titles", error.ParamName);
    }

    [Fact]
    public void Constructor_CandidatePlannedTwiceForOneTitle_ThrowsNamingTheEntry()
    {
        var error = Assert.Throws<PlanningListException>(() =>
            List([Title("T")], [Man("a")], [new("a", "T"), new("a", "T", PlanningTier.TwoLevelsUp)]));

        Assert.Equal("a → T", error.Entry);
        Assert.Equal("entries", error.ParamName);
        Assert.Contains("twice", error.Message);
    }

    [Fact]
    public void Constructor_UnknownTitle_ThrowsNamingTheEntry()
    {
        var error = Assert.Throws<PlanningListException>(() => List([Title("T")], [Man("a")], [new("a", "X")]));

        Assert.Equal("a → X", error.Entry);
        Assert.Contains("unknown title 'X'", error.Message);
    }

    [Fact]
    public void Constructor_UnknownCadre_ThrowsNamingTheEntry()
    {
        var error = Assert.Throws<PlanningListException>(() => List([Title("T")], [Man("a")], [new("b", "T")]));

        Assert.Equal("b → T", error.Entry);
    }

    [Fact]
    public void Constructor_TermStartsBeforeListDate_ThrowsNamingTheTerm()
    {
        var error = Assert.Throws<PlanningListException>(() =>
            new PlanningList(new LocalDate(2026, 3, 16), new PlanningTerm(new LocalDate(2026, 3, 15)), [Title("T")], [Man("a")], []));

        Assert.Equal("term", error.ParamName);
        Assert.Equal("2026–2031", error.Entry);
    }

    [Fact]
    public void Constructor_TermStartsOnListDate_IsAccepted()
    {
        var list = new PlanningList(new LocalDate(2026, 3, 15), new PlanningTerm(new LocalDate(2026, 3, 15)), [Title("T")], [Man("a")], [new("a", "T")]);

        Assert.Equal(new YearMonth(2026, 3), list.AgeReferenceMonth);
    }

    [Fact]
    public void Constructor_UndefinedTier_Throws()
    {
        Assert.Throws<PlanningListException>(() => List([Title("T")], [Man("a")], [new("a", "T", (PlanningTier)7)]));
    }

    [Fact]
    public void Title_UndefinedLevel_ThrowsNamingTheTitle()
    {
        var error = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new PlanningTitle("T", "Chức danh", (CadreRules.People.OrganisationalLevel)42));

        Assert.Equal("level", error.ParamName);
        Assert.Contains("'T'", error.Message);
    }

    [Fact]
    public void Title_NoSeats_Throws()
    {
        Assert.Throws<InputOutOfRangeException>("seats", () => Title("T", seats: 0));
    }

    [Fact]
    public void Constructor_CandidateBornAfterTheList_Throws()
    {
        var error = Assert.Throws<PlanningListException>(() => List([Title("T")], [Man("a", 2026, 6)], []));

        Assert.Equal("a", error.Entry);
    }
}
