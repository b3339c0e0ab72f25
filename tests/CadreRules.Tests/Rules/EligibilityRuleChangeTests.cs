using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.People;
using CadreRules.Rotation;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CadreRules.Tests.Rules;

/// <summary>A province's requirement added to, or a condition replaced in or removed from, the eligibility of rotation,
/// appointment and committee membership, in C# and as data.</summary>
public class EligibilityRuleChangeTests
{
    private static readonly LegalDocument Province = new("QĐ 21-QĐ/TU (thử)", "Tỉnh ủy thử nghiệm", new LocalDate(2025, 10, 1));
    private static readonly RuleCode TwoGoodYears = new("TEST.TwoGoodYears");

    private static readonly FactCondition TwoGoodYearsData = FactCondition.All(
        FactCondition.Compare("evaluation[year-1].level", FactComparison.AtLeast, "HTT"),
        FactCondition.Compare("evaluation[year-2].level", FactComparison.AtLeast, "HTT"));

    private static readonly FactCondition Always = FactCondition.Any(
        FactCondition.Compare("woman", FactComparison.Equal, "true"), FactCondition.Compare("woman", FactComparison.Equal, "false"));

    private static RuleDescriptor Described(RuleCode code, Citation? citation = null) =>
        new(code, new LocalizedText("Yêu cầu thêm của tỉnh (thử)", "The province's extra requirement (test)"), citation);

    private static T Derive<T>(T shipped, params RuleChange[] changes)
        where T : Regulation
    {
        var variant = new LocalVariant(shipped.Id.Value + "-province", shipped.Id, new LocalizedText("Biến thể thử", "Test variant"), Province.Article(2),
            shipped.Period, new Dictionary<string, ParameterValue>()) { RuleChanges = [.. changes] };
        return (T)shipped.WithVariant(variant);
    }

    private static Cadre WithLevels(Cadre cadre, int year, EvaluationLevel last, EvaluationLevel before) =>
        cadre.WithEvaluations([new EvaluationRecord(year - 1, EvaluationTrack.Party, last), new EvaluationRecord(year - 2, EvaluationTrack.Party, before)]);

    private static Finding? Find(Finding root, RuleCode code) => root.Find(code);

    [Theory]
    [InlineData(EvaluationLevel.Good, RotationOutcome.Eligible)]
    [InlineData(EvaluationLevel.Complete, RotationOutcome.NotEligible)]
    public void Rotation_AddedRequirement_AsData_DecidesAndCitesTheProvince(EvaluationLevel before, RotationOutcome expected)
    {
        RotationRegulation local = Derive(RotationRegulation.Qd65, RuleChange.Add(RotationRegulation.Requirement, Described(TwoGoodYears), TwoGoodYearsData));
        RotationCase facts = Scenario(expected: true).Build();
        facts = Rebuilt(facts, WithLevels(facts.Cadre, facts.Start.Year, EvaluationLevel.Good, before));

        Assert.Equal(RotationOutcome.Eligible, RotationRegulation.Qd65.Assess(facts));
        Assert.Equal(expected, local.Assess(facts));
        Finding added = Find(local.Explain(facts).Explanation, TwoGoodYears)!;
        Assert.Equal(Province, added.Citation!.Document);
        Assert.Contains(local.Rules, r => r.Code == TwoGoodYears);
    }

    [Fact]
    public void Rotation_ReplaceAndRemove_ByCode()
    {
        RotationCase newTitle = Rebuilt(Scenario(expected: true, newTitle: true).Build(), null);
        Assert.Equal(RotationOutcome.NotEligible, RotationRegulation.Qd65.Assess(newTitle));

        Assert.Equal(RotationOutcome.Eligible, Derive(RotationRegulation.Qd65, RuleChange.Remove(new RuleCode("Rotation.NoNewTitle"))).Assess(newTitle));
        RotationRegulation replaced = Derive(RotationRegulation.Qd65, RuleChange.Replace(new RuleCode("Rotation.NoNewTitle"), FactCondition.Compare("plannedMonths", FactComparison.AtLeast, "36")));
        Assert.Equal(newTitle.PlannedMonths >= 36 ? RotationOutcome.Eligible : RotationOutcome.NotEligible, replaced.Assess(newTitle));
        Assert.Equal(Province.Article(2), replaced.Explain(newTitle).Explanation.Find(new RuleCode("Rotation.NoNewTitle"))!.Citation);

        FactConditionException blocked = Assert.Throws<FactConditionException>(() => Derive(RotationRegulation.Qd65, RuleChange.Remove(new RuleCode("Rotation.ServiceLeft"))));
        Assert.Contains("replace it instead", blocked.Message, StringComparison.Ordinal);
        Assert.Equal("to", Assert.Throws<FactConditionException>(() => Derive(RotationRegulation.Qd65, RuleChange.Add("candidate", Described(TwoGoodYears), TwoGoodYearsData))).Path);
        Assert.Equal("code", Assert.Throws<FactConditionException>(() => Derive(RotationRegulation.Qd65, RuleChange.Remove(new RuleCode("Rotation.Nothing")))).Path);
    }

