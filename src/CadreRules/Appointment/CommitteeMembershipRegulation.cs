using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Appointment;

/// <summary>
/// Age for party committee membership in the 2025–2030 term (Chỉ thị 45-CT/TW, 14/04/2025): working time left at the
/// level's fixed month of at least 60 months for a first-time member, 48 for a re-elected member and 42 for a provincial
/// deputy secretary.
/// </summary>
/// <remarks>The thresholds are parameters. Immutable and thread-safe.</remarks>
public sealed class CommitteeMembershipRegulation : Regulation
{
    /// <summary>The extension point of a requirement every case must meet: an added rule (<see cref="RuleChange.Add{TFacts}(string, Rule{TFacts})"/>
    /// over <see cref="CommitteeCandidacy"/>, or as data over <see cref="CommitteeFacts.Catalog"/>) joins <see cref="Eligibility"/>'s
    /// conditions, all of which must hold.</summary>
    /// <remarks>Any condition of <see cref="Eligibility"/> may also be replaced (it keeps its code and cites the variant)
    /// or removed by its code. With an added requirement the rule becomes all of the service-left condition and the requirements.</remarks>
    public const string Requirement = "requirement";

    private readonly ImmutableArray<RuleChange> _changes = [];

    /// <inheritdoc />
    public override ImmutableArray<RuleChange> RuleChanges => _changes;

    /// <summary>Gets the minimum months left for a first-time member.</summary>
    public static Parameter<int> FirstTimeMinMonths { get; } = Parameter.Integer(
        "firstTime.minMonthsLeft",
        new LocalizedText("Thời gian công tác còn lại tối thiểu khi tham gia cấp ủy lần đầu (tháng)", "Minimum months left for a first-time committee member"),
        60, Confidence.Confirmed, AppointmentDocuments.Ct45.Whole(), minimum: 0, maximum: 600);

    /// <summary>Gets the minimum months left for a re-elected member.</summary>
    public static Parameter<int> ReElectionMinMonths { get; } = Parameter.Integer(
        "reElection.minMonthsLeft",
        new LocalizedText("Thời gian công tác còn lại tối thiểu khi tái cử cấp ủy (tháng)", "Minimum months left for a re-elected committee member"),
        48, Confidence.Confirmed, AppointmentDocuments.Ct45.Whole(), minimum: 0, maximum: 600);

    /// <summary>Gets the minimum months left for a provincial deputy secretary.</summary>
    public static Parameter<int> DeputySecretaryMinMonths { get; } = Parameter.Integer(
        "provincialDeputySecretary.minMonthsLeft",
        new LocalizedText("Thời gian công tác còn lại tối thiểu đối với phó bí thư tỉnh ủy, thành ủy (tháng)", "Minimum months left for a provincial deputy secretary"),
        42, Confidence.Confirmed, AppointmentDocuments.Ct45.Whole(), minimum: 0, maximum: 600);

    internal static readonly RuleCode ServiceLeftCode = new("CommitteeMembership.ServiceLeft");

    private static readonly ImmutableArray<ParameterDefinition> Schema = [FirstTimeMinMonths, ReElectionMinMonths, DeputySecretaryMinMonths];

    private CommitteeMembershipRegulation(RegulationReference reference, ParameterSet parameters)
        : this(reference, parameters, [], 0)
    {
    }

    private CommitteeMembershipRegulation(RegulationReference reference, ParameterSet parameters, ImmutableArray<RuleChange> changes, int firstNew)
        : base(reference, parameters)
    {
        int first = parameters.Get(FirstTimeMinMonths);
        int again = parameters.Get(ReElectionMinMonths);
        int deputy = parameters.Get(DeputySecretaryMinMonths);
        Eligibility = Rule.Create<CommitteeCandidacy>(
            AppointmentMessages.Table.Describe(ServiceLeftCode, parameters.CitationFor(AppointmentDocuments.Ct45.Whole(), FirstTimeMinMonths, ReElectionMinMonths, DeputySecretaryMinMonths)),
            f => f.MonthsLeft >= Threshold(f, first, again, deputy),
            values: f => [FactValue.Of("monthsLeft", f.MonthsLeft), ServiceLeftWords.Value(f.MonthsLeft), FactValue.Of("minMonths", Threshold(f, first, again, deputy)), FactValue.Of("ageMonth", f.AgeMonth), FactValue.Of("reElection", f.IsReElection)]);
        if (!changes.IsEmpty)
        {
            Eligibility = EligibilityRuleChanges.Apply(Eligibility, changes, firstNew, reference.Citation, reference.Id, CommitteeFacts.Catalog, Requirement);
            _changes = changes;
        }
    }

    /// <summary>Gets Chỉ thị 45-CT/TW (from 14/04/2025).</summary>
    public static CommitteeMembershipRegulation Ct45 { get; } = new(
        new RegulationReference(
            new RegulationId("committee-ct45"),
            new LocalizedText("Tuổi tham gia cấp ủy nhiệm kỳ 2025–2030 theo Chỉ thị 45-CT/TW", "Age for party committees of the 2025–2030 term under Chỉ thị 45-CT/TW"),
            RegulationTopic.Appointment,
            AppointmentDocuments.Ct45.Whole(),
            [new RegulationScope(SubjectKind.PartyMember, EffectivePeriod.From(new LocalDate(2025, 4, 14)))]),
        ParameterSet.Defaults(Schema));

    /// <summary>Gets the rule.</summary>
    public Rule<CommitteeCandidacy> Eligibility { get; }

    /// <inheritdoc />
    public override IEnumerable<RuleDescriptor> Rules => Eligibility.Flatten().Select(r => r.Descriptor).Where(d => !EligibilityRuleChanges.IsAnonymous(d.Code));

    /// <summary>Decides without an explanation.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public AppointmentOutcome Assess(CommitteeCandidacy facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Eligibility.Holds(facts) ? AppointmentOutcome.Eligible : AppointmentOutcome.NotEligible;
    }

    /// <summary>Decides and explains.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public Verdict<AppointmentOutcome> Explain(CommitteeCandidacy facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Finding finding = Eligibility.Explain(facts);
        return new Verdict<AppointmentOutcome>(finding.Status == FindingStatus.Satisfied ? AppointmentOutcome.Eligible : AppointmentOutcome.NotEligible, finding, Reference);
    }

    /// <inheritdoc />
    protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters) => new CommitteeMembershipRegulation(reference, parameters, _changes, _changes.Length);

    /// <inheritdoc />
    protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters, ImmutableArray<RuleChange> changes) =>
        new CommitteeMembershipRegulation(reference, parameters, [.. _changes, .. changes], _changes.Length);

    private static int Threshold(CommitteeCandidacy facts, int first, int again, int deputy) =>
        facts.IsProvincialDeputySecretary && facts.Level == CommitteeLevel.Provincial ? deputy
        : facts.IsReElection ? again
        : first;
}
