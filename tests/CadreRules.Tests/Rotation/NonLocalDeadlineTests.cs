using System.Collections.Immutable;
using System.Linq;
using CadreRules.Localization;
using CadreRules.Rotation;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CadreRules.Tests.Impact.ImpactTesting;

namespace CadreRules.Tests.Rotation;

/// <summary>The non-local target's deadline and progress, and the secretaries' years in one place (CT 45-CT/TW).</summary>
public class NonLocalDeadlineTests
{
    private static readonly LocalDate Deadline = new(2025, 12, 31);

    private static KeyPostHolder Holder(string unit, KeyPostKind kind, bool local, LocalDate? since = null) =>
        new(unit, kind, local ? new LocalityTies(true, true, 0) : LocalityTies.None) { InPostSince = since };

    // Half of the posts non-local: exactly the shipped 50% target.
    private static NonLocalShareReport HalfNonLocal(RotationRegulation regulation) =>
        regulation.MeasureNonLocalShare([Holder("Xã A", KeyPostKind.Secretary, false), Holder("Xã A", KeyPostKind.Chair, true)]);

    [Fact]
    public void Progress_TheDeadlineDayIsInTime_TheNextDayIsNot()
    {
        NonLocalShareReport met = HalfNonLocal(RotationRegulation.Qd65);
        NonLocalShareReport notMet = RotationRegulation.Qd65.MeasureNonLocalShare([Holder("Xã A", KeyPostKind.Secretary, true)]);

        Assert.Equal(Deadline, met.Deadline);
        Assert.Equal(NonLocalProgress.MetByDeadline, met.ProgressOn(Deadline));
        Assert.Equal(NonLocalProgress.MetAfterDeadline, met.ProgressOn(Deadline.PlusDays(1)));
        Assert.Equal(NonLocalProgress.Pending, notMet.ProgressOn(Deadline));
        Assert.Equal(NonLocalProgress.Missed, notMet.ProgressOn(Deadline.PlusDays(1)));
    }

    [Fact]
    public void Deadline_SetByAProvince_CitesTheProvincesDocument()
    {
        LocalVariant variant = Variant(RotationRegulation.Qd65.Id.Value, RotationRegulation.Qd65.Period.Start, ("nonLocal.deadlineYear", ParameterValue.FromInteger(2024)));
        var regulation = (RotationRegulation)RotationRegulation.Qd65.WithVariant(variant);

        NonLocalShareReport report = HalfNonLocal(regulation);

        Assert.Equal(new LocalDate(2024, 12, 31), report.Deadline);
        Assert.Equal(variant.Citation.Document, report.DeadlineCitation.Document);
        Assert.Equal(NonLocalProgress.MetAfterDeadline, report.ProgressOn(new LocalDate(2025, 1, 1)));
    }

    [Property(MaxTest = 300)]
    public Property Progress_IsInTimeExactlyUpToTheDeadline_AndMetExactlyWhenTheTargetIs() =>
        Prop.ForAll(Gen.Choose(0, 6).ToArbitrary(), Gen.Choose(0, 6).ToArbitrary(), Gen.Choose(-800, 800).ToArbitrary(), (nonLocal, local, offset) =>
        {
            KeyPostHolder[] holders =
            [
                .. Enumerable.Range(0, nonLocal).Select(i => Holder("N" + i, KeyPostKind.Secretary, false)),
                .. Enumerable.Range(0, local).Select(i => Holder("L" + i, KeyPostKind.Secretary, true)),
            ];
            NonLocalShareReport report = RotationRegulation.Qd65.MeasureNonLocalShare(holders);
            NonLocalProgress progress = report.ProgressOn(Deadline.PlusDays(offset));
            bool inTime = progress is NonLocalProgress.Pending or NonLocalProgress.MetByDeadline;
            bool met = progress is NonLocalProgress.MetByDeadline or NonLocalProgress.MetAfterDeadline;
            return inTime == (offset <= 0) && met == report.MeetsTarget;
        });

    [Fact]
    public void SecretaryTenure_EightWholeYearsIsDue_ADayLessIsNot_ChairsAndUndatedAreNotChecked()
    {
        var on = new LocalDate(2025, 10, 1);
        var survey = new KeyPostSurvey(on,
        [
            Holder("Xã A", KeyPostKind.Secretary, true, on.PlusYears(-8)),
            Holder("Xã B", KeyPostKind.Secretary, true, on.PlusYears(-8).PlusDays(1)),
            Holder("Xã B", KeyPostKind.Chair, true, on.PlusYears(-20)),
            Holder("Xã C", KeyPostKind.Secretary, true),
        ]);

        ImmutableArray<Finding> tenure = RotationRegulation.Qd65.SecretaryTenure(survey);

        Assert.Equal(2, tenure.Length);
        Assert.Equal([FindingStatus.NotSatisfied, FindingStatus.Satisfied], tenure.Select(f => f.Status));
        Assert.Equal(Severity.Advisory, tenure[0].Severity);
        Assert.Equal("Đã giữ chức bí thư ở Xã A từ 01/10/2017: 8 năm, từ 8 năm trở lên: cần bố trí sang nơi khác",
            new FindingRenderer(Language.Vietnamese).Text(tenure[0]));
        Assert.Equal("Secretary of Xã B since 02/10/2017: 7 years, under 8", new FindingRenderer(Language.English).Text(tenure[1]));
    }

    [Fact]
    public void SecretaryTenure_SetByAProvince_IsCitedToTheProvince_AndDecidesWithItsNumber()
    {
        var on = new LocalDate(2025, 10, 1);
        LocalVariant variant = Variant(RotationRegulation.Qd65.Id.Value, RotationRegulation.Qd65.Period.Start, ("nonLocal.secretaryMaxYearsInPlace", ParameterValue.FromInteger(5)));
        var regulation = (RotationRegulation)RotationRegulation.Qd65.WithVariant(variant);

        Finding tenure = Assert.Single(regulation.SecretaryTenure(new KeyPostSurvey(on, [Holder("Xã A", KeyPostKind.Secretary, true, on.PlusYears(-5))])));

        Assert.Equal(FindingStatus.NotSatisfied, tenure.Status);
        Assert.Equal(variant.Citation.Document, tenure.Citation!.Document);
        Assert.Equal(FindingStatus.Satisfied, Assert.Single(RotationRegulation.Qd65.SecretaryTenure(new KeyPostSurvey(on, [Holder("Xã A", KeyPostKind.Secretary, true, on.PlusYears(-5))]))).Status);
    }

    [Fact]
    public void Survey_AHolderWhoTookThePostAfterItsDate_IsRefused()
    {
        var on = new LocalDate(2025, 10, 1);

        Assert.Equal("holders", Assert.Throws<InvalidInputException>(() => new KeyPostSurvey(on, [Holder("Xã A", KeyPostKind.Secretary, true, on.PlusDays(1))])).ParamName);
        Assert.Single(new KeyPostSurvey(on, [Holder("Xã A", KeyPostKind.Secretary, true, on)]).Holders);
    }
}