    [Fact]
    public void AnAdvisoryRequirement_IsRefusedByEachEligibilityFamily_AtItsSeverity()
    {
        // Eligibility is one rule whose every requirement decides: an advisory one is refused, never silently made binding.
        RuleDescriptor advisory = new(TwoGoodYears, Described(TwoGoodYears).Text, null, Severity.Advisory);

        FactConditionException rotation = Assert.Throws<FactConditionException>(() => Derive(RotationRegulation.Qd65, RuleChange.Add(RotationRegulation.Requirement, advisory, TwoGoodYearsData)));
        Assert.Equal("severity", rotation.Path);
        Assert.Contains("must have severity violation", rotation.Message, StringComparison.Ordinal);
        Assert.Contains("phải có mức độ vi phạm", rotation.Text.Vietnamese, StringComparison.Ordinal);
        Assert.Equal("severity", Assert.Throws<FactConditionException>(() => Derive(AppointmentRegulation.Qd377, RuleChange.Add(AppointmentRegulation.Requirement, advisory, TwoGoodYearsData))).Path);
        Assert.Equal("severity", Assert.Throws<FactConditionException>(() => Derive(CommitteeMembershipRegulation.Ct45, RuleChange.Add(CommitteeMembershipRegulation.Requirement, advisory, TwoGoodYearsData))).Path);
    }

