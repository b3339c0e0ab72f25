using System.Linq;
using CadreRules.Appointment;
using CadreRules.People;
using CadreRules.Rotation;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CadreRules.Tests;

/// <summary>Generators for the rotation, position-change and appointment families.</summary>
public static partial class Arbitraries
{
    private static readonly LocalDate RotationBase = new(2026, 1, 1);

    /// <summary>A birth month between 1962 and 1995.</summary>
    public static Gen<YearMonth> BirthMonths() =>
        from year in Gen.Choose(1962, 1995)
        from month in Gen.Choose(1, 12)
        select new YearMonth(year, month);

    /// <summary>A discipline record decided between 2022 and 2026.</summary>
    public static Gen<DisciplineRecord> DisciplineRecords() =>
        from form in Gen.Elements(DisciplineForm.Reprimand, DisciplineForm.Warning, DisciplineForm.SalaryStepReduction, DisciplineForm.Demotion, DisciplineForm.Dismissal)
        from track in Gen.Elements(DisciplineTrack.Party, DisciplineTrack.Administrative)
        from days in Gen.Choose(0, 4 * 365)
        select new DisciplineRecord(form, track, new LocalDate(2022, 1, 1).PlusDays(days));

    /// <summary>A proposed rotation and a shift of the birth month later (more working time left), 0 to 60 months.</summary>
    public static Arbitrary<(RotationScenario Scenario, int LaterBirthMonths)> RotationScenarios() =>
        (from birth in BirthMonths()
         from sex in Gen.Elements(Sex.Male, Sex.Female)
         from startDays in Gen.Choose(0, 3 * 365)
         from planned in Gen.Choose(24, 48)
         from comparison in Gen.Elements(PostComparison.Lower, PostComparison.Equivalent, PostComparison.Higher)
         from flags in Gen.Choose(0, 31)
         from purpose in Gen.Elements(RotationPurpose.Training, RotationPurpose.NonLocalPolicy, RotationPurpose.TwoTermLimit)
         from later in Gen.Choose(0, 60)
         select (new RotationScenario(birth, sex, RotationBase.PlusDays(startDays), planned, comparison, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0, purpose, (flags & 16) != 0), later))
        .ToArbitrary();

    /// <summary>A proposed appointment: the person, the kind, the time in post and the records.</summary>
    public static Arbitrary<AppointmentScenario> AppointmentScenarios() =>
        (from birth in BirthMonths()
         from sex in Gen.Elements(Sex.Male, Sex.Female)
         from kind in Gen.Elements(AppointmentKind.First, AppointmentKind.Higher, AppointmentKind.EquivalentOrLower)
         from monthsInPost in Gen.Choose(0, 40)
         from planned in Gen.Elements(true, false, true)
         from discipline in Gen.ArrayOf(DisciplineRecords(), 3)
         from disciplineCount in Gen.Choose(0, 3)
         from extra in DisciplineRecords()
         from kht in Gen.Choose(2019, 2028)
         from later in Gen.Choose(0, 60)
         select new AppointmentScenario(birth, sex, kind, monthsInPost, planned, [.. discipline.Take(disciplineCount)], extra, kht, later))
        .ToArbitrary();

    /// <summary>A periodic position-change question with random grounds.</summary>
    public static Arbitrary<PositionChangeScenario> PositionChangeScenarios() =>
        (from birth in BirthMonths()
         from sex in Gen.Elements(Sex.Male, Sex.Female)
         from monthsInPost in Gen.Choose(0, 80)
         from sector in Gen.Elements(PositionChangeRegulation.Sectors.ToArray())
         from grounds in Gen.ArrayOf(Grounds(), 4)
         from groundCount in Gen.Choose(0, 4)
         select new PositionChangeScenario(birth, sex, monthsInPost, sector, [.. grounds.Take(groundCount)]))
        .ToArbitrary();

