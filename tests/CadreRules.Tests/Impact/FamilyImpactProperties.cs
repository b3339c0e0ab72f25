using System;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.Impact;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Retirement;
using CadreRules.Rotation;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CadreRules.Tests.Impact.ImpactTesting;

namespace CadreRules.Tests.Impact;

/// <summary>The impact adapters of the rotation, appointment, planning and retirement families: a side compared with
/// itself is empty, and comparing the sides the other way round is the reverse.</summary>
public class FamilyImpactProperties
{
    private static readonly Lazy<ImpactSide[]> RotationSides = new(() =>
    [
        new ImpactSide(ShippedRegulations.Catalog),
        ById("rotation-qd98"),
        ById("rotation-qd65"),
        new ImpactSide(ShippedRegulations.Catalog.WithVariant(Variant("rotation-qd65", new LocalDate(2022, 4, 28),
            ("serviceLeft.minMonths", ParameterValue.FromInteger(60)), ("duration.minMonths", ParameterValue.FromInteger(24))))),
        new ImpactSide(ShippedRegulations.Catalog.WithVariant(Variant("rotation-qd65", new LocalDate(2022, 4, 28),
            ("disciplinaryReview.bars", ParameterValue.FromBoolean(false))))),
    ]);

    private static readonly Lazy<ImpactSide[]> AppointmentSides = new(() =>
    [
        ById("appointment-qd80"),
        ById("appointment-qd377"),
        new ImpactSide(ShippedRegulations.Catalog, RegulationSelector.InForceOnDate(new LocalDate(2026, 1, 1))),
        new ImpactSide(
            ShippedRegulations.Catalog.WithVariant(Variant("appointment-qd377", new LocalDate(2025, 10, 8), ("timeInPost.minMonths", ParameterValue.FromInteger(36)))),
            RegulationSelector.ById(new RegulationId("appointment-qd377-test"))),
    ]);

    private static readonly Lazy<ImpactSide[]> PlanningSides = new(() =>
    [
        ById("planning-term2020"),
        ById("planning-qd50"),
        ById("planning-qd377"),
        new ImpactSide(ShippedRegulations.Catalog),
        new ImpactSide(ShippedRegulations.Catalog.WithVariant(Variant("planning-qd377", new LocalDate(2025, 10, 8), ("candidates.maximumPerTitle", ParameterValue.FromInteger(2))))),
    ]);

    private static readonly Lazy<ImpactSide[]> RetirementSides = new(() =>
    [
        new ImpactSide(ShippedRegulations.Catalog),
        new ImpactSide(ShippedRegulations.Catalog, RegulationSelector.InForceOnDate(new LocalDate(2030, 1, 1))),
        RotationSides.Value[3],
    ]);

    private static Arbitrary<(ImpactSide A, ImpactSide B)> Sides(Lazy<ImpactSide[]> sides) =>
        (from a in Gen.Choose(0, sides.Value.Length - 1)
         from b in Gen.Choose(0, sides.Value.Length - 1)
         select (sides.Value[a], sides.Value[b])).ToArbitrary();

    private static Arbitrary<RotationCase[]> Rotations() => Arbitraries.RotationRequests().ArrayOf().Select(a => a.Take(8).ToArray()).ToArbitrary();

    private static Arbitrary<AppointmentCase[]> Appointments() => Arbitraries.AppointmentRequests().ArrayOf().Select(a => a.Take(8).ToArray()).ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Rotation_SideWithItself_IsEmpty() =>
        Prop.ForAll(Rotations(), Sides(RotationSides), (requests, sides) =>
            IsEmptyImpact(RotationImpact.Compare(requests, sides.A, sides.A), requests.Length));

    [Property(MaxTest = 60)]
    public Property Rotation_OtherWayRound_IsTheReverse() =>
        Prop.ForAll(Rotations(), Sides(RotationSides), (requests, sides) =>
            Describe(RotationImpact.Compare(requests, sides.B, sides.A)) == Describe(RotationImpact.Compare(requests, sides.A, sides.B).Reverse()));

    [Property(MaxTest = 60)]
    public Property Appointment_SideWithItself_IsEmpty() =>
        Prop.ForAll(Appointments(), Sides(AppointmentSides), (dossiers, sides) =>
            IsEmptyImpact(AppointmentImpact.Compare(dossiers, sides.A, sides.A), dossiers.Length));

    [Property(MaxTest = 60)]
    public Property Appointment_OtherWayRound_IsTheReverse() =>
        Prop.ForAll(Appointments(), Sides(AppointmentSides), (dossiers, sides) =>
            Describe(AppointmentImpact.Compare(dossiers, sides.B, sides.A)) == Describe(AppointmentImpact.Compare(dossiers, sides.A, sides.B).Reverse()));

    [Property(MaxTest = 60)]
    public Property Planning_SideWithItself_IsEmpty() =>
        Prop.ForAll(Arbitraries.PlanningCases(), Sides(PlanningSides), (planning, sides) =>
            IsEmptyImpact(PlanningImpact.Compare(planning.List, sides.A, sides.A), planning.List.Entries.Length)
            && IsEmptyImpact(PlanningImpact.CompareTitles(planning.List, sides.A, sides.A), planning.List.Titles.Length));

    [Property(MaxTest = 60)]
    public Property Planning_OtherWayRound_IsTheReverse() =>
        Prop.ForAll(Arbitraries.PlanningCases(), Sides(PlanningSides), (planning, sides) =>
            Describe(PlanningImpact.Compare(planning.List, sides.B, sides.A)) == Describe(PlanningImpact.Compare(planning.List, sides.A, sides.B).Reverse())
            && Describe(PlanningImpact.CompareTitles(planning.List, sides.B, sides.A)) == Describe(PlanningImpact.CompareTitles(planning.List, sides.A, sides.B).Reverse()));

    [Property(MaxTest = 60)]
    public Property Planning_ReportsTitleStatus_MatchesTheCounts() =>
        Prop.ForAll(Arbitraries.PlanningCases(), planning =>
        {
            PlanningReport report = planning.Regulation.Validate(planning.List);
            return report.Titles.All(t => PlanningImpact.Status(t) switch
            {
                PlanningTitleStatus.WithinBounds => t.EligibleCount >= t.Minimum && t.Candidates.Length <= t.Maximum,
                PlanningTitleStatus.TooFew => t.EligibleCount < t.Minimum && t.Candidates.Length <= t.Maximum,
                PlanningTitleStatus.TooMany => t.EligibleCount >= t.Minimum && t.Candidates.Length > t.Maximum,
                _ => t.EligibleCount < t.Minimum && t.Candidates.Length > t.Maximum,
            });
        });

    [Property(MaxTest = 40)]
    public Property Retirement_AnyTwoSides_IsEmptyAndItsOwnReverse() =>
        Prop.ForAll(Arbitraries.Rosters().ToArbitrary(), Sides(RetirementSides), (roster, sides) =>
        {
            RuleChangeImpact<LocalDate> impact = RetirementImpact.Compare(roster, sides.A, sides.B);
            return IsEmptyImpact(impact, roster.Cadres.Length)
                && Describe(RetirementImpact.Compare(roster, sides.B, sides.A)) == Describe(impact.Reverse())
                && impact.Transitions.All(t => roster.Cadres.Count(c => RetirementSchedule.For(c).RetirementDate == t.Before) == t.Count);
        });
}
