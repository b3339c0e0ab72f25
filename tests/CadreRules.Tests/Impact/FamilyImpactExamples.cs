using System;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.Impact;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Retirement;
using CadreRules.Rotation;
using CadreRules.Rules;
using NodaTime;
using static CadreRules.Tests.Impact.ImpactTesting;

namespace CadreRules.Tests.Impact;

/// <summary>One example per family with two real regulations or a variant: what changes and which rule codes differ.</summary>
public class FamilyImpactExamples
{
    // Two rotations to a commune on 01/03/2026: "ok" has 120 months left (born 03/1974, retires 02/2036 at 62), "short" 119.
    private static readonly RotationCase[] Rotations =
    [
        Rotation("ok", new LocalDate(1974, 3, 1)),
        Rotation("short", new LocalDate(1974, 2, 1)),
    ];

    [Fact]
    public void Rotation_Qd98AgainstQd65_SameOutcomesEveryRegulationDiffers()
    {
        RuleChangeImpact<RotationOutcome> impact = RotationImpact.Compare(Rotations, ById("rotation-qd98"), ById("rotation-qd65"));

        Assert.Equal(2, impact.Total);
        Assert.Equal(0, impact.OutcomesChanged);
        Assert.Equal(2, impact.Changes.Length); // the conditions are the same; only the regulation (and its citations) differ
        Assert.All(impact.Changes, c => Assert.Equal(("rotation-qd98", "rotation-qd65"), (c.BeforeRegulation.Value, c.AfterRegulation.Value)));
        Assert.All(impact.Changes, c => Assert.True(c.Removed.IsEmpty && c.Added.IsEmpty));
        Assert.Equal([new ImpactTransition<RotationOutcome>(RotationOutcome.Eligible, RotationOutcome.Eligible, 1), new(RotationOutcome.NotEligible, RotationOutcome.NotEligible, 1)], impact.Transitions.ToArray());
        Assert.Equal("commune", Assert.Single(impact.Groups).Group);
    }

    [Fact]
    public void Rotation_VariantWithSixtyMonthsLeft_ShortRequestBecomesEligible()
    {
        var variant = new ImpactSide(ShippedRegulations.Catalog.WithVariant(Variant("rotation-qd65", new LocalDate(2022, 4, 28), ("serviceLeft.minMonths", ParameterValue.FromInteger(60)))));

        RuleChangeImpact<RotationOutcome> impact = RotationImpact.Compare(Rotations, new ImpactSide(ShippedRegulations.Catalog), variant);

        Assert.Equal(1, impact.OutcomesChanged);
        ImpactChange<RotationOutcome> change = impact.Changes.Single(c => c.OutcomeChanged);
        Assert.Equal("short", change.Id.Value);
        Assert.Equal((RotationOutcome.NotEligible, RotationOutcome.Eligible), (change.Before, change.After));
        Assert.Equal(["Rotation.ServiceLeft"], change.Removed.Select(c => c.Value));
        Assert.Equal(["Rotation.Eligibility"], change.Added.Select(c => c.Value));
        Assert.Equal(new ImpactRuleCode(new RuleCode("Rotation.ServiceLeft"), 1, 0), impact.RuleCodes.Single(c => c.Code.Value == "Rotation.ServiceLeft"));
    }

    [Fact]
    public void Appointment_Qd80AgainstQd377_EighteenMonthsInPostSufficeUnderQd377()
    {
        // A higher appointment with 18 months in the current post: QĐ 80 asks 24 months, QĐ 377 asks 12.
        var post = new PositionHeld("Phó Chủ tịch UBND xã", "UBND xã Minh Khê", OrganisationalLevel.Commune, new LocalDate(2024, 4, 1));
        var cadre = new Cadre("H-1", Sex.Female, BirthDate.OfMonth(1985, 6), positions: [post], name: "Nguyễn Thị Hạnh");
        var first = new Cadre("F-1", Sex.Male, BirthDate.OfMonth(1980, 1), name: "Trần Văn Phúc");
        AppointmentCase[] dossiers =
        [
            new(cadre, AppointmentKind.Higher, new LocalDate(2025, 10, 15), isPlanned: true, currentPost: post),
            new(first, AppointmentKind.First, new LocalDate(2025, 10, 15), isPlanned: true),
        ];

        RuleChangeImpact<AppointmentOutcome> impact = AppointmentImpact.Compare(dossiers, ById("appointment-qd80"), ById("appointment-qd377"));

        Assert.Equal(1, impact.OutcomesChanged);
        ImpactChange<AppointmentOutcome> change = impact.Changes.Single(c => c.OutcomeChanged);
        Assert.Equal(("H-1", "Nguyễn Thị Hạnh", "higher"), (change.Id.Value, change.Name, change.Group));
        Assert.Equal((AppointmentOutcome.NotEligible, AppointmentOutcome.Eligible), (change.Before, change.After));
        Assert.Equal(["Appointment.TimeInPost"], change.Removed.Select(c => c.Value));
        Assert.Equal(["Appointment.Eligibility"], change.Added.Select(c => c.Value));
        Assert.Equal(new ImpactGroup("first", 1, 0, 1), impact.Groups[0]); // the first appointment differs only by regulation
        Assert.Equal(new ImpactGroup("higher", 1, 1, 1), impact.Groups[1]);
    }