    private static Gen<DeferralGround> Grounds() =>
        from kind in Gen.Elements(System.Enum.GetValues<DeferralKind>())
        from startBack in Gen.Choose(0, 48)
        from length in Gen.Choose(1, 30)
        from open in Gen.Elements(false, false, true)
        select kind == DeferralKind.FullTimeStudy || !open
            ? new DeferralGround(kind, PositionChangeScenario.AsOf.PlusMonths(-startBack), PositionChangeScenario.AsOf.PlusMonths(-startBack + length))
            : new DeferralGround(kind, PositionChangeScenario.AsOf.PlusMonths(-startBack));

    /// <summary>A generated rotation.</summary>
    public sealed record RotationScenario(YearMonth Birth, Sex Sex, LocalDate Start, int PlannedMonths, PostComparison Comparison, bool InPlanning, bool UnderReview, bool Outstanding, bool NewTitle, RotationPurpose Purpose, bool Decision)
    {
        /// <summary>Builds the facts, with the birth month moved <paramref name="laterBirthMonths"/> later.</summary>
        public RotationCase Build(int laterBirthMonths = 0)
        {
            YearMonth birth = Birth.PlusMonths(laterBirthMonths);
            var cadre = new Cadre(new CadreId("g"), Sex, BirthDate.OfMonth(birth.Year, birth.Month));
            return new RotationCase(cadre, Start, Start.PlusMonths(PlannedMonths).PlusDays(-1), OrganisationalLevel.Provincial, OrganisationalLevel.Commune, false, Comparison, InPlanning, UnderReview, Outstanding, NewTitle, Purpose, Decision ? "quyết định đặc biệt" : null);
        }
    }

    /// <summary>A generated appointment.</summary>
    public sealed record AppointmentScenario(YearMonth Birth, Sex Sex, AppointmentKind Kind, int MonthsInPost, bool Planned, DisciplineRecord[] Discipline, DisciplineRecord Extra, int KhtYear, int LaterBirthMonths)
    {
        /// <summary>The dossier date.</summary>
        public static readonly LocalDate Dossier = new(2026, 6, 15);

        /// <summary>Builds the facts.</summary>
        public AppointmentCase Build(int laterBirthMonths = 0, bool withExtra = false, bool reversed = false)
        {
            YearMonth birth = Birth.PlusMonths(laterBirthMonths);
            var post = new PositionHeld("Trưởng phòng", "Sở Nội vụ", OrganisationalLevel.Provincial, Dossier.PlusMonths(-MonthsInPost));
            DisciplineRecord[] records = withExtra ? [.. Discipline, Extra] : Discipline;
            if (reversed)
            {
                records = [.. records.Reverse()];
            }

            EvaluationRecord[] evaluations = [new(KhtYear, EvaluationTrack.Party, EvaluationLevel.NotComplete), new(KhtYear + 1, EvaluationTrack.Party, EvaluationLevel.Good)];
            if (reversed)
            {
                evaluations = [.. evaluations.Reverse()];
            }

            var cadre = new Cadre(new CadreId("g"), Sex, BirthDate.OfMonth(birth.Year, birth.Month), positions: [post], discipline: records, evaluations: evaluations);
            return new AppointmentCase(cadre, Kind, Dossier, Planned, Kind == AppointmentKind.First ? null : post);
        }
    }

    /// <summary>A generated position-change question.</summary>
    public sealed record PositionChangeScenario(YearMonth Birth, Sex Sex, int MonthsInPost, string Sector, DeferralGround[] Grounds)
    {
        /// <summary>The date asked.</summary>
        public static readonly LocalDate AsOf = new(2026, 6, 15);

        /// <summary>Builds the facts, optionally with the grounds in reverse order.</summary>
        public PositionChangeCase Build(bool reversed = false)
        {
            var post = new PositionHeld("Kế toán", "Sở Tài chính", OrganisationalLevel.Provincial, AsOf.PlusMonths(-MonthsInPost), isLeadership: false);
            var cadre = new Cadre(new CadreId("g"), Sex, BirthDate.OfMonth(Birth.Year, Birth.Month), positions: [post]);
            return new PositionChangeCase(cadre, post, Sector, AsOf, reversed ? Grounds.Reverse() : Grounds);
        }
    }
}
