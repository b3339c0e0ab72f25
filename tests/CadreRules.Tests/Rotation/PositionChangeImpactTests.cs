using System.Collections.Generic;
using System.Linq;
using CadreRules.Documents;
using CadreRules.Impact;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Rotation;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using System;
using static CadreRules.Tests.Impact.ImpactTesting;

namespace CadreRules.Tests.Rotation;

/// <summary>Position change: the deciding findings, the impact of a sector's period, and the invariant "due exactly when
/// the period has elapsed, unless deferred or exempt" through the document.</summary>
public class PositionChangeImpactTests
{
    private static readonly LocalDate AsOf = new(2026, 6, 15);

    private static PositionChangeCase Case(string id, int monthsInPost, string sector, params DeferralGround[] grounds)
    {
        var post = new PositionHeld("Kế toán", "Sở Tài chính", OrganisationalLevel.Provincial, AsOf.PlusMonths(-monthsInPost), isLeadership: false);
        var cadre = new Cadre(new CadreId(id), Sex.Female, BirthDate.OfMonth(1985, 3), positions: [post], name: "Người " + id);
        return new PositionChangeCase(cadre, post, sector, AsOf, grounds);
    }

    private static PositionChangeRegulation WithPeriod(string sector, int months) =>
        (PositionChangeRegulation)PositionChangeRegulation.Nd59.WithVariant(Variant("position-change-nd59", new LocalDate(2019, 8, 15), ("period." + sector, ParameterValue.FromInteger(months))));

    [Fact]
    public void DecidingFindings_NameThePeriodAndTheGroundsThatHold_NothingWhenNotYetDue()
    {
        PositionChangeRegulation regulation = PositionChangeRegulation.Nd59;

        Assert.Equal(["PositionChange.Due"], PositionChangeRegulation.DecidingFindings(regulation.Explain(Case("a", 70, "inspection")).Explanation).Select(f => f.Code.Value));
        Assert.Equal(["PositionChange.Due", "PositionChange.Deferral.YoungChild"],
            PositionChangeRegulation.DecidingFindings(regulation.Explain(Case("b", 70, "inspection", DeferralGround.YoungChild(AsOf.PlusMonths(-5)))).Explanation).Select(f => f.Code.Value));
        Assert.Empty(PositionChangeRegulation.DecidingFindings(regulation.Explain(Case("c", 20, "inspection")).Explanation));
    }

    [Fact]
    public void Explanation_DeferralCases_AreGrounds_PresentOnlyWhenTheyHold()
    {
        Finding explanation = PositionChangeRegulation.Nd59.Explain(Case("b", 70, "inspection", DeferralGround.YoungChild(AsOf.PlusMonths(-5)))).Explanation;
        Finding deferred = explanation.Find("PositionChange.Deferred")!;

        Assert.Equal(FindingRole.Ground, deferred.Role);
        Assert.All(deferred.Children, c => Assert.Equal(FindingRole.Ground, c.Role));
        Assert.StartsWith("CÓ", Terms.Label(explanation.Find("PositionChange.Deferral.YoungChild")!, Language.Vietnamese), StringComparison.Ordinal);
        Assert.Equal("KHÔNG CÓ", Terms.Label(explanation.Find("PositionChange.Deferral.Pregnancy")!, Language.Vietnamese));

        // The period is a condition, whatever grounds sit next to it.
        Assert.Equal(FindingRole.Condition, explanation.Find("PositionChange.Due")!.Role);
    }

    [Fact]
    public void Compare_MinistrySettingThirtySixMonths_MakesFortyMonthsDue()
    {
        PositionChangeCase[] cases = [Case("a", 40, "publicFinance"), Case("b", 40, "health"), Case("c", 30, "publicFinance")];
        var variant = new ImpactSide(ShippedRegulations.Catalog.WithVariant(Variant("position-change-nd59", new LocalDate(2019, 8, 15), ("period.publicFinance", ParameterValue.FromInteger(36)))));

        RuleChangeImpact<PositionChangeStatus> impact = PositionChangeImpact.Compare(cases, new ImpactSide(ShippedRegulations.Catalog), variant);

        ImpactChange<PositionChangeStatus> change = Assert.Single(impact.Changes, c => c.OutcomeChanged);
        Assert.Equal(("a", "publicFinance", PositionChangeStatus.NotYetDue, PositionChangeStatus.Due), (change.Id.Value, change.Group, change.Before, change.After));
        Assert.Equal(["PositionChange.Due"], change.Added.Select(c => c.Value));
        Assert.Equal(3, impact.Total);
    }

    [Fact]
    public void Subjects_PublicEmployees_ReadTheSameRegulation() =>
        Assert.Equal("position-change-nd59", Assert.Single(PositionChangeImpact.Subjects([Case("a", 10, "health")], new ImpactSide(ShippedRegulations.Catalog), SubjectKind.PublicEmployee)).Regulation.Value);

    // Due exactly when the sector's period has elapsed (the whole months reach it, i.e. from DueOn on), unless a ground
    // defers it or fewer than 18 months remain; the answer read back from the document is the same.
    [Property(MaxTest = 200)]
    public Property Due_ExactlyWhenThePeriodHasElapsed_UnlessDeferredOrExempt() =>
        Prop.ForAll(Arbitraries.PositionChangeScenarios(), Gen.Choose(24, 60).ToArbitrary(), (scenario, period) =>
        {
            PositionChangeRegulation regulation = WithPeriod(scenario.Sector, period);
            PositionChangeCase written = scenario.Build();
            PositionChangeCase facts = Assert.Single(CadreDocuments.ReadPositionChanges(CadreDocuments.WritePositionChanges([written])));
            PositionChangeAssessment result = regulation.Assess(facts);
            bool elapsed = facts.AsOf >= result.DueOn;
            bool exempt = facts.MonthsToRetirement < 18;
            bool deferred = regulation.Deferral.Holds(facts);
            return result.PeriodMonths == period
                && elapsed == (facts.MonthsInPost >= period)
                && (result.Status == PositionChangeStatus.Due) == (elapsed && !deferred && !exempt)
                && (result.Status == PositionChangeStatus.Deferred) == (elapsed && deferred && !exempt)
                && (result.Status == PositionChangeStatus.Exempt) == exempt
                && result == regulation.Assess(written);
        });
}
