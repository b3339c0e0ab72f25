using System.Linq;
using CadreRules.Impact;
using CadreRules.Rotation;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CadreRules.Tests.Impact.ImpactTesting;

namespace CadreRules.Tests.Rotation;

/// <summary>The key-post survey, the non-local share's exactness and the impact of a rule change on it.</summary>
public class NonLocalSurveyTests
{
    private static readonly LocalDate Date = new(2024, 6, 1);

    private static KeyPostSurvey Survey() => new(Date,
    [
        new KeyPostHolder("Xã A", KeyPostKind.Secretary, new LocalityTies(false, false, 12)) { Name = "Người A1" },
        new KeyPostHolder("Xã A", KeyPostKind.Chair, new LocalityTies(true, true, 0)),
        new KeyPostHolder("Xã B", KeyPostKind.Secretary, LocalityTies.None),
    ], "Huyện thử");

    [Fact]
    public void Survey_SamePostOfAUnitTwice_ThrowsNamingHolders()
    {
        var holder = new KeyPostHolder("Xã A", KeyPostKind.Chair, LocalityTies.None);

        Assert.Equal("holders", Assert.Throws<InvalidInputException>(() => new KeyPostSurvey(Date, [holder, holder with { Name = "x" }])).ParamName);
    }

    [Fact]
    public void Subjects_NameTheUnitAndPost_InTheSurveysOrder()
    {
        ImpactSubject<KeyPostLocality>[] subjects = [.. NonLocalImpact.Subjects(Survey(), RotationRegulation.Qd65)];

        Assert.Equal(["Xã A / secretary", "Xã A / chair", "Xã B / secretary"], subjects.Select(s => s.Id.Value));
        Assert.Equal([KeyPostLocality.NonLocal, KeyPostLocality.Local, KeyPostLocality.NonLocal], subjects.Select(s => s.Outcome));
        Assert.Equal("Người A1", subjects[0].Name);
        Assert.Equal("secretary", subjects[0].Group);
    }

    [Fact]
    public void Compare_VariantCountingTenYears_MakesTheTwelveYearHolderLocal()
    {
        var variant = new ImpactSide(ShippedRegulations.Catalog.WithVariant(Variant("rotation-qd65", new LocalDate(2022, 4, 28), ("nonLocal.minYearsThere", ParameterValue.FromInteger(10)))));

        RuleChangeImpact<KeyPostLocality> impact = NonLocalImpact.Compare(Survey(), new ImpactSide(ShippedRegulations.Catalog), variant);

        ImpactChange<KeyPostLocality> change = Assert.Single(impact.Changes, c => c.OutcomeChanged);
        Assert.Equal(("Xã A / secretary", KeyPostLocality.NonLocal, KeyPostLocality.Local), (change.Id.Value, change.Before, change.After));
        Assert.Equal("rotation-qd65-test", change.AfterRegulation.Value);
    }

    [Fact]
    public void Regulation_BeforeAnyRotationRegulation_NotFound() =>
        Assert.Throws<RegulationNotFoundException>(() => NonLocalImpact.Regulation(new KeyPostSurvey(new LocalDate(2010, 1, 1), []), new ImpactSide(ShippedRegulations.Catalog)));

    private static Arbitrary<(bool[] NonLocal, int Target)> Holders() =>
        (from count in Gen.Choose(0, 60)
         from flags in Gen.Elements(true, false).ArrayOf(count)
         from target in Gen.Choose(0, 100)
         select (flags, target)).ToArbitrary();

    private static KeyPostHolder[] Make(bool[] nonLocal) =>
        [.. nonLocal.Select((n, i) => new KeyPostHolder("Xã " + (i / 2), (KeyPostKind)(i % 2), n ? LocalityTies.None : new LocalityTies(true, false, 0)))];

    private static RotationRegulation WithTarget(int percent) => (RotationRegulation)RotationRegulation.Qd65.WithVariant(Variant("rotation-qd65", new LocalDate(2022, 4, 28), ("nonLocal.targetShare", ParameterValue.FromShare(Share.Percent(percent)))));

    // The share is the exact fraction non-local / total, the target is met exactly when non-local × den ≥ num × total
    // (never by rounding), and the gap is |share − target| exactly.
    [Property(MaxTest = 200)]
    public Property Share_IsExactAndTheTargetIsComparedExactly() =>
        Prop.ForAll(Holders(), pair =>
        {
            (bool[] nonLocal, int percent) = pair;
            RotationRegulation regulation = WithTarget(percent);
            NonLocalShareReport report = regulation.MeasureNonLocalShare(Make(nonLocal));
            int count = nonLocal.Count(n => n);
            int total = nonLocal.Length;
            bool meets = total > 0 && (long)count * 100 >= (long)percent * total;
            return report.NonLocal == count && report.Total == total
                && report.Share == (total == 0 ? Share.Zero : Share.Of(count, total))
                && report.MeetsTarget == meets
                && (total == 0 || report.Gap == Share.Of(System.Math.Abs(((long)count * 100) - ((long)percent * total)), 100L * total));
        });

    // Adding a non-local holder never lowers the share nor turns a met target into a missed one.
    [Property(MaxTest = 200)]
    public Property AddingANonLocalHolder_NeverLowersTheShare() =>
        Prop.ForAll(Holders(), pair =>
        {
            (bool[] nonLocal, int percent) = pair;
            RotationRegulation regulation = WithTarget(percent);
            NonLocalShareReport before = regulation.MeasureNonLocalShare(Make(nonLocal));
            NonLocalShareReport after = regulation.MeasureNonLocalShare(Make([.. nonLocal, true]));
            return after.Share >= before.Share && (!before.MeetsTarget || after.MeetsTarget);
        });
}
