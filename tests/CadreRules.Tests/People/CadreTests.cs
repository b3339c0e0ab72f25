using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.People;
using CadreRules.Rules;
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

        ArgumentException error = Assert.Throws<InvalidInputException>("positions", () => new Cadre("a", Sex.Male, Birth, positions: [first, overlapping]));
        Assert.Contains("Phó Bí thư", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, new Cadre("a", Sex.Male, Birth, positions: [later, first]).Positions.Length);
    }

    [Fact]
    public void Constructor_BadFacts_ThrowNamingTheField()
    {
        Assert.Throws<InvalidInputException>("id", () => new Cadre(default, Sex.Male, Birth));
        Assert.Throws<InputOutOfRangeException>("sex", () => new Cadre("a", (Sex)9, Birth));
        Assert.Throws<InvalidInputException>("partyMembership", () => new Cadre("a", Sex.Male, Birth, partyMembership: new PartyMembership(new LocalDate(1970, 1, 1))));
        Assert.Throws<InvalidInputException>("evaluations", () => new Cadre("a", Sex.Male, Birth, evaluations:
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
        Assert.Throws<InputOutOfRangeException>("date", () => Birth.AgeInYearsAt(new LocalDate(1970, 1, 1)));
        Assert.Throws<InputOutOfRangeException>("month", () => Birth.AgeInMonthsAt(new YearMonth(1975, 5)));
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
        Assert.Throws<InputOutOfRangeException>("end", () => new PositionHeld("T", "U", OrganisationalLevel.Commune, new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 1)));
        Assert.Throws<InvalidInputException>("title", () => new PositionHeld(" ", "U", OrganisationalLevel.Commune, new LocalDate(2024, 1, 2)));
    }

    [Fact]
    public void DisciplineRecord_ViolationAfterDecision_Throws()
    {
        Assert.Throws<InputOutOfRangeException>("violationYear", () => new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2024, 1, 1), violationYear: 2025));
        Assert.True(new DisciplineRecord(DisciplineForm.Demotion, DisciplineTrack.Administrative, new LocalDate(2024, 1, 1)).IsAtLeast(DisciplineForm.Reprimand));
    }
    [Fact]
    public void Constructor_PartyAdmissionOnTheBirthDate_IsAccepted_TheDayBeforeIsNot()
    {
        Assert.Equal(Birth.Date, new Cadre("a", Sex.Male, Birth, partyMembership: new PartyMembership(Birth.Date)).PartyMembership!.AdmittedOn);

        ArgumentException error = Assert.Throws<InvalidInputException>("partyMembership", () =>
            new Cadre("a", Sex.Male, Birth, partyMembership: new PartyMembership(Birth.Date.PlusDays(-1))));
        Assert.StartsWith("Cadre 'a': party admission 1975-06-14 is before the birth date 1975-06-15.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("Hà Nội", "Hà Nội")]
    public void Constructor_BlankHomeLocalityAndName_BecomeNull_OthersAreKept(string? given, string? kept)
    {
        var cadre = new Cadre("a", Sex.Female, Birth, homeLocality: given, name: given);

        Assert.Equal(kept, cadre.HomeLocality);
        Assert.Equal(kept, cadre.Name);
    }

    [Fact]
    public void ToString_IsTheId_FollowedByTheNameInParenthesesWhenThereIsOne()
    {
        Assert.Equal("cb-7", new Cadre("cb-7", Sex.Male, Birth).ToString());
        Assert.Equal("cb-7", new Cadre("cb-7", Sex.Male, Birth, name: " ").ToString());
        Assert.Equal("cb-7 (Nguyễn Văn A)", new Cadre("cb-7", Sex.Male, Birth, name: "Nguyễn Văn A").ToString());
    }

    [Fact]
    public void Positions_AreOrderedByStart_ThenUnit_ThenTitle_Ordinal()
    {
        var later = new PositionHeld("A", "A", OrganisationalLevel.Commune, new LocalDate(2021, 1, 1));
        var unitB = new PositionHeld("A", "B", OrganisationalLevel.Commune, new LocalDate(2020, 1, 1));
        var unitATitleB = new PositionHeld("B", "A", OrganisationalLevel.Commune, new LocalDate(2020, 1, 1));
        var unitATitleA = new PositionHeld("A", "A", OrganisationalLevel.Commune, new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 30));
        PositionHeld[] expected = [unitATitleA, unitATitleB, unitB, later];

        foreach (PositionHeld[] given in Permutations(expected))
        {
            Assert.Equal(expected, new Cadre("a", Sex.Male, Birth, positions: given).Positions);
        }
    }

    [Fact]
    public void Discipline_IsOrderedByDecision_ThenTrack_ThenForm_ThenViolationYear()
    {
        var day = new LocalDate(2024, 5, 1);
        var partyReprimand2022 = new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, day, violationYear: 2022);
        var partyReprimand2023 = new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, day, violationYear: 2023);
        var partyWarning = new DisciplineRecord(DisciplineForm.Warning, DisciplineTrack.Party, day, violationYear: 2021);
        var administrativeReprimand = new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Administrative, day, violationYear: 2020);
        var earlier = new DisciplineRecord(DisciplineForm.Expulsion, DisciplineTrack.Administrative, day.PlusDays(-1));
        DisciplineRecord[] expected = [earlier, partyReprimand2022, partyReprimand2023, partyWarning, administrativeReprimand];

        foreach (DisciplineRecord[] given in Permutations(expected))
        {
            Assert.Equal(expected, new Cadre("a", Sex.Male, Birth, discipline: given).Discipline);
        }
    }

    [Fact]
    public void Evaluations_AreOrderedByYear_ThenPartyBeforeState()
    {
        var state2023 = new EvaluationRecord(2023, EvaluationTrack.State, EvaluationLevel.Good);
        var party2023 = new EvaluationRecord(2023, EvaluationTrack.Party, EvaluationLevel.Complete);
        var state2024 = new EvaluationRecord(2024, EvaluationTrack.State, EvaluationLevel.Excellent);
        var party2024 = new EvaluationRecord(2024, EvaluationTrack.Party, EvaluationLevel.Good);
        EvaluationRecord[] expected = [party2023, state2023, party2024, state2024];

        foreach (EvaluationRecord[] given in Permutations(expected))
        {
            Assert.Equal(expected, new Cadre("a", Sex.Male, Birth, evaluations: given).Evaluations);
        }
    }

    [Fact]
    public void EvaluationFor_NoRecordForTheYearAndTrack_IsNull()
    {
        var cadre = new Cadre("a", Sex.Male, Birth, evaluations: [new EvaluationRecord(2024, EvaluationTrack.Party, EvaluationLevel.Good)]);

        Assert.Null(cadre.EvaluationFor(2024, EvaluationTrack.State));
        Assert.Null(cadre.EvaluationFor(2023, EvaluationTrack.Party));
        Assert.Null(new Cadre("a", Sex.Male, Birth).EvaluationFor(2024, EvaluationTrack.Party));
        Assert.Equal(EvaluationLevel.Good, cadre.EvaluationFor(2024, EvaluationTrack.Party)!.Level);
    }

    [Fact]
    public void Equals_CadresDifferingInAnyOneFact_AreNotEqual()
    {
        var post = new PositionHeld("Chủ tịch", "UBND xã A", OrganisationalLevel.Commune, new LocalDate(2021, 7, 1));
        var record = new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2022, 3, 1));
        var evaluation = new EvaluationRecord(2024, EvaluationTrack.Party, EvaluationLevel.Good);
        var membership = new PartyMembership(new LocalDate(2000, 5, 19));
        Cadre Make(
            string id = "a", Sex sex = Sex.Female, BirthDate? birth = null, bool minority = true, string? home = "Hà Nội",
            PartyMembership? party = null, PositionHeld[]? positions = null, DisciplineRecord[]? discipline = null,
            EvaluationRecord[]? evaluations = null, string? name = "Nguyễn Thị B") =>
            new(id, sex, birth ?? Birth, minority, home, party ?? membership, positions ?? [post], discipline ?? [record], evaluations ?? [evaluation], name);

        Cadre reference = Make();
        Assert.Equal(reference, Make());
        Assert.True(reference.Equals((object)Make()));

        Cadre[] variants =
        [
            Make(id: "b"),
            Make(sex: Sex.Male),
            Make(birth: BirthDate.Of(1975, 6, 16)),
            Make(birth: BirthDate.OfMonth(1975, 6)),
            Make(minority: false),
            Make(home: "Huế"),
            Make(party: new PartyMembership(new LocalDate(2001, 5, 19))),
            Make(positions: [post, new PositionHeld("Bí thư", "Đảng ủy xã A", OrganisationalLevel.Commune, new LocalDate(2021, 7, 1))]),
            Make(positions: [new PositionHeld("Chủ tịch", "UBND xã B", OrganisationalLevel.Commune, new LocalDate(2021, 7, 1))]),
            Make(discipline: [new DisciplineRecord(DisciplineForm.Warning, DisciplineTrack.Party, new LocalDate(2022, 3, 1))]),
            Make(evaluations: [new EvaluationRecord(2024, EvaluationTrack.Party, EvaluationLevel.Excellent)]),
            Make(name: "Nguyễn Thị C"),
        ];

        foreach (Cadre variant in variants)
        {
            Assert.False(reference.Equals(variant), $"{variant} should differ from {reference}");
            Assert.False(variant.Equals(reference), $"{reference} should differ from {variant}");
        }

        Assert.False(reference.Equals(null));
        Assert.False(reference.Equals((object?)null));
    }

    [Fact]
    public void Constructor_SamePostSharingOneDay_Overlaps()
    {
        var first = new PositionHeld("Phó Bí thư", "Đảng ủy xã A", OrganisationalLevel.Commune, new LocalDate(2020, 1, 1), new LocalDate(2022, 12, 31));
        var next = new PositionHeld("Phó Bí thư", "Đảng ủy xã A", OrganisationalLevel.Commune, new LocalDate(2022, 12, 31), new LocalDate(2023, 12, 31));
        var dayAfter = new PositionHeld("Phó Bí thư", "Đảng ủy xã A", OrganisationalLevel.Commune, new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31));

        Assert.Throws<InvalidInputException>("positions", () => new Cadre("a", Sex.Male, Birth, positions: [first, next]));
        Assert.Equal(new[] { first, dayAfter }, new Cadre("a", Sex.Male, Birth, positions: [dayAfter, first]).Positions);
    }

    [Fact]
    public void Constructor_SamePostInsideAnOpenOne_Overlaps()
    {
        var open = new PositionHeld("Phó Bí thư", "Đảng ủy xã A", OrganisationalLevel.Commune, new LocalDate(2020, 1, 1));
        var inside = new PositionHeld("Phó Bí thư", "Đảng ủy xã A", OrganisationalLevel.Commune, new LocalDate(2021, 1, 1), new LocalDate(2021, 6, 30));

        Assert.Throws<InvalidInputException>("positions", () => new Cadre("a", Sex.Male, Birth, positions: [open, inside]));
        Assert.Throws<InvalidInputException>("positions", () => new Cadre("a", Sex.Male, Birth, positions: [inside, open]));
    }

    [Fact]
    public void Constructor_SamePostStartingTheSameDay_OverlapsWhateverTheirLength()
    {
        var oneDay = new PositionHeld("Phó Bí thư", "Đảng ủy xã A", OrganisationalLevel.Commune, new LocalDate(2022, 1, 1), new LocalDate(2022, 1, 1));
        var quarter = new PositionHeld("Phó Bí thư", "Đảng ủy xã A", OrganisationalLevel.Commune, new LocalDate(2022, 1, 1), new LocalDate(2022, 3, 31));

        Assert.Throws<InvalidInputException>("positions", () => new Cadre("a", Sex.Male, Birth, positions: [oneDay, quarter]));
        Assert.Throws<InvalidInputException>("positions", () => new Cadre("a", Sex.Male, Birth, positions: [quarter, oneDay]));
    }

    private static IEnumerable<T[]> Permutations<T>(T[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (int i = 0; i < items.Length; i++)
        {
            T[] rest = [.. items.Take(i), .. items.Skip(i + 1)];
            foreach (T[] tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }
}
