using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Planning;

/// <summary>The parameter schema, rule codes and citations of one planning regime (internal: users see
/// <see cref="PlanningRegulation"/>).</summary>
internal sealed class PlanningRegime
{
    internal const string MaxCandidatesPerTitle = "MaxCandidatesPerTitle";
    internal const string MinCandidatesPerTitle = "MinCandidatesPerTitle";
    internal const string FewCandidates = "FewCandidates";
    internal const string CommitteeCoefficient = "CommitteeCoefficient";
    internal const string MaxTitlesPerCandidate = "MaxTitlesPerCandidate";
    internal const string OnlyHigherTitle = "OnlyHigherTitle";
    internal const string NotWithAppointmentProposal = "NotWithAppointmentProposal";
    internal const string MonthsLeft = "MonthsLeft";
    internal const string PreferredMonthsLeft = "PreferredMonthsLeft";
    internal const string DisciplineBar = "DisciplineBar";
    internal const string DisciplinedSincePlanning = "DisciplinedSincePlanning";
    internal const string NotCompleteLatestYear = "NotCompleteLatestYear";
    internal const string PoliticalStandard = "PoliticalStandard";
    internal const string YoungShare = "YoungShare";
    internal const string WomenShare = "WomenShare";
    internal const string TitleStandards = "TitleStandards";
    internal const string TitleStandardsPending = "TitleStandardsPending";

    internal static readonly string[] RuleNames =
    [
        MaxCandidatesPerTitle, MinCandidatesPerTitle, FewCandidates, CommitteeCoefficient, MaxTitlesPerCandidate,
        OnlyHigherTitle, NotWithAppointmentProposal, MonthsLeft, PreferredMonthsLeft, DisciplineBar,
        DisciplinedSincePlanning, NotCompleteLatestYear, PoliticalStandard, YoungShare, WomenShare,
        TitleStandards, TitleStandardsPending,
    ];

    internal static readonly string[] Prefixes = ["PL2020", "QD50", "QD377"];

    private readonly Dictionary<string, (Citation Citation, Confidence Confidence)> _sources = new(System.StringComparer.Ordinal);

    public PlanningRegime(string prefix) => Prefix = prefix;

    public string Prefix { get; }

    public required Parameter<int> MinimumPerTitle { get; init; }

    public required Parameter<int> AdvisedMinimumPerTitle { get; init; }

    public required Parameter<int> MaximumPerTitle { get; init; }

    public required Parameter<bool> BoundsPerSeat { get; init; }

    public required Parameter<Share> CommitteeMinimumCoefficient { get; init; }

    public required Parameter<Share> CommitteeMaximumCoefficient { get; init; }

    public required Parameter<int> MaximumTitlesPerCandidate { get; init; }

    public required Parameter<bool> OnlyHigher { get; init; }

    public required Parameter<bool> NotWithAppointment { get; init; }

    public required Parameter<int> MinimumMonthsLeft { get; init; }

    public required Parameter<int> MinimumMonthsLeftTwoLevelsUp { get; init; }

    public required Parameter<int> PreferredMonthsLeftValue { get; init; }

    public required Parameter<DisciplineForm> RemovingForm { get; init; }

    public required Parameter<int> BarMonthsMinor { get; init; }

    public required Parameter<int> BarMonthsMajor { get; init; }

    public required Parameter<bool> BarIncludesPartyDiscipline { get; init; }

    public required Parameter<bool> ExpiredMinorDisciplineKeeps { get; init; }

    public required Parameter<bool> StructureTargetsApply { get; init; }

    public required Parameter<int> YoungAgeCentral { get; init; }

    public required Parameter<int> YoungAgeLocal { get; init; }

    public required Parameter<Share> YoungMinimumShare { get; init; }

    public required Parameter<Share> WomenMinimumShare { get; init; }

    public required Parameter<bool> TitleStandardsApply { get; init; }

    public ImmutableArray<ParameterDefinition> Schema =>
    [
        MinimumPerTitle, AdvisedMinimumPerTitle, MaximumPerTitle, BoundsPerSeat, CommitteeMinimumCoefficient,
        CommitteeMaximumCoefficient, MaximumTitlesPerCandidate, OnlyHigher, NotWithAppointment, MinimumMonthsLeft,
        MinimumMonthsLeftTwoLevelsUp, PreferredMonthsLeftValue, RemovingForm, BarMonthsMinor, BarMonthsMajor,
        BarIncludesPartyDiscipline, ExpiredMinorDisciplineKeeps, StructureTargetsApply, YoungAgeCentral, YoungAgeLocal, YoungMinimumShare, WomenMinimumShare,
        TitleStandardsApply,
    ];

    /// <summary>The constraints between the parameters, which every variant must keep.</summary>
    public ImmutableArray<ParameterConstraint> Constraints =>
    [
        ParameterConstraint.NotGreater(MinimumPerTitle, MaximumPerTitle),
        ParameterConstraint.NotGreater(AdvisedMinimumPerTitle, MaximumPerTitle),
        ParameterConstraint.NotGreater(CommitteeMinimumCoefficient, CommitteeMaximumCoefficient),
        ParameterConstraint.NotGreater(BarMonthsMinor, BarMonthsMajor),
        ParameterConstraint.Create(
            new LocalizedText(
                $"{PreferredMonthsLeftValue.Key} = 0 (không báo) hoặc ≥ {MinimumMonthsLeft.Key}",
                $"{PreferredMonthsLeftValue.Key} = 0 (not reported) or ≥ {MinimumMonthsLeft.Key}"),
            [PreferredMonthsLeftValue, MinimumMonthsLeft],
            set => set.Get(PreferredMonthsLeftValue) == 0 || set.Get(PreferredMonthsLeftValue) >= set.Get(MinimumMonthsLeft)),
    ];

    public PlanningRegime Source(string rule, Citation citation, Confidence confidence)
    {
        _sources[rule] = (citation, confidence);
        return this;
    }

    public RuleCode Code(string rule) => new($"{Prefix}.Planning.{rule}");

    public RuleDescriptor Describe(string rule, Severity severity = Severity.Violation)
    {
        (Citation citation, Confidence confidence) = _sources[rule];
        return PlanningMessages.Table.Describe(Code(rule), citation, severity, confidence);
    }

    /// <summary>Describes a rule that uses some parameters: cited to the document that set them (see
    /// <see cref="ParameterSet.CitationFor"/>).</summary>
    public RuleDescriptor Describe(string rule, ParameterSet parameters, Severity severity, params ReadOnlySpan<ParameterDefinition> used)
    {
        (Citation citation, Confidence confidence) = _sources[rule];
        return PlanningMessages.Table.Describe(Code(rule), parameters.CitationFor(citation, used), severity, confidence);
    }
}