    [Fact]
    public void Planning_Qd50AgainstQd377_AppointmentProposalAndSeatsMatter()
    {
        // Two deputy-chair seats, four candidates; one of them is also proposed for appointment.
        var title = new PlanningTitle("pct", "Phó Chủ tịch UBND xã", OrganisationalLevel.Commune, seats: 2);
        PlanningCandidate Candidate(string id, int year, bool proposed = false) =>
            new(new Cadre(id, Sex.Male, BirthDate.OfMonth(year, 1), name: "Cán bộ " + id), appointmentProposed: proposed);
        PlanningCandidate[] candidates = [Candidate("a", 1985), Candidate("b", 1986), Candidate("c", 1987), Candidate("d", 1988, proposed: true)];
        var list = new PlanningList(new LocalDate(2026, 1, 15), new PlanningTerm(new LocalDate(2030, 7, 1)), [title], candidates,
            candidates.Select(c => new PlanningEntry(c.Id, "pct")));

        RuleChangeImpact<PlanningEligibility> impact = PlanningImpact.Compare(list, ById("planning-qd50"), ById("planning-qd377"));
        RuleChangeImpact<PlanningTitleStatus> titles = PlanningImpact.CompareTitles(list, ById("planning-qd50"), ById("planning-qd377"));

        Assert.Equal(4, impact.Total);
        ImpactChange<PlanningEligibility> d = impact.Changes.Single(c => c.OutcomeChanged);
        Assert.Equal(("d", "Cán bộ d", "pct"), (d.Id.Value, d.Name, d.Group));
        Assert.Equal((PlanningEligibility.Eligible, PlanningEligibility.NotEligible), (d.Before, d.After));
        // No qualifications are recorded: QĐ 377 checks title standards and reports them undetermined (advisory).
        Assert.Equal(["QD377.Planning.NotWithAppointmentProposal", "QD377.Planning.TitleStandardsPending"], d.Added.Select(c => c.Value));

        // QĐ 50: at most 3 per title, 4 listed → too many. QĐ 377: at most 3 per seat, 6 for two seats → within bounds.
        ImpactChange<PlanningTitleStatus> status = Assert.Single(titles.Changes);
        Assert.Equal(("pct", "commune"), (status.Id.Value, status.Group));
        Assert.Equal((PlanningTitleStatus.TooMany, PlanningTitleStatus.WithinBounds), (status.Before, status.After));
        Assert.Contains(status.Removed, c => c.Value == "QD50.Planning.MaxCandidatesPerTitle");
    }

    [Fact]
    public void Retirement_TwoCatalogues_NoChangeAndARegulationByIdIsRefused()
    {
        var roster = new Roster(
        [
            new Cadre("m", Sex.Male, BirthDate.OfMonth(1961, 1), name: "Lê Văn Minh"),
            new Cadre("f", Sex.Female, BirthDate.OfMonth(1970, 6)),
        ]);
        var variant = new ImpactSide(ShippedRegulations.Catalog.WithVariant(Variant("rotation-qd65", new LocalDate(2022, 4, 28), ("serviceLeft.minMonths", ParameterValue.FromInteger(60)))));

        RuleChangeImpact<LocalDate> impact = RetirementImpact.Compare(roster, new ImpactSide(ShippedRegulations.Catalog), variant);

        Assert.True(impact.IsEmpty);
        Assert.Equal(2, impact.Total);
        Assert.Equal([new ImpactGroup("female", 1, 0, 0), new ImpactGroup("male", 1, 0, 0)], impact.Groups.ToArray());
        Assert.Contains(impact.Transitions, t => t.Before == new LocalDate(2021, 4, 30) && t.After == t.Before); // 60y3m
        Assert.Equal(new ImpactRuleCode(RetirementSchedule.NormalAgeCode, 2, 2), Assert.Single(impact.RuleCodes));
        RegulationNotFoundException refused = Assert.Throws<RegulationNotFoundException>(() => RetirementImpact.Compare(roster, ById("rotation-qd65"), variant));
        Assert.Contains("not a catalogue regulation", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rotation_NoRegulationInForce_NamesTheRequest()
    {
        RotationCase early = new(new Cadre("early", Sex.Male, BirthDate.OfMonth(1970, 1)), new LocalDate(2010, 1, 1), new LocalDate(2013, 12, 31),
            OrganisationalLevel.Provincial, OrganisationalLevel.Commune, sameLocality: true, PostComparison.Equivalent, isInPlanning: true);
        RegulationNotFoundException e = Assert.Throws<RegulationNotFoundException>(() =>
            RotationImpact.Compare([Rotations[0], early], new ImpactSide(ShippedRegulations.Catalog), ById("rotation-qd65")));
        Assert.StartsWith("requests[1] (early): ", e.Message, StringComparison.Ordinal);
    }

    private static RotationCase Rotation(string id, LocalDate born) => new(
        new Cadre(id, Sex.Male, BirthDate.Of(born)), new LocalDate(2026, 3, 1), new LocalDate(2029, 2, 28),
        OrganisationalLevel.Provincial, OrganisationalLevel.Commune, sameLocality: true, PostComparison.Equivalent, isInPlanning: true);
}
