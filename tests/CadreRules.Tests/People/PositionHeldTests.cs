using System;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.People;

public class PositionHeldTests
{
    private static readonly LocalDate Start = new(2024, 1, 1);
    private static readonly LocalDate End = new(2024, 12, 31);

    [Fact]
    public void Constructor_UnknownLevel_ThrowsNamingLevel()
    {
        ArgumentOutOfRangeException error = Assert.Throws<InputOutOfRangeException>("level", () => new PositionHeld("Trưởng phòng", "Sở X", (OrganisationalLevel)5, Start));
        Assert.Equal((OrganisationalLevel)5, error.ActualValue);
    }

    [Fact]
    public void Constructor_DistrictPost_StartingOn30June2025Kept_On1July2025Refused()
    {
        var last = new PositionHeld("Phó Chủ tịch UBND huyện", "UBND huyện X", OrganisationalLevel.District, new LocalDate(2025, 6, 30));
        Assert.Equal(OrganisationalLevel.District, last.Level);
        Assert.True(last.IsHeldOn(new LocalDate(2026, 1, 1))); // history is kept as recorded

        InputOutOfRangeException error = Assert.Throws<InputOutOfRangeException>("level", () => new PositionHeld("Phó Chủ tịch UBND huyện", "UBND huyện X", OrganisationalLevel.District, new LocalDate(2025, 7, 1)));
        Assert.Contains("không còn cấp huyện", error.Text!.Vietnamese, StringComparison.Ordinal);
        Assert.Equal(OrganisationalLevel.Commune, new PositionHeld("Phó Chủ tịch UBND xã", "UBND xã Y", OrganisationalLevel.Commune, new LocalDate(2025, 7, 1)).Level);
    }

    [Theory]
    [InlineData(2023, 12, 31, false)]
    [InlineData(2024, 1, 1, true)]
    [InlineData(2024, 6, 15, true)]
    [InlineData(2024, 12, 31, true)]
    [InlineData(2025, 1, 1, false)]
    public void IsHeldOn_ClosedPost_IncludesBothEnds(int year, int month, int day, bool held)
    {
        var post = new PositionHeld("Trưởng phòng", "Sở X", OrganisationalLevel.Provincial, Start, End);

        Assert.Equal(held, post.IsHeldOn(new LocalDate(year, month, day)));
    }

    [Fact]
    public void IsHeldOn_OpenPost_HeldFromStartOnwards()
    {
        var post = new PositionHeld("Trưởng phòng", "Sở X", OrganisationalLevel.Provincial, Start);

        Assert.False(post.IsHeldOn(Start.PlusDays(-1)));
        Assert.True(post.IsHeldOn(Start));
        Assert.True(post.IsHeldOn(new LocalDate(2040, 1, 1)));
    }

    [Theory]
    [InlineData(2023, 12, 31)]
    [InlineData(2023, 6, 1)]
    [InlineData(2020, 1, 1)]
    public void MonthsInPostAt_DateBeforeTheStart_IsZero(int year, int month, int day)
    {
        var post = new PositionHeld("Trưởng phòng", "Sở X", OrganisationalLevel.Provincial, Start);

        Assert.Equal(0, post.MonthsInPostAt(new LocalDate(year, month, day)));
    }

    [Fact]
    public void MonthsInPostAt_DateAfterTheEnd_CountsToTheEnd()
    {
        var post = new PositionHeld("Trưởng phòng", "Sở X", OrganisationalLevel.Provincial, Start, End);

        Assert.Equal(12, post.MonthsInPostAt(End));
        Assert.Equal(12, post.MonthsInPostAt(new LocalDate(2030, 5, 1)));
        Assert.Equal(11, post.MonthsInPostAt(new LocalDate(2024, 12, 30)));
    }
}
