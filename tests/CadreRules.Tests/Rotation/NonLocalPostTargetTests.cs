using System;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.People;
using CadreRules.Rotation;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CadreRules.Tests.Impact.ImpactTesting;

namespace CadreRules.Tests.Rotation;

/// <summary>Non-local targets per post kind and level (CT 45-CT/TW: provincial secretaries "basically" non-local, the
/// commune level to "strive to basically" complete), with their deadlines and progress.</summary>
public class NonLocalPostTargetTests
{
    private static KeyPostHolder Holder(string unit, KeyPostKind kind, OrganisationalLevel level, bool local) =>
        new(unit, kind, local ? new LocalityTies(true, true, 0) : LocalityTies.None) { Level = level };

    private static KeyPostSurvey Survey(LocalDate on, params KeyPostHolder[] holders) => new(on, holders);

    private static KeyPostHolder[] Provinces(int total, int nonLocal) =>
        [.. Enumerable.Range(0, total).Select(i => Holder("T" + i, KeyPostKind.Secretary, OrganisationalLevel.Provincial, i >= nonLocal))];

    [Fact]
    public void Defaults_AreNamedUnconfirmedParameters_CitingCt45()
    {
        foreach (ParameterDefinition p in new ParameterDefinition[] { RotationRegulation.ProvincialSecretaryTarget, RotationRegulation.ProvincialSecretaryDeadlineYear, RotationRegulation.CommuneSecretaryTarget, RotationRegulation.CommuneSecretaryDeadlineYear })
        {
            Assert.Equal(Confidence.Unconfirmed, p.Confidence);
            Assert.Contains("45-CT/TW", p.Citation!.Document.Number, StringComparison.Ordinal);
            Assert.Contains(p, RotationRegulation.Qd65.Parameters.Schema);
        }

        Assert.Equal(Share.One, RotationRegulation.Qd65.Parameters.Get(RotationRegulation.ProvincialSecretaryTarget));
        Assert.Equal(2025, RotationRegulation.Qd65.Parameters.Get(RotationRegulation.ProvincialSecretaryDeadlineYear));
        Assert.Equal(2030, RotationRegulation.Qd65.Parameters.Get(RotationRegulation.CommuneSecretaryDeadlineYear));
    }

