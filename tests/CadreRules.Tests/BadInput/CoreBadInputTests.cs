using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Retirement;
using CadreRules.Rotation;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CadreRules.Tests.Planning.PlanningFixtures;

namespace CadreRules.Tests.BadInput;

/// <summary>Issue #17, library side: inputs found by fuzzing that crashed or were silently accepted.</summary>
public class CoreBadInputTests
{
    private static Cadre Person(string id = "MKT-001", int year = 1975, IEnumerable<PositionHeld>? positions = null) =>
        new(id, Sex.Male, BirthDate.OfYear(year), positions: positions);

    private static RotationCase Rotation(LocalDate start, LocalDate plannedEnd) =>
        new(Person(), start, plannedEnd, OrganisationalLevel.Provincial, OrganisationalLevel.Commune, false, PostComparison.Equivalent, true);

    // ---- counts: seats ----------------------------------------------------------------------

    [Theory]
    [InlineData(715827883, PlanningTitleKind.Leadership)]        // crashed `plan`: 3 × seats overflowed
    [InlineData(1431655765, PlanningTitleKind.CommitteeMembership)] // crashed `plan`: seats × 1.5 rounded overflowed
    [InlineData(1001, PlanningTitleKind.Leadership)]
    [InlineData(0, PlanningTitleKind.Leadership)]
    [InlineData(-5, PlanningTitleKind.CommitteeMembership)]
    public void PlanningTitle_SeatsOutsideOneToMaxSeats_IsRefusedNamingTheField(int seats, PlanningTitleKind kind)
    {
        InputOutOfRangeException error = Assert.Throws<InputOutOfRangeException>(() => Title("T", seats, kind: kind));

        Assert.Equal("seats", error.Field);
        Assert.Equal("seats", error.ParamName);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"Title 'T': {seats} seats; a title has 1 to 1000 seats."), error.Message);
    }

    [Fact]
    public void PlanningTitle_MaxSeats_GivesBoundsWithoutOverflow()
    {
        PlanningTitle leadership = Title("T", PlanningTitle.MaxSeats);
        PlanningTitle committee = Title("C", PlanningTitle.MaxSeats, kind: PlanningTitleKind.CommitteeMembership);

        Assert.Equal(3000, PlanningRegulations.Qd377.MaximumCandidates(leadership));
        Assert.Equal(1500, PlanningRegulations.Qd377.MaximumCandidates(committee));
        Assert.Equal(1000, PlanningRegulations.Qd377.MinimumCandidates(committee));
        PlanningReport report = PlanningRegulations.Qd377.Validate(List([leadership, committee], [Man("a")], [new("a", "T"), new("a", "C")]));
        Assert.Equal(3000, report.Title("T").Maximum);
    }

    // ---- dates: one range for the domain --------------------------------------------------

    [Fact]
    public void BirthDate_FullDateAfter2200_IsRefusedLikeTheOtherForms()
    {
        // "9938-01-01" crashed `retirement` (the yyyy-MM and yyyy forms already refused it).
        InputOutOfRangeException full = Assert.Throws<InputOutOfRangeException>(() => BirthDate.Of(new LocalDate(9938, 1, 1)));
        InputOutOfRangeException month = Assert.Throws<InputOutOfRangeException>(() => BirthDate.OfMonth(9938, 1));
        InputOutOfRangeException year = Assert.Throws<InputOutOfRangeException>(() => BirthDate.OfYear(9938));

        Assert.Equal("date", full.Field);
        Assert.Equal("The birth date 9938-01-01 is outside the dates the library accepts, 1900-01-01 to 2200-12-31.", full.Message);
        Assert.Equal("year", month.Field);
        Assert.Equal("year", year.Field);
        Assert.Equal("The birth year 9938 is outside the years the library accepts, 1900 to 2200.", year.Message);
    }

    [Fact]
    public void BirthDate_LastDay_RetirementArithmeticDoesNotOverflow()
    {
        var cadre = new Cadre("late", Sex.Male, BirthDate.Of(DomainCalendar.Latest));

        RetirementSchedule schedule = RetirementSchedule.For(cadre);

        Assert.Equal(new LocalDate(2262, 12, 31), schedule.RetirementDate);
        Assert.Equal(new LocalDate(2263, 1, 1), schedule.PensionStart);
    }

    [Fact]
    public void RotationCase_PlannedEndAtTheCalendarsEnd_IsRefusedNotCrashing()
    {
        // "plannedEnd": "9999-12-31" crashed `rotation` (end + 1 day overflowed the calendar).
        InputOutOfRangeException error = Assert.Throws<InputOutOfRangeException>(() => Rotation(new LocalDate(2026, 3, 1), new LocalDate(9999, 12, 31)));

        Assert.Equal("plannedEnd", error.Field);
        Assert.Equal("The field plannedEnd (9999-12-31) is outside the dates the library accepts, 1900-01-01 to 2200-12-31.", error.Message);
        Assert.Equal(["start"], new[] { Assert.Throws<InputOutOfRangeException>(() => Rotation(LocalDate.MinIsoValue, new LocalDate(2026, 1, 1))).Field });
    }

    [Fact]
    public void RotationCase_PlannedEndOnTheLastDay_IsAccepted()
    {
        RotationCase rotation = Rotation(new LocalDate(2190, 1, 1), DomainCalendar.Latest);

        Assert.Equal(132, rotation.PlannedMonths);
    }

    [Fact]
    public void EveryValueTypeHoldingADate_RefusesDatesOutsideTheRange()
    {
        LocalDate late = new(2201, 1, 1);
        LocalDate early = new(1899, 12, 31);
        var cases = new (string Field, Action Build)[]
        {
            ("start", () => _ = new PositionHeld("T", "U", OrganisationalLevel.Commune, early)),
            ("end", () => _ = new PositionHeld("T", "U", OrganisationalLevel.Commune, new LocalDate(2000, 1, 1), late)),
            ("partyMembership.admittedOn", () => _ = new Cadre("a", Sex.Male, BirthDate.OfYear(1975), partyMembership: new PartyMembership(late))),
            ("evaluations[1].year", () => _ = Person().WithEvaluations([new EvaluationRecord(2020, EvaluationTrack.Party, null), new EvaluationRecord(9999, EvaluationTrack.Party, EvaluationLevel.Good)])),
            ("records[0].year", () => _ = EvaluationHistory.Of([new EvaluationRecord(int.MinValue, EvaluationTrack.State, null)], EvaluationTrack.Party)),
            ("decidedOn", () => _ = new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, late)),
            ("violationYear", () => _ = new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2000, 1, 1), 1066)),
            ("start", () => _ = new DeferralGround(DeferralKind.SeriousIllness, late)),
            ("start", () => _ = EffectivePeriod.From(early)),
            ("end", () => _ = EffectivePeriod.Between(new LocalDate(2000, 1, 1), LocalDate.MaxIsoValue)),
            ("start", () => _ = new PlanningTerm(late)),
            ("date", () => _ = new PlanningList(late, new PlanningTerm(DomainCalendar.Latest), [], [], [])),
            ("ageReferenceMonth", () => _ = new PlanningList(ListDate, Term, [], [], [], new YearMonth(9999, 1))),
            ("dossierReceivedOn", () => _ = new CadreRules.Appointment.AppointmentCase(Person(), CadreRules.Appointment.AppointmentKind.First, late, true)),
        };

        foreach ((string field, Action build) in cases)
        {
            InputOutOfRangeException error = Assert.Throws<InputOutOfRangeException>(build);
            Assert.Equal(field, error.Field);
        }
    }

    [Fact]
    public void EvaluationInput_YearOrDateOutsideTheRange_IsRefusedAtTheField()
    {
        var tasks = new TaskCounts(10, 10, 10);
        var score = new ScoreCard(28, 64);

        Assert.Equal("year", Assert.Throws<EvaluationInputException>(() => new EvaluationInput { Year = 2201, EvaluatedOn = new LocalDate(2201, 12, 1), Role = EvaluationRole.NonLeader, Tasks = tasks, Score = score }).ParamName);
        Assert.Equal("evaluatedOn", Assert.Throws<EvaluationInputException>(() => new EvaluationInput { Year = 2200, EvaluatedOn = new LocalDate(2201, 1, 10), Role = EvaluationRole.NonLeader, Tasks = tasks, Score = score }).ParamName);
    }

    private static readonly Arbitrary<LocalDate> AnyDate =
        Gen.Choose(0, 3_652_058).Select(days => new LocalDate(1, 1, 1).PlusDays(days)).ToArbitrary();

    [Property]
    public Property BirthDate_AnyDate_RoundTripsInsideTheRangeAndIsRefusedOutside() =>
        Prop.ForAll(AnyDate, date =>
        {
            bool inside = date >= new LocalDate(1900, 1, 1) && date <= new LocalDate(2200, 12, 31);
            if (inside)
            {
                BirthDate birth = BirthDate.Of(date);
                return birth.Date == date && birth.Precision == BirthDatePrecision.Day && DomainCalendar.Contains(date)
                    && RetirementSchedule.For(new Cadre("x", Sex.Female, birth)).RetirementDate > date;
            }

            try
            {
                _ = BirthDate.Of(date);
                return false;
            }
            catch (InputOutOfRangeException e)
            {
                return e.Field == "date" && !DomainCalendar.Contains(date);
            }
        });

    [Property]
    public Property RotationCase_AnyEnd_IsAcceptedInsideTheRangeAndRefusedOutside() =>
        Prop.ForAll(AnyDate, end =>
        {
            LocalDate start = new(2026, 1, 1);
            try
            {
                RotationCase rotation = Rotation(start, end);
                return end >= start && end <= DomainCalendar.Latest && rotation.PlannedMonths >= 0;
            }
            catch (InputOutOfRangeException e)
            {
                return e.Field == "plannedEnd" && (end < start || end > DomainCalendar.Latest);
            }
        });

    // ---- orderings the types did not check ------------------------------------------------

    [Fact]
    public void Cadre_PostStartingBeforeBirth_IsRefusedNamingThePost()
    {
        PositionHeld fine = new("Phó Chủ tịch", "UBND xã", OrganisationalLevel.Commune, new LocalDate(2010, 1, 1));
        PositionHeld early = new("Bí thư", "Đảng ủy xã", OrganisationalLevel.Commune, new LocalDate(1970, 6, 1));

        InputOutOfRangeException error = Assert.Throws<InputOutOfRangeException>(() => Person(year: 1975, positions: [fine, early]));

        Assert.Equal("positions[1].start", error.Field);
        Assert.Equal("Cadre 'MKT-001': the post 'Bí thư' starts on 1970-06-01, before the birth date 1975-01-01.", error.Message);
        Assert.Throws<InputOutOfRangeException>(() => Person(year: 1975).WithPositions([early]));
    }

    [Fact]
    public void Cadre_DisciplineDecidedBeforeBirth_IsRefused()
    {
        InputOutOfRangeException error = Assert.Throws<InputOutOfRangeException>(
            () => Person(year: 1975).WithDiscipline([new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(1974, 1, 1))]));

        Assert.Equal("discipline[0].decidedOn", error.Field);
    }

    // ---- quota: duplicate ids -------------------------------------------------------------

    [Fact]
    public void QuotaAllocator_DuplicateIds_AreRefusedNamingBothIndexes()
    {
        ImmutableArray<QuotaCandidate> candidates =
        [
            new("MKT-001", "U", "G", EvaluationLevel.Good, 80m),
            new("MKT-002", "U", "G", EvaluationLevel.Complete, 60m),
            new("mkt-001 ", "V", "G", EvaluationLevel.Excellent, 95m),
        ];

        QuotaInputException error = Assert.Throws<QuotaInputException>(() => QuotaAllocator.Allocate(QuotaRegime.Qd366, candidates));
        QuotaInputException parallel = Assert.Throws<QuotaInputException>(() => QuotaAllocator.AllocateParallel(QuotaRegime.Qd366, candidates));

        Assert.StartsWith("candidates[2]: the identifier 'mkt-001' is already given at candidates[0]", error.Message, StringComparison.Ordinal);
        Assert.Equal("candidates", error.ParamName);
        Assert.Equal(error.Message, parallel.Message);
        Assert.StartsWith("state[2]:", Assert.Throws<QuotaInputException>(() => QuotaAllocator.ComparePartyShare(candidates, [])).Message, StringComparison.Ordinal);
    }

    // ---- variants ---------------------------------------------------------------------------

    private static LocalVariant VariantOf(Regulation regulation, EffectivePeriod period) =>
        new(regulation.Id.Value + "-local", regulation.Id, new LocalizedText("Biến thể", "Variant"),
            new LegalDocument("QĐ 9-QĐ/TU", "Tỉnh ủy Z", new LocalDate(2012, 11, 5)).Whole(), period, new Dictionary<string, ParameterValue>());

    [Fact]
    public void Variant_StartingBeforeItsBase_IsAnErrorNotACut()
    {
        Regulation qd377 = PlanningRegulations.Qd377;
        LocalVariant variant = VariantOf(qd377, EffectivePeriod.From(new LocalDate(2012, 11, 5)));

        InputOutOfRangeException error = Assert.Throws<InputOutOfRangeException>(() => ShippedRegulations.Catalog.WithVariant(variant));

        Assert.Equal("period.start", error.Field);
        Assert.Equal("The local variant 'planning-qd377-local' starts on 2012-11-05, before 'planning-qd377' comes into force on 2025-10-08; a variant's dates must lie within its base's (from 2025-10-08).", error.Message);
    }

    [Fact]
    public void Variant_EndingAfterItsBaseOrOpenEnded_IsAnError()
    {
        Regulation closed = ShippedRegulations.Catalog.Regulations.First(r => r.Period.End is not null && r.Reference.DerivedFrom is null);
        LocalDate end = closed.Period.End!.Value;

        InputOutOfRangeException open = Assert.Throws<InputOutOfRangeException>(() => ShippedRegulations.Catalog.WithVariant(VariantOf(closed, EffectivePeriod.From(closed.Period.Start))));
        InputOutOfRangeException later = Assert.Throws<InputOutOfRangeException>(() => closed.WithVariant(VariantOf(closed, EffectivePeriod.Between(closed.Period.Start, end.PlusDays(1)))));

        Assert.Equal("period.end", open.Field);
        Assert.Contains("has no end", open.Message, StringComparison.Ordinal);
        Assert.Equal("period.end", later.Field);
        Regulation inside = closed.WithVariant(VariantOf(closed, EffectivePeriod.Between(closed.Period.Start, end)));
        Assert.Equal(closed.Period, inside.Period);
    }

    // ---- identifiers --------------------------------------------------------------------------

    [Theory]
    [InlineData("MKT-001 ")]
    [InlineData(" mkt-001")]
    [InlineData("Mkt-001\t")]
    public void CadreId_TrimmedAndCaseInsensitive_IsTheSameCadre(string spelling)
    {
        CadreId id = spelling;

        Assert.Equal(new CadreId("MKT-001"), id);
        Assert.True(id == "MKT-001");
        Assert.Equal(new CadreId("MKT-001").GetHashCode(), id.GetHashCode());
        Assert.Equal(0, id.CompareTo("MKT-001"));
        Assert.Equal(spelling.Trim(), id.Value);
    }

    [Fact]
    public void PlanningList_CandidatesDifferingOnlyInCaseOrSpaces_AreDuplicates()
    {
        PlanningListException error = Assert.Throws<PlanningListException>(() => List([Title("T")], [Man("MKT-001"), Man("mkt-001 ")], []));

        Assert.Equal("Two candidates have the cadre id 'mkt-001'.", error.Message.Split(" (Parameter")[0]);
        PlanningList list = List([Title("T")], [Man("MKT-001")], [new(" mkt-001", "T")]);
        Assert.Single(list.Entries);
    }

    [Theory]
    [InlineData(1899, 12, 31)]
    [InlineData(2201, 1, 1)]
    public void LegalDocument_SignedOutsideTheRange_IsRefusedAtSignedOn(int year, int month, int day)
    {
        InputOutOfRangeException e = Assert.Throws<InputOutOfRangeException>(() => new LegalDocument("QĐ 1", "X", new LocalDate(year, month, day)));
        Assert.Equal("signedOn", e.Field);
        Assert.Equal("1900-01-01", e.Minimum);
        Assert.Equal("2200-12-31", e.Maximum);
    }

    [Fact]
    public void EvaluationInput_PartyAdmissionBeforeTheRange_IsRefusedAtTheField()
    {
        EvaluationInputException e = Assert.Throws<EvaluationInputException>(() => new EvaluationInput { Year = 2025, EvaluatedOn = new LocalDate(2025, 12, 15), Role = EvaluationRole.NonLeader, Tasks = new TaskCounts(10, 10, 10), Score = new ScoreCard(25, 60), PartyAdmittedOn = new LocalDate(1899, 12, 31) });
        Assert.Equal("partyAdmittedOn", e.ParamName);
        Assert.StartsWith("The party admission date 1899-12-31 is outside the dates the library accepts", e.Message, StringComparison.Ordinal);
    }
}