    [Fact]
    public void Appointment_AddedRequirement_InCSharp_CitedToTheVariant()
    {
        Rule<AppointmentCase> noRecentDiscipline = Rule.Create<AppointmentCase>(Described(new RuleCode("TEST.NoRecentDiscipline")),
            f => f.Cadre.Discipline.All(d => d.DecidedOn.Year < f.DossierReceivedOn.Year - 4));
        AppointmentRegulation local = Derive(AppointmentRegulation.Qd377, RuleChange.Add(AppointmentRegulation.Requirement, noRecentDiscipline));
        AppointmentCase clean = AppointmentCase(discipline: []);
        AppointmentCase old = AppointmentCase(discipline: [new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2023, 3, 1))]);

        Assert.Equal(AppointmentOutcome.Eligible, AppointmentRegulation.Qd377.Assess(old).Outcome);
        Assert.Equal(AppointmentOutcome.Eligible, local.Assess(clean).Outcome);
        Assert.Equal(AppointmentOutcome.NotEligible, local.Assess(old).Outcome);
        Assert.Equal(Province.Article(2), local.Explain(old).Explanation.Find(new RuleCode("TEST.NoRecentDiscipline"))!.Citation);
        Assert.Equal(AppointmentOutcome.Eligible, Derive(AppointmentRegulation.Qd377, RuleChange.Remove(new RuleCode("Appointment.Planned"))).Assess(AppointmentCase(planned: false, discipline: [])).Outcome);
    }

    [Theory]
    [InlineData(EvaluationLevel.Good, AppointmentOutcome.Eligible)]
    [InlineData(EvaluationLevel.Complete, AppointmentOutcome.NotEligible)]
    public void Committee_AddedRequirement_AsData(EvaluationLevel before, AppointmentOutcome expected)
    {
        CommitteeMembershipRegulation local = Derive(CommitteeMembershipRegulation.Ct45, RuleChange.Add(CommitteeMembershipRegulation.Requirement, Described(TwoGoodYears), TwoGoodYearsData));
        YearMonth month = CommitteeCandidacy.AgeMonthOf(CommitteeLevel.Commune);
        var cadre = WithLevels(new Cadre(new CadreId("k"), Sex.Male, BirthDate.OfMonth(1975, 1)), month.Year, EvaluationLevel.Good, before);
        var facts = new CommitteeCandidacy(cadre, CommitteeLevel.Commune, isReElection: false);

        Assert.Equal(AppointmentOutcome.Eligible, CommitteeMembershipRegulation.Ct45.Assess(facts));
        Assert.Equal(expected, local.Assess(facts));
        Assert.Equal(expected, local.Explain(facts).Outcome);
        Assert.Equal(Province, local.Explain(facts).Explanation.Find(TwoGoodYears)!.Citation!.Document);
        Assert.Contains(local.Rules, r => r.Code == TwoGoodYears);
        Assert.DoesNotContain(local.Rules, r => EligibilityRuleChanges.IsAnonymous(r.Code));
        Assert.Contains("whole eligibility", Assert.Throws<FactConditionException>(() => Derive(CommitteeMembershipRegulation.Ct45, RuleChange.Remove(new RuleCode("CommitteeMembership.ServiceLeft")))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalVariantsDoc_ListsEveryFactOfTheThreeCatalogues()
    {
        string doc = System.IO.File.ReadAllText(System.IO.Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "docs", "local-variants.md"));
        IEnumerable<string> names = RotationFacts.Catalog.Facts.Select(f => f.Name)
            .Concat(AppointmentFacts.Catalog.Facts.Select(f => f.Name))
            .Concat(CommitteeFacts.Catalog.Facts.Select(f => f.Name));

        Assert.All(names, name => Assert.True(
            doc.Contains("`" + name + "`", StringComparison.Ordinal) || (name.StartsWith("evaluation[year-", StringComparison.Ordinal) && doc.Contains("`evaluation[year-4].level`", StringComparison.Ordinal)),
            name + " is not in docs/local-variants.md"));
    }

    [Property(MaxTest = 200)]
    public Property Rotation_AlwaysHoldingRequirement_ChangesNoOutcome() =>
        Prop.ForAll(Arbitraries.RotationScenarios(), s =>
        {
            RotationCase facts = s.Scenario.Build();
            RotationRegulation local = Derive(RotationRegulation.Qd65, RuleChange.Add(RotationRegulation.Requirement, Described(TwoGoodYears), Always));
            return local.Assess(facts) == RotationRegulation.Qd65.Assess(facts) && local.Explain(facts).Outcome == local.Assess(facts);
        });

    [Property(MaxTest = 200)]
    public Property Appointment_AlwaysHoldingRequirement_ChangesNoOutcome() =>
        Prop.ForAll(Arbitraries.AppointmentScenarios(), s =>
        {
            AppointmentCase facts = s.Build();
            AppointmentRegulation local = Derive(AppointmentRegulation.Qd377, RuleChange.Add(AppointmentRegulation.Requirement, Described(TwoGoodYears), Always));
            return local.Assess(facts).Outcome == AppointmentRegulation.Qd377.Assess(facts).Outcome;
        });

    [Property(MaxTest = 200)]
    public Property Committee_AlwaysHoldingRequirement_ChangesNoOutcome() =>
        Prop.ForAll(Arbitraries.BirthMonths().ToArbitrary(), Gen.Elements(Enum.GetValues<CommitteeLevel>()).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (birth, level, again) =>
        {
            var facts = new CommitteeCandidacy(new Cadre(new CadreId("k"), Sex.Female, BirthDate.OfMonth(birth.Year, birth.Month)), level, again);
            CommitteeMembershipRegulation local = Derive(CommitteeMembershipRegulation.Ct45, RuleChange.Add(CommitteeMembershipRegulation.Requirement, Described(TwoGoodYears), Always));
            return local.Assess(facts) == CommitteeMembershipRegulation.Ct45.Assess(facts);
        });

    private static Arbitraries.RotationScenario Scenario(bool expected, bool newTitle = false) =>
        new(new YearMonth(1980, 5), Sex.Male, new LocalDate(2026, 3, 1), 36, PostComparison.Equivalent, InPlanning: expected, UnderReview: false, Outstanding: false, NewTitle: newTitle,
            RotationPurpose.Training, Decision: false);

    private static RotationCase Rebuilt(RotationCase f, Cadre? cadre) =>
        new(cadre ?? f.Cadre, f.Start, f.PlannedEnd, f.FromLevel, f.ToLevel, f.SameLocality, f.Comparison, f.IsInPlanning, f.IsUnderDisciplinaryReview, f.IsOutstanding, f.CreatesNewTitle, f.Purpose, f.CompetentLevelDecision);

    private static AppointmentCase AppointmentCase(DisciplineRecord[] discipline, bool planned = true) =>
        new Arbitraries.AppointmentScenario(new YearMonth(1980, 5), Sex.Male, AppointmentKind.Higher, 36, planned, discipline, discipline.FirstOrDefault()
            ?? new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2022, 1, 1)), 2019, 0).Build();
}