    [Fact]
    public void ProvincialSecretaries_34Of34_AheadOfSchedule_33Of34_PendingOnTheDeadlineDay_MissedTheDayAfter()
    {
        NonLocalPostReport all = Assert.Single(RotationRegulation.Qd65.MeasureNonLocalByPost(Survey(new LocalDate(2025, 10, 22), Provinces(34, 34))));
        Assert.Equal((KeyPostKind.Secretary, OrganisationalLevel.Provincial, 34, 34), (all.Kind, all.Level, all.NonLocal, all.Total));
        Assert.Equal(NonLocalProgress.MetByDeadline, all.ProgressOn(new LocalDate(2025, 10, 22)));

        NonLocalPostReport short1 = Assert.Single(RotationRegulation.Qd65.MeasureNonLocalByPost(Survey(new LocalDate(2025, 12, 31), Provinces(34, 33))));
        Assert.Equal((false, 1L), (short1.MeetsTarget, short1.Shortfall));
        Assert.Equal(new LocalDate(2025, 12, 31), short1.Deadline);
        Assert.Equal(NonLocalProgress.Pending, short1.ProgressOn(new LocalDate(2025, 12, 31)));
        Assert.Equal(NonLocalProgress.Missed, short1.ProgressOn(new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void EachPostKindAtEachLevel_IsItsOwnDenominator_ChairsHaveNoTarget()
    {
        ImmutableArray<NonLocalPostReport> parts = RotationRegulation.Qd65.MeasureNonLocalByPost(Survey(new LocalDate(2026, 3, 1),
            Holder("Xã A", KeyPostKind.Chair, OrganisationalLevel.Commune, false),
            Holder("Xã A", KeyPostKind.Secretary, OrganisationalLevel.Commune, true),
            Holder("Xã B", KeyPostKind.Secretary, OrganisationalLevel.Commune, false),
            Holder("Tỉnh X", KeyPostKind.Secretary, OrganisationalLevel.Provincial, false)));

        Assert.Equal(
            [(OrganisationalLevel.Provincial, KeyPostKind.Secretary, 1, 1), (OrganisationalLevel.Commune, KeyPostKind.Secretary, 1, 2), (OrganisationalLevel.Commune, KeyPostKind.Chair, 1, 1)],
            parts.Select(p => (p.Level, p.Kind, p.NonLocal, p.Total)));
        NonLocalPostReport chairs = parts[2];
        Assert.Null(chairs.Target);
        Assert.Null(chairs.MeetsTarget);
        Assert.Null(chairs.Shortfall);
        Assert.Null(chairs.ProgressOn(new LocalDate(2026, 3, 1)));
        Assert.Equal(Share.Of(1, 2), parts[1].Share);
        Assert.Equal(new LocalDate(2030, 12, 31), parts[1].Deadline);
        Assert.Equal(NonLocalProgress.Pending, parts[1].ProgressOn(new LocalDate(2026, 3, 1)));
    }

    [Fact]
    public void AProvince_SetsItsOwnTargetAndYear_CitedToItsDocument()
    {
        LocalVariant variant = Variant(RotationRegulation.Qd65.Id.Value, RotationRegulation.Qd65.Period.Start,
            ("nonLocal.communeSecretary.targetShare", ParameterValue.FromShare(Share.Percent(50))),
            ("nonLocal.communeSecretary.deadlineYear", ParameterValue.FromInteger(2027)));
        var regulation = (RotationRegulation)RotationRegulation.Qd65.WithVariant(variant);

        NonLocalPostReport part = Assert.Single(regulation.MeasureNonLocalByPost(Survey(new LocalDate(2027, 6, 1),
            Holder("Xã A", KeyPostKind.Secretary, OrganisationalLevel.Commune, false),
            Holder("Xã B", KeyPostKind.Secretary, OrganisationalLevel.Commune, true))));

        Assert.Equal((Share.Percent(50), new LocalDate(2027, 12, 31), true), (part.Target!.Value, part.Deadline!.Value, part.MeetsTarget!.Value));
        Assert.Equal(variant.Citation.Document, part.Citation!.Document);
        Assert.Equal(NonLocalProgress.MetByDeadline, part.ProgressOn(new LocalDate(2027, 6, 1)));
    }

    [Fact]
    public void Level_Undefined_IsRefused_AndCommuneIsTheDefault()
    {
        Assert.Equal(OrganisationalLevel.Commune, new KeyPostHolder("Xã A", KeyPostKind.Chair, LocalityTies.None).Level);
        Assert.Throws<InputOutOfRangeException>("Level", () => new KeyPostHolder("Xã A", KeyPostKind.Chair, LocalityTies.None) { Level = (OrganisationalLevel)99 });
        Assert.Throws<ArgumentNullException>("survey", () => RotationRegulation.Qd65.MeasureNonLocalByPost(null!));
    }

    [Property(MaxTest = 300)]
    public Property TargetMet_IsMonotoneInTheNonLocalCount_AndShortfallIsZeroExactlyWhenMet() =>
        Prop.ForAll(Gen.Choose(1, 40).ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (total, count, percent) =>
        {
            int nonLocal = Math.Min(count, total);
            LocalVariant variant = Variant(RotationRegulation.Qd65.Id.Value, RotationRegulation.Qd65.Period.Start,
                ("nonLocal.provincialSecretary.targetShare", ParameterValue.FromShare(Share.Percent(percent))));
            var regulation = (RotationRegulation)RotationRegulation.Qd65.WithVariant(variant);
            var on = new LocalDate(2025, 6, 1);
            NonLocalPostReport part = Assert.Single(regulation.MeasureNonLocalByPost(Survey(on, Provinces(total, nonLocal))));
            bool oneMoreMet = nonLocal == total || Assert.Single(regulation.MeasureNonLocalByPost(Survey(on, Provinces(total, nonLocal + 1)))).MeetsTarget == true;
            bool exact = part.MeetsTarget == (nonLocal * 100L >= percent * (long)total);
            return exact && (part.MeetsTarget != true || oneMoreMet) && ((part.Shortfall == 0) == (part.MeetsTarget == true)) && part.Share == Share.Of(nonLocal, total);
        });
}
