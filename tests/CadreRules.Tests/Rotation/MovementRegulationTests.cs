using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.People;
using CadreRules.Rotation;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Rotation;

public class MovementRegulationTests
{
    private static readonly LocalDate July2025 = new(2025, 7, 1);

    internal static MovementCase Transfer(LocalDate start, bool requested = false, params MovementBar[] bars) =>
        new(RotationRegulationTests.Man(), MovementKind.Transfer, start, null, OrganisationalLevel.Provincial, OrganisationalLevel.Commune, false, bars, requested);

    internal static MovementCase Secondment(LocalDate start, LocalDate? end, params MovementBar[] bars) =>
        new(RotationRegulationTests.Man(), MovementKind.Secondment, start, end, OrganisationalLevel.Commune, OrganisationalLevel.Commune, true, bars);

    [Fact]
    public void Catalogue_PicksNd170FromJuly2025_AndNothingTheDayBefore()
    {
        Assert.Same(MovementRegulation.Nd170, ShippedRegulations.Catalog.TryInForce(RegulationTopic.Movement, SubjectKind.CivilServant, July2025));
        Assert.Same(MovementRegulation.Nd170, ShippedRegulations.Catalog.TryInForce(RegulationTopic.Movement, SubjectKind.Cadre, July2025));
        Assert.Null(ShippedRegulations.Catalog.TryInForce(RegulationTopic.Movement, SubjectKind.CivilServant, new LocalDate(2025, 6, 30)));
    }

    [Fact]
    public void Assess_NoBar_EligibleWithSixMonthsOfAllowance()
    {
        MovementAssessment result = MovementRegulation.Nd170.Assess(Transfer(July2025));

        Assert.Equal(MovementOutcome.Eligible, result.Outcome);
        Assert.Equal(new LocalDate(2025, 12, 31), result.AllowanceKeptUntil);
        Assert.Null(result.LatestEnd);
    }

    [Theory]
    [InlineData(MovementBar.DisciplinaryReview)]
    [InlineData(MovementBar.Investigation)]
    [InlineData(MovementBar.SeriousIllness)]
    [InlineData(MovementBar.StudyOrSecondment)]
    public void Assess_BarNotLiftedByRequest_NotEligible(MovementBar bar)
    {
        Assert.Equal(MovementOutcome.NotEligible, MovementRegulation.Nd170.Assess(Transfer(July2025, false, bar)).Outcome);
        Assert.Equal(MovementOutcome.NotEligible, MovementRegulation.Nd170.Assess(Transfer(July2025, true, bar)).Outcome);
        Assert.False(MovementRegulation.IsWaivable(bar));
    }

    [Theory]
    [InlineData(MovementBar.PregnancyOrYoungChild)]
    [InlineData(MovementBar.Hardship)]
    public void Assess_BarLiftedByRequest_EligibleOnlyWhenAsked(MovementBar bar)
    {
        Assert.Equal(MovementOutcome.NotEligible, MovementRegulation.Nd170.Assess(Transfer(July2025, false, bar)).Outcome);
        Assert.Equal(MovementOutcome.Eligible, MovementRegulation.Nd170.Assess(Transfer(July2025, true, bar)).Outcome);
        Assert.True(MovementRegulation.IsWaivable(bar));
    }

    [Fact]
    public void Assess_SecondmentOfThirtySixMonths_EligibleAndOneDayMore_NotEligible()
    {
        LocalDate latest = new(2028, 6, 30);
        Assert.Equal(latest, MovementRegulation.Nd170.SecondmentLatestEnd(July2025));
        Assert.Equal(MovementOutcome.Eligible, MovementRegulation.Nd170.Assess(Secondment(July2025, latest)).Outcome);
        Assert.Equal(MovementOutcome.NotEligible, MovementRegulation.Nd170.Assess(Secondment(July2025, latest.PlusDays(1))).Outcome);
        Assert.Equal(latest, MovementRegulation.Nd170.Assess(Secondment(July2025, null)).LatestEnd);
        Assert.Null(MovementRegulation.Nd170.Assess(Secondment(July2025, null)).AllowanceKeptUntil);
    }

    [Fact]
    public void Variant_SectorLawPeriod_ChangesTheLatestEnd()
    {
        var variant = (MovementRegulation)MovementRegulation.Nd170.WithVariant(new LocalVariant(
            new RegulationId("movement-sector-test"),
            MovementRegulation.Nd170.Id,
            new LocalizedText("Luật chuyên ngành thử", "Test sector law"),
            MovementRegulation.Nd170.Reference.Citation,
            EffectivePeriod.From(July2025),
            new Dictionary<string, ParameterValue> { ["secondment.maxMonths"] = ParameterValue.FromInteger(60) }));

        Assert.Equal(new LocalDate(2030, 6, 30), variant.SecondmentLatestEnd(July2025));
        Assert.Equal(MovementOutcome.Eligible, variant.Assess(Secondment(July2025, new LocalDate(2029, 1, 1))).Outcome);
    }

