using System;
using CadreRules.People;
using NodaTime;

namespace CadreRules.Tests.People;

public class CadreTests
{
    private static readonly BirthDate Birth = BirthDate.Of(1975, 6, 15);

    [Fact]
    public void Constructor_OrdersRecordsCanonically_SoEqualityIgnoresInputOrder()
    {
        var early = new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2020, 3, 1));
        var late = new DisciplineRecord(DisciplineForm.Warning, DisciplineTrack.Administrative, new LocalDate(2022, 3, 1));
        var e2023 = new EvaluationRecord(2023, EvaluationTrack.Party, EvaluationLevel.Good);
        var e2024 = new EvaluationRecord(2024, EvaluationTrack.Party, EvaluationLevel.NotComplete);

        var a = new Cadre("a", Sex.Female, Birth, discipline: [late, early], evaluations: [e2024, e2023]);
        var b = new Cadre("a", Sex.Female, Birth, discipline: [early, late], evaluations: [e2023, e2024]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(early, a.Discipline[0]);
        Assert.Equal(2023, a.Evaluations[0].Year);
        Assert.Same(e2024, a.EvaluationFor(2024, EvaluationTrack.Party));
    }

    [Fact]
    public void Constructor_SamePostOverlapping_ThrowsNamingPositions()
    {
        var first = new PositionHeld("Phó Bí thư", "Đảng ủy xã A", OrganisationalLevel.Commune, new LocalDate(2020, 1, 1), new LocalDate(2022, 12, 31));
        var overlapping = new PositionHeld("Phó Bí thư", "Đảng ủy xã A", OrganisationalLevel.Commune, new LocalDate(2022, 6, 1));
        var later = new PositionHeld("Phó Bí thư", "Đảng ủy xã A", OrganisationalLevel.Commune, new LocalDate(2023, 1, 1));

        ArgumentException error = Assert.Throws<ArgumentException>("positions", () => new Cadre("a", Sex.Male, Birth, positions: [first, overlapping]));
        Assert.Contains("Phó Bí thư", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, new Cadre("a", Sex.Male, Birth, positions: [later, first]).Positions.Length);
    }

    [Fact]
    public void Constructor_BadFacts_ThrowNamingTheField()
    {
        Assert.Throws<ArgumentException>("id", () => new Cadre(default, Sex.Male, Birth));
        Assert.Throws<ArgumentOutOfRangeException>("sex", () => new Cadre("a", (Sex)9, Birth));
        Assert.Throws<ArgumentException>("partyMembership", () => new Cadre("a", Sex.Male, Birth, partyMembership: new PartyMembership(new LocalDate(1970, 1, 1))));
        Assert.Throws<ArgumentException>("evaluations", () => new Cadre("a", Sex.Male, Birth, evaluations:
            [new EvaluationRecord(2024, EvaluationTrack.Party, EvaluationLevel.Good), new EvaluationRecord(2024, EvaluationTrack.Party, EvaluationLevel.Complete)]));
        Assert.Throws<ArgumentNullException>("discipline", () => new Cadre("a", Sex.Male, Birth, discipline: [null!]));
    }

    [Theory]
    [InlineData(2023, 2, 29)]
    [InlineData(2023, 13, 1)]
    [InlineData(2023, 0, 1)]
    [InlineData(2023, 4, 31)]
    public void BirthDate_ImpossibleDates_Throw(int year, int month, int day) =>
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => BirthDate.Of(year, month, day));

    [Fact]
    public void BirthDate_PartialDates_UseTheFirstMonthAndDay()
    {
        Assert.Equal(new LocalDate(1970, 1, 1), BirthDate.OfYear(1970).Date);
        Assert.Equal(new LocalDate(1970, 7, 1), BirthDate.OfMonth(1970, 7).Date);
        Assert.Equal("1970", BirthDate.OfYear(1970).ToString());
        Assert.Equal("07/1970", BirthDate.OfMonth(1970, 7).ToString());
        Assert.Equal("15/06/1975", Birth.ToString());
    }

    [Fact]
    public void BirthDate_AgeAfterTheDate_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>("date", () => Birth.AgeInYearsAt(new LocalDate(1970, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>("month", () => Birth.AgeInMonthsAt(new YearMonth(1975, 5)));
        Assert.Equal(49, Birth.AgeInYearsAt(new LocalDate(2025, 6, 14)));
        Assert.Equal(50, Birth.AgeInYearsAt(new LocalDate(2025, 6, 15)));
    }

    [Fact]
    public void PositionHeld_MonthsInPost_CountsWholeMonthsInclusive()
    {
        var post = new PositionHeld("Trưởng phòng", "Sở X", OrganisationalLevel.Provincial, new LocalDate(2024, 1, 1));

        Assert.Equal(23, post.MonthsInPostAt(new LocalDate(2025, 12, 30)));
        Assert.Equal(24, post.MonthsInPostAt(new LocalDate(2025, 12, 31)));
        Assert.Equal(0, post.MonthsInPostAt(new LocalDate(2023, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>("end", () => new PositionHeld("T", "U", OrganisationalLevel.Commune, new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 1)));
        Assert.Throws<ArgumentException>("title", () => new PositionHeld(" ", "U", OrganisationalLevel.Commune, new LocalDate(2024, 1, 2)));
    }

    [Fact]
    public void DisciplineRecord_ViolationAfterDecision_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>("violationYear", () => new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2024, 1, 1), violationYear: 2025));
        Assert.True(new DisciplineRecord(DisciplineForm.Demotion, DisciplineTrack.Administrative, new LocalDate(2024, 1, 1)).IsAtLeast(DisciplineForm.Reprimand));
    }
}