    [Fact]
    public void Explain_NamesTheFailingBarWithItsClause()
    {
        Verdict<MovementAssessment> verdict = MovementRegulation.Nd170.Explain(Transfer(July2025, false, MovementBar.SeriousIllness));

        Finding failing = verdict.Explanation.Children.Single(f => f.Status == FindingStatus.NotSatisfied);
        Assert.Equal("Movement.Bar.SeriousIllness", failing.Code.Value);
        Assert.Contains("Article 25, NĐ 170/2025/NĐ-CP", failing.Citation!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TransferWithAnEnd_OrRotationKind_IsRefused()
    {
        Assert.Throws<InputOutOfRangeException>(() => new MovementCase(RotationRegulationTests.Man(), MovementKind.Transfer, July2025, July2025.PlusMonths(3), OrganisationalLevel.Provincial, OrganisationalLevel.Commune, false, []));
        Assert.Throws<InputOutOfRangeException>(() => new MovementCase(RotationRegulationTests.Man(), MovementKind.Rotation, July2025, null, OrganisationalLevel.Provincial, OrganisationalLevel.Commune, false, []));
        Assert.Throws<InputOutOfRangeException>(() => Secondment(July2025, July2025.PlusDays(-1)));
    }

    [Fact]
    public void DestinationEvaluations_EachYearTouched_WithItsDays()
    {
        RotationCase rotation = RotationRegulationTests.Case(start: July2025, plannedMonths: 36);

        Assert.Equal(
            [new RotationEvaluationYear(2025, 184, false), new RotationEvaluationYear(2026, 365, true), new RotationEvaluationYear(2027, 365, true), new RotationEvaluationYear(2028, 182, false)],
            MovementRegulation.DestinationEvaluations(rotation).ToArray());
        Assert.Equal(rotation.PlannedEnd, MovementRegulation.RotationAllowanceKeptUntil(rotation));
    }

    [Fact]
    public void Programme_BoundaryDates_TransferUndeterminedOn30June2025_DecidedOn1July2025()
    {
        MovementProgrammeReport report = MovementProgramme.Assess(
            [ProgrammeMovement.Of("1", Transfer(new LocalDate(2025, 6, 30))), ProgrammeMovement.Of("1", Transfer(July2025))],
            ShippedRegulations.Catalog);

        Assert.Equal(MovementOutcome.Undetermined, report.Answers[0].Outcome);
        Assert.Null(report.Answers[0].AllowanceKeptUntil);
        Assert.Equal(MovementOutcome.Eligible, report.Answers[1].Outcome);
        Assert.Same(MovementRegulation.Nd170, report.Answers[1].Regulation);
    }

    [Fact]
    public void Programme_RotationShorterThan36Months_NotEligibleByTheRotationRegulation()
    {
        MovementAnswer answer = MovementProgramme.Answer(ProgrammeMovement.OfRotation("2", RotationRegulationTests.Case(start: July2025, plannedMonths: 35)), ShippedRegulations.Catalog);

        Assert.Equal(MovementOutcome.NotEligible, answer.Outcome);
        Assert.Same(RotationRegulation.Qd65, answer.Regulation);
        Assert.Equal(FindingStatus.NotSatisfied, answer.Explanation!.Find(new RuleCode("Rotation.Duration"))!.Status);
        Assert.Equal(4, answer.EvaluationYears.Length);
    }

    [Fact]
    public void Programme_SeedCounts_ByDirectionAndBatch()
    {
        // Seed 000: 48 movements, 12 city → ward or commune, 7 back up, 4 between communes, 25 between the city's agencies.
        var movements = new List<ProgrammeMovement>();
        void Add(int count, OrganisationalLevel from, OrganisationalLevel to, bool same, string batch)
        {
            for (int i = 0; i < count; i++)
            {
                movements.Add(ProgrammeMovement.Of(batch, new MovementCase(RotationRegulationTests.Man(), MovementKind.Transfer, July2025, null, from, to, same, [])));
            }
        }

        Add(12, OrganisationalLevel.Provincial, OrganisationalLevel.Commune, false, "1");
        Add(7, OrganisationalLevel.Commune, OrganisationalLevel.Provincial, false, "1");
        Add(4, OrganisationalLevel.Commune, OrganisationalLevel.Commune, false, "2");
        Add(25, OrganisationalLevel.Provincial, OrganisationalLevel.Provincial, true, "2");

        MovementProgrammeReport report = MovementProgramme.Assess(movements, ShippedRegulations.Catalog);

        Assert.Equal(48, report.Total);
        Assert.Equal([12, 7, 4, 25], report.ByDirection.Select(p => p.Value));
        Assert.Equal([("1", 19), ("2", 29)], report.ByBatch.Select(p => (p.Key, p.Value)).ToArray());
        Assert.Equal([0, 48, 0], report.ByKind.Select(p => p.Value));
    }

    // ---- properties -------------------------------------------------------------------------------

    private static Gen<ProgrammeMovement> Movements()
    {
        Gen<OrganisationalLevel> levels = Gen.Elements(OrganisationalLevel.Provincial, OrganisationalLevel.Commune, OrganisationalLevel.Central);
        Gen<LocalDate> starts = Gen.Choose(-400, 400).Select(d => July2025.PlusDays(d));
        Gen<MovementBar[]> bars = Gen.SubListOf(Enum.GetValues<MovementBar>()).Select(l => l.ToArray());
        return from kind in Gen.Elements(MovementKind.Rotation, MovementKind.Transfer, MovementKind.Secondment)
               from start in starts
               from months in Gen.Choose(1, 48)
               from src in levels
               from dst in levels
               from same in Gen.Elements(true, false)
               from barred in bars
               from asked in Gen.Elements(true, false)
               from batch in Gen.Elements("1", "2", "3")
               select kind switch
               {
                   MovementKind.Rotation => ProgrammeMovement.OfRotation(batch, new RotationCase(RotationRegulationTests.Man(), start, start.PlusMonths(months).PlusDays(-1), src, dst, same, PostComparison.Equivalent, true)),
                   MovementKind.Transfer => ProgrammeMovement.Of(batch, new MovementCase(RotationRegulationTests.Man(), kind, start, null, src, dst, same, barred, asked)),
                   _ => ProgrammeMovement.Of(batch, new MovementCase(RotationRegulationTests.Man(), kind, start, start.PlusMonths(months).PlusDays(-1), src, dst, same, barred, asked)),
               };
    }

    [Property(MaxTest = 200)]
    public Property Programme_EveryGroupingSumsToTheTotal() =>
        Prop.ForAll(Gen.ListOf(Movements()).Select(l => l.ToArray()).ToArbitrary(), movements =>
        {
            MovementProgrammeReport report = MovementProgramme.Assess(movements, ShippedRegulations.Catalog);
            return report.Total == movements.Length
                && report.ByKind.Sum(p => p.Value) == report.Total
                && report.ByDirection.Sum(p => p.Value) == report.Total
                && report.ByLevels.Sum(p => p.Value) == report.Total
                && report.ByBatch.Sum(p => p.Value) == report.Total
                && report.ByOutcome.Sum(p => p.Value) == report.Total
                && report.ByLevels.Select(p => p.Key).Distinct().Count() == report.ByLevels.Length
                && report.ByBatch.Select(p => p.Key).Distinct().Count() == report.ByBatch.Length;
        });

    [Property(MaxTest = 200)]
    public Property Programme_TransferOrSecondment_UndeterminedExactlyBeforeJuly2025() =>
        Prop.ForAll(Movements().ToArbitrary(), movement =>
        {
            MovementAnswer answer = MovementProgramme.Answer(movement, ShippedRegulations.Catalog);
            bool before = movement.Start < July2025;
            return movement.Kind == MovementKind.Rotation
                ? answer.Outcome != MovementOutcome.Undetermined && (answer.Terms is null) == before
                : (answer.Outcome == MovementOutcome.Undetermined) == before;
        });

    [Property(MaxTest = 300)]
    public Property Catalogue_PicksExactlyOneMovementRegulationFromJuly2025() =>
        Prop.ForAll(Gen.Choose(-3000, 3000).Select(d => July2025.PlusDays(d)).ToArbitrary(), date =>
        {
            int inForce = ShippedRegulations.Catalog.Entries.Count(e => e.Regulation.Topic == RegulationTopic.Movement && e.Scope.SubjectKind == SubjectKind.CivilServant && e.Scope.Period.Contains(date));
            return inForce == (date >= July2025 ? 1 : 0);
        });

    [Property(MaxTest = 300)]
    public Property Assess_OnlyWaivableBarsAreLiftedByARequest() =>
        Prop.ForAll(Gen.SubListOf(Enum.GetValues<MovementBar>()).Select(l => l.ToArray()).ToArbitrary(), bars =>
        {
            bool asked = MovementRegulation.Nd170.Assess(Transfer(July2025, true, bars)).Outcome == MovementOutcome.Eligible;
            bool notAsked = MovementRegulation.Nd170.Assess(Transfer(July2025, false, bars)).Outcome == MovementOutcome.Eligible;
            return asked == bars.All(MovementRegulation.IsWaivable) && notAsked == (bars.Length == 0)
                && MovementRegulation.Nd170.Explain(Transfer(July2025, true, bars)).Outcome.Outcome == MovementRegulation.Nd170.Assess(Transfer(July2025, true, bars)).Outcome;
        });
}
