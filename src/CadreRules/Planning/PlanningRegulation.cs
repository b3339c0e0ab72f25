using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Composition;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using CadreRules.Standards;
using NodaTime;

namespace CadreRules.Planning;

/// <summary>
/// A planning regime (quy hoạch cán bộ) as a regulation: the bounds on candidates per title and titles per candidate,
/// candidate eligibility (service left, discipline, evaluation, political standard) and structure targets, all built
/// from parameters. Get the shipped versions from <see cref="PlanningRegulations"/> or from the catalogue
/// (<c>ShippedRegulations.Catalog.InForce&lt;PlanningRegulation&gt;(SubjectKind.Cadre, date)</c>).
/// </summary>
/// <remarks>
/// <para>Parameters (keys for a <see cref="LocalVariant"/>): <c>candidates.minimumPerTitle</c>,
/// <c>candidates.advisedMinimumPerTitle</c>, <c>candidates.maximumPerTitle</c>, <c>candidates.boundsPerSeat</c>,
/// <c>committee.minimumCoefficient</c>, <c>committee.maximumCoefficient</c>, <c>titles.maximumPerCandidate</c>,
/// <c>titles.onlyHigher</c>, <c>titles.notWithAppointmentProposal</c>, <c>age.minimumMonthsLeft</c>,
/// <c>age.minimumMonthsLeftTwoLevelsUp</c>, <c>age.preferredMonthsLeft</c>, <c>discipline.removingForm</c>,
/// <c>discipline.barMonthsMinor</c>, <c>discipline.barMonthsMajor</c>, <c>discipline.barIncludesPartyDiscipline</c>,
/// <c>discipline.expiredReprimandOrWarningKeepsPlanning</c>,
/// <c>structure.targetsApply</c>, <c>structure.youngAgeCentral</c>, <c>structure.youngAgeLocal</c>,
/// <c>structure.youngMinimumShare</c>, <c>structure.womenMinimumShare</c>, <c>titleStandards.apply</c>.</para>
/// <para>Title standards (<c>titleStandards.apply</c>, on for QĐ 377 by HĐ 45-HD/BTCTW §II.5.1, off by default for the
/// earlier regulations, whose texts the reference does not confirm on this point): each leadership entry is checked
/// against the <see cref="TitleStandardsRegulation"/> passed to <see cref="Validate(PlanningList, TitleStandardsRegulation?)"/>
/// on the list's date, as the entry's group (<see cref="PlanningTier.OneLevelUp"/> is đối tượng 1,
/// <see cref="PlanningTier.TwoLevelsUp"/> đối tượng 2). A candidate who fails them has a violation (<c>TitleStandards</c>);
/// one pending with a training plan, or whose qualifications are not recorded (undetermined), has an advisory finding
/// (<c>TitleStandardsPending</c>) and stays eligible: an unknown qualification is reported, not guessed either way.
/// Committee memberships are not checked (their standards are those of the committee's election rules).</para>
/// <para>Counting policy: the maximum is checked against everyone listed for a title; the minimum against those listed
/// who have no violation of their own on any title (an ineligible name does not make up the number, so removing an
/// ineligible candidate never adds a violation). Committee memberships are bounded
/// by the coefficient (largest count rounded half up, smallest rounded up) and not counted among a candidate's titles.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class PlanningRegulation : Regulation
{
    private readonly PlanningRegime _regime;
    private readonly int _minimumPerTitle;
    private readonly int _advisedMinimumPerTitle;
    private readonly int _maximumPerTitle;
    private readonly bool _boundsPerSeat;
    private readonly Share _committeeMinimum;
    private readonly Share _committeeMaximum;
    private readonly int _maximumTitles;
    private readonly int _monthsOneLevelUp;
    private readonly int _monthsTwoLevelsUp;
    private readonly int _preferredMonths;
    private readonly DisciplineForm _removingForm;
    private readonly int _barMonthsMinor;
    private readonly int _barMonthsMajor;
    private readonly bool _expiredMinorKeeps;
    private readonly bool _barIncludesParty;
    private readonly bool _targetsApply;
    private readonly int _youngAgeCentral;
    private readonly int _youngAgeLocal;
    private readonly Share _youngTarget;
    private readonly Share _womenTarget;

    private Rule<TitleFacts> _maxCandidates;
    private Rule<TitleFacts> _minCandidates;
    private Rule<TitleFacts> _fewCandidates;
    private Rule<TitleFacts> _committee;
    private Rule<TitlesFacts> _maxTitles;
    private Rule<AssignmentFacts> _onlyHigher;
    private Rule<AssignmentFacts> _monthsLeft;
    private Rule<AssignmentFacts> _preferredMonthsLeft;
    private Rule<CandidateFacts> _appointment;
    private Rule<CandidateFacts> _disciplineBar;
    private Rule<CandidateFacts> _disciplinedSince;
    private Rule<CandidateFacts> _notComplete;
    private Rule<CandidateFacts> _political;
    private Rule<StructureFacts> _young;
    private Rule<StructureFacts> _women;
    private Rule<StandardsFacts> _titleStandards;
    private Rule<StandardsFacts> _titleStandardsPending;
    private readonly bool _standardsApply;
    private readonly ImmutableArray<RuleChange> _changes;
    private readonly ImmutableArray<Rule<CandidateFacts>> _added;
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);

    /// <summary>The extension point of a requirement every planned candidate must meet (<see cref="RuleChange.Add{TFacts}(string, Rule{TFacts})"/>
    /// over <see cref="PlanningCandidateFacts"/>, or as data over <see cref="PlanningCandidateFacts.Catalog"/>).</summary>
    /// <remarks>A requirement of severity <see cref="Severity.Violation"/> that fails makes the candidate ineligible, like
    /// the shipped candidate rules: it counts in the report, in "eligible candidates per title", and at the annual
    /// review (a planned candidate who no longer meets it leaves; a proposed addition that does not is refused). One of
    /// another severity is reported and changes nothing else. The candidate rules a variant may replace are
    /// <c>NotWithAppointmentProposal</c>, <c>DisciplineBar</c>, <c>NotCompleteLatestYear</c> and <c>PoliticalStandard</c>;
    /// any rule may be removed.</remarks>
    public const string CandidateRequirement = "candidate";

    private static readonly string[] Replaceable = [PlanningRegime.NotWithAppointmentProposal, PlanningRegime.DisciplineBar, PlanningRegime.NotCompleteLatestYear, PlanningRegime.PoliticalStandard];

    internal PlanningRegulation(RegulationReference reference, ParameterSet parameters, PlanningRegime regime)
        : this(reference, parameters, regime, [], 0)
    {
    }

    private PlanningRegulation(RegulationReference reference, ParameterSet parameters, PlanningRegime regime, ImmutableArray<RuleChange> changes, int firstNew)
        : base(reference, parameters)
    {
        _regime = regime;
        _minimumPerTitle = parameters.Get(regime.MinimumPerTitle);
        _advisedMinimumPerTitle = parameters.Get(regime.AdvisedMinimumPerTitle);
        _maximumPerTitle = parameters.Get(regime.MaximumPerTitle);
        _boundsPerSeat = parameters.Get(regime.BoundsPerSeat);
        _committeeMinimum = parameters.Get(regime.CommitteeMinimumCoefficient);
        _committeeMaximum = parameters.Get(regime.CommitteeMaximumCoefficient);
        _maximumTitles = parameters.Get(regime.MaximumTitlesPerCandidate);
        bool onlyHigher = parameters.Get(regime.OnlyHigher);
        bool notWithAppointment = parameters.Get(regime.NotWithAppointment);
        _monthsOneLevelUp = parameters.Get(regime.MinimumMonthsLeft);
        _monthsTwoLevelsUp = parameters.Get(regime.MinimumMonthsLeftTwoLevelsUp);
        _preferredMonths = parameters.Get(regime.PreferredMonthsLeftValue);
        _removingForm = parameters.Get(regime.RemovingForm);
        _barMonthsMinor = parameters.Get(regime.BarMonthsMinor);
        _barMonthsMajor = parameters.Get(regime.BarMonthsMajor);
        _expiredMinorKeeps = parameters.Get(regime.ExpiredMinorDisciplineKeeps);
        _barIncludesParty = parameters.Get(regime.BarIncludesPartyDiscipline);
        _targetsApply = parameters.Get(regime.StructureTargetsApply);
        _youngAgeCentral = parameters.Get(regime.YoungAgeCentral);
        _youngAgeLocal = parameters.Get(regime.YoungAgeLocal);
        _youngTarget = parameters.Get(regime.YoungMinimumShare);
        _womenTarget = parameters.Get(regime.WomenMinimumShare);
        _standardsApply = parameters.Get(regime.TitleStandardsApply);
        _maxCandidates = Rule.Create<TitleFacts>(
            regime.Describe(PlanningRegime.MaxCandidatesPerTitle, parameters, Severity.Violation, regime.MaximumPerTitle, regime.BoundsPerSeat),
            f => f.Listed <= f.Maximum,
            f => f.Title.Kind == PlanningTitleKind.Leadership,
            TitleValues);
        _minCandidates = Rule.Create<TitleFacts>(
            regime.Describe(PlanningRegime.MinCandidatesPerTitle, parameters, Severity.Violation, regime.MinimumPerTitle, regime.BoundsPerSeat),
            f => f.Eligible >= f.Minimum,
            f => f.Title.Kind == PlanningTitleKind.Leadership && f.Minimum > 0,
            TitleValues);
        _fewCandidates = Rule.Create<TitleFacts>(
            regime.Describe(PlanningRegime.FewCandidates, parameters, Severity.Advisory, regime.AdvisedMinimumPerTitle, regime.BoundsPerSeat),
            f => f.Eligible >= f.AdvisedMinimum,
            f => f.Title.Kind == PlanningTitleKind.Leadership && f.AdvisedMinimum > f.Minimum && f.Eligible >= f.Minimum,
            TitleValues);
        _committee = Rule.Create<TitleFacts>(
            regime.Describe(PlanningRegime.CommitteeCoefficient, parameters, Severity.Violation, regime.CommitteeMinimumCoefficient, regime.CommitteeMaximumCoefficient),
            f => f.Listed <= f.Maximum && f.Eligible >= f.Minimum,
            f => f.Title.Kind == PlanningTitleKind.CommitteeMembership,
            TitleValues);
        _maxTitles = Rule.Create<TitlesFacts>(
            regime.Describe(PlanningRegime.MaxTitlesPerCandidate, parameters, Severity.Violation, regime.MaximumTitlesPerCandidate),
            f => f.Count <= f.Maximum,
            values: f => [FactValue.Of("cadre", f.Cadre.Value), FactValue.Of("level", f.Level.ToString()), FactValue.Of("titles", f.Count), FactValue.Of("maximum", f.Maximum)]);
        _onlyHigher = Rule.Create<AssignmentFacts>(
            regime.Describe(PlanningRegime.OnlyHigherTitle, parameters, Severity.Violation, regime.OnlyHigher),
            f => f.Title.Rank > f.Candidate.CurrentRank,
            f => onlyHigher && f.Title.Rank is not null && f.Candidate.CurrentRank is not null,
            f => [FactValue.Of("title", f.Title.Id), FactValue.Of("titleRank", f.Title.Rank ?? 0), FactValue.Of("currentRank", f.Candidate.CurrentRank ?? 0)]);
        _monthsLeft = Rule.Create<AssignmentFacts>(
            regime.Describe(PlanningRegime.MonthsLeft, parameters, Severity.Violation, regime.MinimumMonthsLeft, regime.MinimumMonthsLeftTwoLevelsUp),
            f => f.MonthsLeft >= f.Required,
            values: AssignmentValues);
        _preferredMonthsLeft = Rule.Create<AssignmentFacts>(
            regime.Describe(PlanningRegime.PreferredMonthsLeft, parameters, Severity.Advisory, regime.PreferredMonthsLeftValue),
            f => f.MonthsLeft >= f.Preferred,
            f => f.Preferred > f.Required && f.MonthsLeft >= f.Required,
            AssignmentValues);
        _appointment = Rule.Create<CandidateFacts>(
            regime.Describe(PlanningRegime.NotWithAppointmentProposal, parameters, Severity.Violation, regime.NotWithAppointment),
            f => !f.Candidate.AppointmentProposed,
            _ => notWithAppointment,
            f => [FactValue.Of("cadre", f.Candidate.Id.Value), FactValue.Of("appointmentProposed", f.Candidate.AppointmentProposed)]);
        _disciplineBar = Rule.Create<CandidateFacts>(
            regime.Describe(PlanningRegime.DisciplineBar, parameters, Severity.Violation, regime.BarMonthsMinor, regime.BarMonthsMajor, regime.RemovingForm, regime.BarIncludesPartyDiscipline, regime.ExpiredMinorDisciplineKeeps),
            f => f.Barring is null,
            values: DisciplineValues);
        _disciplinedSince = Rule.Create<CandidateFacts>(
            regime.Describe(PlanningRegime.DisciplinedSincePlanning, parameters, Severity.Violation, regime.BarMonthsMinor, regime.BarMonthsMajor, regime.RemovingForm, regime.BarIncludesPartyDiscipline, regime.ExpiredMinorDisciplineKeeps),
            f => f.Barring is null,
            values: DisciplineValues);
        _notComplete = Rule.Create<CandidateFacts>(
            regime.Describe(PlanningRegime.NotCompleteLatestYear),
            f => !f.LatestYearNotComplete,
            f => f.LatestYear is not null,
            f => [FactValue.Of("cadre", f.Candidate.Id.Value), FactValue.Of("year", f.LatestYear ?? 0), FactValue.Of("notComplete", f.LatestYearNotComplete)]);
        _political = Rule.Create<CandidateFacts>(
            regime.Describe(PlanningRegime.PoliticalStandard),
            f => !f.Candidate.FailsPoliticalStandard,
            values: f => [FactValue.Of("cadre", f.Candidate.Id.Value), FactValue.Of("failsPoliticalStandard", f.Candidate.FailsPoliticalStandard)]);
        _young = Rule.Create<StructureFacts>(
            regime.Describe(PlanningRegime.YoungShare, parameters, Severity.TargetNotMet, regime.YoungMinimumShare, regime.YoungAgeCentral, regime.YoungAgeLocal, regime.StructureTargetsApply),
            f => f.Composition.Young.Reaches(f.YoungTarget),
            f => f.TargetsApply && f.Composition.Total > 0,
            f => [FactValue.Of("level", f.Level.ToString()), FactValue.Of("group", f.Group), FactValue.Of("count", f.Composition.Young.Count), FactValue.Of("total", f.Composition.Total),
                  FactValue.Of("share", f.Composition.Young.Share ?? Share.Zero), FactValue.Of("target", f.YoungTarget), FactValue.Of("youngAge", f.Composition.YoungAgeLimit)]);
        _women = Rule.Create<StructureFacts>(
            regime.Describe(PlanningRegime.WomenShare, parameters, Severity.TargetNotMet, regime.WomenMinimumShare, regime.StructureTargetsApply),
            f => f.Composition.Women.Reaches(f.WomenTarget),
            f => f.TargetsApply && f.Composition.Total > 0,
            f => [FactValue.Of("level", f.Level.ToString()), FactValue.Of("group", f.Group), FactValue.Of("count", f.Composition.Women.Count), FactValue.Of("total", f.Composition.Total),
                  FactValue.Of("share", f.Composition.Women.Share ?? Share.Zero), FactValue.Of("target", f.WomenTarget)]);
        _titleStandards = Rule.Create<StandardsFacts>(
            regime.Describe(PlanningRegime.TitleStandards, parameters, Severity.Violation, regime.TitleStandardsApply),
            f => f.Verdict.Outcome != StandardsOutcome.Fails,
            values: StandardsValues);
        _titleStandardsPending = Rule.Create<StandardsFacts>(
            regime.Describe(PlanningRegime.TitleStandardsPending, parameters, Severity.Advisory, regime.TitleStandardsApply),
            f => f.Verdict.Outcome == StandardsOutcome.Meets,
            f => f.Verdict.Outcome != StandardsOutcome.Fails,
            StandardsValues);
        _changes = changes;
        var added = ImmutableArray.CreateBuilder<Rule<CandidateFacts>>();
        for (int i = 0; i < changes.Length; i++)
        {
            int index = i - firstNew; // a change inherited from the base was checked when the base was made
            RuleChange change = changes[i];
            switch (change.Kind)
            {
                case RuleChangeKind.Add:
                    added.Add(AddedRule(change, index, reference.Citation, added));
                    break;
                case RuleChangeKind.Remove:
                    Remove(NameOf(change, index), index);
                    break;
                default:
                    Replace(NameOf(change, index), change, index, reference.Citation);
                    break;
            }
        }

        _added = added.ToImmutable();
    }

    /// <inheritdoc />
    public override IEnumerable<RuleDescriptor> Rules =>
    [
        .. PlanningRegime.RuleNames.Where(name => !_removed.Contains(name)).Select(Named),
        .. _added.Select(rule => rule.Descriptor),
    ];

    /// <inheritdoc />
    public override ImmutableArray<RuleChange> RuleChanges => _changes;

    /// <summary>Gets the stable code of one of this regulation's rules, e.g. <c>QD377.Planning.MaxCandidatesPerTitle</c>.</summary>
    /// <param name="rule">The rule's name: <c>MaxCandidatesPerTitle</c>, <c>MinCandidatesPerTitle</c>, <c>FewCandidates</c>,
    /// <c>CommitteeCoefficient</c>, <c>MaxTitlesPerCandidate</c>, <c>OnlyHigherTitle</c>, <c>NotWithAppointmentProposal</c>,
    /// <c>MonthsLeft</c>, <c>PreferredMonthsLeft</c>, <c>DisciplineBar</c>, <c>DisciplinedSincePlanning</c>,
    /// <c>NotCompleteLatestYear</c>, <c>PoliticalStandard</c>, <c>YoungShare</c>, <c>WomenShare</c>, <c>TitleStandards</c> or
    /// <c>TitleStandardsPending</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is not one of these names.</exception>
    public RuleCode Code(string rule)
    {
        if (!PlanningRegime.RuleNames.Contains(rule, StringComparer.Ordinal))
        {
            throw new InvalidInputException($"'{rule}' is not a planning rule. Known: {string.Join(", ", PlanningRegime.RuleNames)}.", nameof(rule));
        }

        return _regime.Code(rule);
    }

    /// <summary>Gets the most candidates allowed for a title: the per-title maximum (times the seats when bounds scale with
    /// seats), or for a committee membership the seats times the largest coefficient, rounded half up (15 × 1.5 → 23).</summary>
    /// <param name="title">The title.</param>
    /// <returns>The maximum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public int MaximumCandidates(PlanningTitle title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return title.Kind == PlanningTitleKind.CommitteeMembership
            ? RoundHalfUp(_committeeMaximum, title.Seats)
            : PerTitle(_maximumPerTitle, title);
    }

    /// <summary>Gets the fewest eligible candidates required for a title (0 when there is no minimum): the per-title
    /// minimum (times the seats when bounds scale with seats), or for a committee membership the seats times the smallest
    /// coefficient, rounded up.</summary>
    /// <param name="title">The title.</param>
    /// <returns>The minimum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public int MinimumCandidates(PlanningTitle title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return title.Kind == PlanningTitleKind.CommitteeMembership
            ? Saturate(_committeeMinimum.CeilingOf(title.Seats))
            : PerTitle(_minimumPerTitle, title);
    }

    /// <summary>Gets the structure targets a planning list is checked against (the least shares of young cadres and of
    /// women on each level's list), or <see cref="CompositionTargets.None"/> when this regulation does not apply them.</summary>
    /// <remarks>The planning rules set no target for ethnic-minority cadres, so <see cref="CompositionTargets.EthnicMinority"/>
    /// is always <see langword="null"/> here.</remarks>
    public CompositionTargets StructureTargets => _targetsApply
        ? new CompositionTargets { Women = _womenTarget, Young = _youngTarget }
        : CompositionTargets.None;

    /// <summary>Gets the fewest months of service left required for a tier (đối tượng 1 or 2).</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The months.</returns>
    public int RequiredMonthsLeft(PlanningTier tier) => tier == PlanningTier.TwoLevelsUp ? _monthsTwoLevelsUp : _monthsOneLevelUp;

    /// <summary>Checks a planning list and explains every finding that is not satisfied.</summary>
    /// <remarks>The regulation is applied as given, whatever the list's date: pick the one in force with
    /// <c>ShippedRegulations.Catalog.InForce&lt;PlanningRegulation&gt;(SubjectKind.Cadre, list.Date)</c>, or apply two
    /// regulations to one list to compare them.</remarks>
    /// <param name="list">The list.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is null.</exception>
    public PlanningReport Validate(PlanningList list) => Validate(list, null);

    /// <summary>Checks a planning list, with the title standards in force, and explains every finding that is not
    /// satisfied.</summary>
    /// <remarks>When this regulation checks title standards (<see cref="ChecksTitleStandards"/>) and
    /// <paramref name="standards"/> is given, each leadership entry is checked against them on the list's date (see the
    /// class remarks); pick them with <see cref="TitleStandardsRegulation.InForce(RegulationCatalog, LocalDate)"/> from the
    /// same catalogue. Without them, no entry is checked and <see cref="PlanningReport.TitleStandards"/> is
    /// <see langword="null"/>.</remarks>
    /// <param name="list">The list.</param>
    /// <param name="standards">The title standards, or <see langword="null"/> not to check them.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is null.</exception>
    public PlanningReport Validate(PlanningList list, TitleStandardsRegulation? standards)
    {
        ArgumentNullException.ThrowIfNull(list);
        return (PlanningReport)Run(list, standards, explain: true, out _)!;
    }

    /// <summary>Gets a value indicating whether this regulation makes title standards a condition of planning
    /// (<c>titleStandards.apply</c>) and has not removed both of its title-standards rules.</summary>
    public bool ChecksTitleStandards => _standardsApply && !(_removed.Contains(PlanningRegime.TitleStandards) && _removed.Contains(PlanningRegime.TitleStandardsPending));

    /// <summary>Counts the violations of a planning list without building any finding (the fast path).</summary>
    /// <param name="list">The list.</param>
    /// <returns>The number of findings of severity <see cref="Severity.Violation"/> that <see cref="Validate(PlanningList)"/> would report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is null.</exception>
    public int CountViolations(PlanningList list) => CountViolations(list, null);

    /// <summary>Counts the violations of a planning list, with the title standards in force, without building any
    /// finding of the planning rules.</summary>
    /// <param name="list">The list.</param>
    /// <param name="standards">The title standards, or <see langword="null"/> not to check them.</param>
    /// <returns>The number of findings of severity <see cref="Severity.Violation"/> that
    /// <see cref="Validate(PlanningList, TitleStandardsRegulation?)"/> would report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is null.</exception>
    public int CountViolations(PlanningList list, TitleStandardsRegulation? standards)
    {
        ArgumentNullException.ThrowIfNull(list);
        Run(list, standards, explain: false, out int violations);
        return violations;
    }

    /// <summary>
    /// Reviews last year's list with this year's facts (rà soát quy hoạch hằng năm): entries of cadres disciplined since the
    /// list's date, rated KHT in the latest year, concluded not to meet the political standard, or short of service for the
    /// entry's tier must leave; proposed additions are accepted when the candidate is eligible and the title and the
    /// candidate still have room.
    /// </summary>
    /// <param name="plan">Last year's list.</param>
    /// <param name="reviewDate">The review date (on or after the list's date).</param>
    /// <param name="currentFacts">This year's facts; they replace the list's candidates with the same id and may add new
    /// candidates for <paramref name="proposedAdditions"/>.</param>
    /// <param name="proposedAdditions">Entries proposed for addition, or <see langword="null"/>.</param>
    /// <returns>The review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="currentFacts"/> (or an item) is null.</exception>
    /// <exception cref="InputOutOfRangeException"><paramref name="reviewDate"/> is outside <see cref="DomainCalendar"/>.</exception>
    /// <exception cref="PlanningListException">The review date is before the list's date; two facts share a cadre id; an
    /// addition names an unknown title or cadre, or a cadre already planned for that title.</exception>
    public PlanningReview Review(PlanningList plan, LocalDate reviewDate, IEnumerable<PlanningCandidate> currentFacts, IEnumerable<PlanningEntry>? proposedAdditions = null) =>
        Review(plan, reviewDate, currentFacts, proposedAdditions, null);

    private PlanningReview Review(PlanningList plan, LocalDate reviewDate, IEnumerable<PlanningCandidate> currentFacts, IEnumerable<PlanningEntry>? proposedAdditions, TitleStandardsRegulation? standards)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(currentFacts);
        DomainCalendar.Check(reviewDate, nameof(reviewDate));
        if (reviewDate < plan.Date)
        {
            throw new PlanningListException(TextFormat.Date(reviewDate), nameof(reviewDate), $"The review date {TextFormat.Date(reviewDate)} is before the list's date {TextFormat.Date(plan.Date)}.");
        }

        var facts = plan.Candidates.ToDictionary(c => c.Id);
        var given = new HashSet<CadreId>();
        foreach (PlanningCandidate candidate in currentFacts)
        {
            ArgumentNullException.ThrowIfNull(candidate, nameof(currentFacts));
            if (!given.Add(candidate.Id))
            {
                throw new PlanningListException(candidate.Id.Value, nameof(currentFacts), $"Two facts have the cadre id '{candidate.Id}'.");
            }

            facts[candidate.Id] = candidate;
        }

        YearMonth ageMonth = reviewDate < plan.Term.Start ? plan.AgeReferenceMonth : new YearMonth(reviewDate.Year, reviewDate.Month);
        var kept = new List<PlanningEntry>();
        var removed = new List<PlanningReviewItem>();
        foreach (PlanningEntry entry in plan.Entries.OrderBy(e => e.TitleId, StringComparer.Ordinal).ThenBy(e => e.CadreId))
        {
            PlanningCandidate candidate = facts[entry.CadreId];
            CandidateFacts since = CandidateFactsAt(candidate, reviewDate, plan.Date);
            var reasons = ImmutableArray.CreateBuilder<Finding>();
            AddIfFailed(reasons, _disciplinedSince, since);
            AddIfFailed(reasons, _notComplete, since);
            AddIfFailed(reasons, _political, since);
            AddRequirements(reasons, since);
            AddIfFailed(reasons, _monthsLeft, AssignmentAt(candidate, plan.Title(entry.TitleId), entry.Tier, ageMonth));
            if (reasons.Count == 0)
            {
                kept.Add(entry);
            }
            else
            {
                removed.Add(new PlanningReviewItem(entry, reasons.ToImmutable()));
            }
        }

        var added = new List<PlanningEntry>();
        var refused = new List<PlanningReviewItem>();
        if (proposedAdditions is not null)
        {
            PlanningEntry[] proposals = [.. proposedAdditions.OrderBy(e => e.TitleId, StringComparer.Ordinal).ThenBy(e => e.CadreId)];
            var planned = new HashSet<(CadreId, string)>(plan.Entries.Select(e => (e.CadreId, e.TitleId)));
            foreach (PlanningEntry entry in proposals)
            {
                string name = $"{entry.CadreId} → {entry.TitleId}";
                if (entry.TitleId is null || !plan.Titles.Any(t => t.Id == entry.TitleId))
                {
                    throw new PlanningListException(name, nameof(proposedAdditions), $"Addition '{name}' names an unknown title '{entry.TitleId}'.");
                }

                if (!facts.ContainsKey(entry.CadreId))
                {
                    throw new PlanningListException(name, nameof(proposedAdditions), $"Addition '{name}' names a cadre '{entry.CadreId}' with no facts.");
                }

                if (!planned.Add((entry.CadreId, entry.TitleId)))
                {
                    throw new PlanningListException(name, nameof(proposedAdditions), $"Cadre '{entry.CadreId}' is already planned for the title '{entry.TitleId}'.");
                }

                PlanningTitle title = plan.Title(entry.TitleId);
                PlanningCandidate candidate = facts[entry.CadreId];
                CandidateFacts now = CandidateFactsAt(candidate, reviewDate, null);
                var reasons = ImmutableArray.CreateBuilder<Finding>();
                AddIfFailed(reasons, _disciplineBar, now);
                AddIfFailed(reasons, _notComplete, now);
                AddIfFailed(reasons, _political, now);
                AddIfFailed(reasons, _appointment, now);
                AddRequirements(reasons, now);
                AssignmentFacts assignment = AssignmentAt(candidate, title, entry.Tier, ageMonth);
                AddIfFailed(reasons, _monthsLeft, assignment);
                AddIfFailed(reasons, _onlyHigher, assignment);
                if (StandardsAt(standards, candidate, title, entry.Tier, reviewDate) is { } standardsFacts && _titleStandards.Evaluate(standardsFacts) == FindingStatus.NotSatisfied)
                {
                    reasons.Add(ExplainStandards(_titleStandards, standardsFacts));
                }
                int onTitle = kept.Concat(added).Count(e => e.TitleId == title.Id) + 1;
                TitleFacts titleFacts = new(title, onTitle, onTitle, MinimumCandidates(title), PerTitle(_advisedMinimumPerTitle, title), MaximumCandidates(title));
                AddIfFailed(reasons, title.Kind == PlanningTitleKind.CommitteeMembership ? _committee : _maxCandidates, titleFacts with { Eligible = int.MaxValue });
                if (title.Kind == PlanningTitleKind.Leadership)
                {
                    int titles = kept.Concat(added).Count(e => e.CadreId == entry.CadreId && IsLeadershipAt(plan, e.TitleId, title.Level)) + 1;
                    AddIfFailed(reasons, _maxTitles, new TitlesFacts(entry.CadreId, title.Level, titles, _maximumTitles));
                }

                if (reasons.Count == 0)
                {
                    added.Add(entry);
                }
                else
                {
                    refused.Add(new PlanningReviewItem(entry, reasons.ToImmutable()));
                }
            }
        }

        return new PlanningReview(Reference, reviewDate, ageMonth, [.. kept], [.. removed], [.. added], [.. refused])
        {
            TitleStandards = ChecksTitleStandards ? standards : null,
        };
    }

    /// <summary>Reviews last year's list with this year's facts, as <see cref="Review(PlanningList, LocalDate, IEnumerable{PlanningCandidate}, IEnumerable{PlanningEntry})"/>
    /// does, from one input value.</summary>
    /// <param name="input">The list, the review date, this year's facts and the proposed additions.</param>
    /// <returns>The review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="InputOutOfRangeException">The review date is outside <see cref="DomainCalendar"/>.</exception>
    /// <exception cref="PlanningListException">The review date is before the list's date; two facts share a cadre id; an
    /// addition names an unknown title or cadre, or a cadre already planned for that title.</exception>
    public PlanningReview Review(PlanningReviewInput input) => Review(input, null);

    /// <summary>Reviews last year's list with this year's facts, as <see cref="Review(PlanningReviewInput)"/> does, and
    /// checks each proposed addition against the title standards in force on the review date.</summary>
    /// <remarks>Only additions are checked against the title standards (a candidate who fails them is refused, with the
    /// finding); entries already planned are not removed for them, since the removal grounds of the review do not include
    /// them. Without <paramref name="standards"/>, or when this regulation does not check title standards, this is
    /// <see cref="Review(PlanningReviewInput)"/>.</remarks>
    /// <param name="input">The list, the review date, this year's facts and the proposed additions.</param>
    /// <param name="standards">The title standards, or <see langword="null"/> not to check them.</param>
    /// <returns>The review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="InputOutOfRangeException">The review date is outside <see cref="DomainCalendar"/>.</exception>
    /// <exception cref="PlanningListException">The review date is before the list's date; two facts share a cadre id; an
    /// addition names an unknown title or cadre, or a cadre already planned for that title.</exception>
    public PlanningReview Review(PlanningReviewInput input, TitleStandardsRegulation? standards)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Review(input.Plan, input.ReviewDate, input.CurrentFacts, input.ProposedAdditions, standards);
    }

    /// <inheritdoc />
    protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters) =>
        new PlanningRegulation(reference, parameters, _regime, _changes, _changes.Length);

    /// <inheritdoc />
    protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters, ImmutableArray<RuleChange> changes) =>
        new PlanningRegulation(reference, parameters, _regime, [.. _changes, .. changes], _changes.Length);

    private static PlanningCandidateFacts Public(CandidateFacts facts) => new(facts.Candidate, facts.AsOf);

    private void AddRequirements(ImmutableArray<Finding>.Builder reasons, CandidateFacts facts)
    {
        foreach (Rule<CandidateFacts> requirement in _added)
        {
            if (requirement.Descriptor.Severity == Severity.Violation)
            {
                AddIfFailed(reasons, requirement, facts);
            }
        }
    }

    private Rule<CandidateFacts> AddedRule(RuleChange change, int index, Citation variant, ImmutableArray<Rule<CandidateFacts>>.Builder added)
    {
        if (!string.Equals(change.Target, CandidateRequirement, StringComparison.Ordinal))
        {
            throw new FactConditionException(index, "to", RuleChangeText.OnlyPlace(change.Target, new LocalizedText("quy định quy hoạch", "a planning regulation"), CandidateRequirement,
                new LocalizedText("một yêu cầu mọi người được quy hoạch phải đáp ứng", "a requirement every planned candidate must meet")));
        }

        RuleDescriptor given = change.Descriptor!;
        if (PlanningRegime.RuleNames.Any(name => _regime.Code(name) == given.Code) || added.Any(rule => rule.Code == given.Code))
        {
            throw new FactConditionException(index, "code", RuleChangeText.CodeTaken(given.Code, Id));
        }

        var descriptor = new RuleDescriptor(given.Code, given.Text, given.Citation ?? variant, given.Severity, given.Confidence);
        return new MappedRule<CandidateFacts, PlanningCandidateFacts>(descriptor, change.Build(index, PlanningCandidateFacts.Catalog, descriptor), Public);
    }

    private string NameOf(RuleChange change, int index) =>
        PlanningRegime.RuleNames.FirstOrDefault(name => _regime.Code(name).Value == change.Target)
        ?? throw new FactConditionException(index, "code", RuleChangeText.NotARule(change.Target, Id, PlanningRegime.RuleNames.Select(name => _regime.Code(name).Value)));

    private void Remove(string name, int index)
    {
        if (!_removed.Add(name))
        {
            throw new FactConditionException(index, "code", RuleChangeText.RemovedTwice(_regime.Code(name)));
        }

        switch (name)
        {
            case PlanningRegime.MaxCandidatesPerTitle: _maxCandidates = Rule.NotApplicable<TitleFacts>(); break;
            case PlanningRegime.MinCandidatesPerTitle: _minCandidates = Rule.NotApplicable<TitleFacts>(); break;
            case PlanningRegime.FewCandidates: _fewCandidates = Rule.NotApplicable<TitleFacts>(); break;
            case PlanningRegime.CommitteeCoefficient: _committee = Rule.NotApplicable<TitleFacts>(); break;
            case PlanningRegime.MaxTitlesPerCandidate: _maxTitles = Rule.NotApplicable<TitlesFacts>(); break;
            case PlanningRegime.OnlyHigherTitle: _onlyHigher = Rule.NotApplicable<AssignmentFacts>(); break;
            case PlanningRegime.MonthsLeft: _monthsLeft = Rule.NotApplicable<AssignmentFacts>(); break;
            case PlanningRegime.PreferredMonthsLeft: _preferredMonthsLeft = Rule.NotApplicable<AssignmentFacts>(); break;
            case PlanningRegime.NotWithAppointmentProposal: _appointment = Rule.NotApplicable<CandidateFacts>(); break;
            case PlanningRegime.DisciplineBar: _disciplineBar = Rule.NotApplicable<CandidateFacts>(); break;
            case PlanningRegime.DisciplinedSincePlanning: _disciplinedSince = Rule.NotApplicable<CandidateFacts>(); break;
            case PlanningRegime.NotCompleteLatestYear: _notComplete = Rule.NotApplicable<CandidateFacts>(); break;
            case PlanningRegime.PoliticalStandard: _political = Rule.NotApplicable<CandidateFacts>(); break;
            case PlanningRegime.YoungShare: _young = Rule.NotApplicable<StructureFacts>(); break;
            case PlanningRegime.TitleStandards: _titleStandards = Rule.NotApplicable<StandardsFacts>(); break;
            case PlanningRegime.TitleStandardsPending: _titleStandardsPending = Rule.NotApplicable<StandardsFacts>(); break;
            default: _women = Rule.NotApplicable<StructureFacts>(); break;
        }
    }

    private void Replace(string name, RuleChange change, int index, Citation variant)
    {
        if (!Replaceable.Contains(name, StringComparer.Ordinal) || _removed.Contains(name))
        {
            throw new FactConditionException(index, "code", _removed.Contains(name)
                ? RuleChangeText.RemovedEarlier(_regime.Code(name))
                : RuleChangeText.NotReplaceable(_regime.Code(name), Replaceable.Select(n => _regime.Code(n).Value)));
        }

        RuleDescriptor original = Named(name);
        var descriptor = new RuleDescriptor(original.Code, change.Descriptor?.Text ?? (change.Condition is { } written ? FactCatalog<PlanningCandidateFacts>.Describe(written) : original.Text), change.Descriptor?.Citation ?? variant, original.Severity, change.Descriptor?.Confidence ?? Confidence.Confirmed);
        var rule = new MappedRule<CandidateFacts, PlanningCandidateFacts>(descriptor, change.Build(index, PlanningCandidateFacts.Catalog, descriptor), Public);
        switch (name)
        {
            case PlanningRegime.NotWithAppointmentProposal: _appointment = rule; break;
            case PlanningRegime.DisciplineBar: _disciplineBar = rule; break;
            case PlanningRegime.NotCompleteLatestYear: _notComplete = rule; break;
            default: _political = rule; break;
        }
    }

    /// <summary>The descriptor of the built-in rule of a name (as replaced, when it is).</summary>
    private RuleDescriptor Named(string name) => name switch
    {
        PlanningRegime.MaxCandidatesPerTitle => _maxCandidates.Descriptor,
        PlanningRegime.MinCandidatesPerTitle => _minCandidates.Descriptor,
        PlanningRegime.FewCandidates => _fewCandidates.Descriptor,
        PlanningRegime.CommitteeCoefficient => _committee.Descriptor,
        PlanningRegime.MaxTitlesPerCandidate => _maxTitles.Descriptor,
        PlanningRegime.OnlyHigherTitle => _onlyHigher.Descriptor,
        PlanningRegime.MonthsLeft => _monthsLeft.Descriptor,
        PlanningRegime.PreferredMonthsLeft => _preferredMonthsLeft.Descriptor,
        PlanningRegime.NotWithAppointmentProposal => _appointment.Descriptor,
        PlanningRegime.DisciplineBar => _disciplineBar.Descriptor,
        PlanningRegime.DisciplinedSincePlanning => _disciplinedSince.Descriptor,
        PlanningRegime.NotCompleteLatestYear => _notComplete.Descriptor,
        PlanningRegime.PoliticalStandard => _political.Descriptor,
        PlanningRegime.YoungShare => _young.Descriptor,
        PlanningRegime.TitleStandards => _titleStandards.Descriptor,
        PlanningRegime.TitleStandardsPending => _titleStandardsPending.Descriptor,
        _ => _women.Descriptor,
    };

    private static bool IsLeadershipAt(PlanningList plan, string titleId, OrganisationalLevel level)
    {
        PlanningTitle title = plan.Title(titleId);
        return title.Kind == PlanningTitleKind.Leadership && title.Level == level;
    }

    // Bounds are computed wide and saturated: with seats ≤ PlanningTitle.MaxSeats and the parameters' own bounds they
    // never reach int.MaxValue, and no input can make them overflow.
    private static int RoundHalfUp(Share coefficient, int seats) =>
        Saturate(((2 * (Int128)coefficient.Numerator * seats) + coefficient.Denominator) / (2 * (Int128)coefficient.Denominator));

    private int PerTitle(int perTitle, PlanningTitle title) => Saturate((Int128)perTitle * (_boundsPerSeat ? title.Seats : 1));

    private static int Saturate(Int128 value) => value > int.MaxValue ? int.MaxValue : (int)value;

    private static void AddIfFailed<TFacts>(ImmutableArray<Finding>.Builder findings, Rule<TFacts> rule, TFacts facts)
    {
        if (rule.Evaluate(facts) == FindingStatus.NotSatisfied)
        {
            findings.Add(rule.Explain(facts));
        }
    }

    private static ImmutableArray<FactValue> TitleValues(TitleFacts f) =>
    [
        FactValue.Of("title", f.Title.Id), FactValue.Of("seats", f.Title.Seats), FactValue.Of("listed", f.Listed),
        FactValue.Of("eligible", Math.Min(f.Eligible, f.Listed)), FactValue.Of("minimum", f.Minimum), FactValue.Of("advisedMinimum", f.AdvisedMinimum), FactValue.Of("maximum", f.Maximum),
    ];

    private static ImmutableArray<FactValue> AssignmentValues(AssignmentFacts f) =>
    [
        FactValue.Of("cadre", f.Candidate.Id.Value), FactValue.Of("title", f.Title.Id), FactValue.Of("tier", (long)f.Tier),
        FactValue.Of("ageMonth", f.AgeMonth), FactValue.Of("monthsLeft", f.MonthsLeft), ServiceLeftWords.Value(f.MonthsLeft), FactValue.Of("required", f.Required),
        FactValue.Of("preferred", f.Preferred),
    ];

    private static ImmutableArray<FactValue> DisciplineValues(CandidateFacts f) => f.Barring is { } record
        ? [FactValue.Of("cadre", f.Candidate.Id.Value), FactValue.Of("form", record.Form.ToString()), FactValue.Of("decidedOn", record.DecidedOn), FactValue.Of("barEnds", f.BarEnds ?? record.DecidedOn)]
        : [FactValue.Of("cadre", f.Candidate.Id.Value)];

    /// <summary>The title standards of one entry on a date, or null when they are not checked: this regulation does not
    /// check them, none were given, the title is a committee membership, or its level did not exist on the date.</summary>
    private StandardsFacts? StandardsAt(TitleStandardsRegulation? standards, PlanningCandidate candidate, PlanningTitle title, PlanningTier tier, LocalDate date)
    {
        if (!_standardsApply || standards is null || title.Kind != PlanningTitleKind.Leadership || !AdministrativeLevels.Exists(title.Level, date))
        {
            return null;
        }

        Verdict<StandardsOutcome> verdict = standards.Explain(new TitleStandardsCase
        {
            Cadre = candidate.Cadre,
            Title = title.Name,
            Level = title.Level,
            ManagedCentrally = title.ManagedCentrally,
            AssessedOn = date,
            PlanningGroup = GroupOf(tier),
            HasTrainingPlan = candidate.HasTrainingPlan,
        });
        return new StandardsFacts(candidate, title, tier, date, verdict);
    }

    /// <summary>The planning group (đối tượng) of HĐ 45 §II.2 a tier stands for.</summary>
    private static PlanningGroup GroupOf(PlanningTier tier) => tier == PlanningTier.TwoLevelsUp ? PlanningGroup.Second : PlanningGroup.First;

    /// <summary>A title-standards finding with the standards' own explanation (each requirement, cited) under it.</summary>
    private static Finding ExplainStandards(Rule<StandardsFacts> rule, StandardsFacts facts) => rule.Explain(facts).WithChildren([facts.Verdict.Explanation]);

    private static ImmutableArray<FactValue> StandardsValues(StandardsFacts f) =>
    [
        FactValue.Of("cadre", f.Candidate.Id.Value), FactValue.Of("title", f.Title.Id), FactValue.Of("tier", (long)f.Tier),
        FactValue.Of("group", StandardsMessages.GroupWords(GroupOf(f.Tier))),
        FactValue.Of("assessedOn", f.AssessedOn), FactValue.Of("outcome", StandardsMessages.OutcomeWords(f.Verdict.Outcome)),
        FactValue.Of("standards", f.Verdict.Regulation?.Id.Value ?? string.Empty),
    ];

    private AssignmentFacts AssignmentAt(PlanningCandidate candidate, PlanningTitle title, PlanningTier tier, YearMonth ageMonth)
    {
        int monthsLeft = RetirementSchedule.For(candidate.Cadre).MonthsLeftAt(ageMonth);
        return new AssignmentFacts(candidate, title, tier, ageMonth, monthsLeft, RequiredMonthsLeft(tier), _preferredMonths);
    }

    /// <summary>Reads the discipline and evaluation facts of a candidate on a date. With <paramref name="since"/>, the
    /// discipline that counts is a decision after that date (removal at review); without it, a decision whose bar has not
    /// ended (eligibility).</summary>
    private CandidateFacts CandidateFactsAt(PlanningCandidate candidate, LocalDate asOf, LocalDate? since)
    {
        DisciplineRecord? barring = null;
        LocalDate? barEnds = null;
        foreach (DisciplineRecord record in candidate.Cadre.Discipline)
        {
            if (record.DecidedOn > asOf || !record.IsAtLeast(_removingForm))
            {
                continue;
            }

            LocalDate ends = record.DecidedOn.PlusMonths(record.IsAtLeast(DisciplineForm.Demotion) ? _barMonthsMajor : _barMonthsMinor);
            bool counts = since is { } from
                ? record.DecidedOn > from && !(_expiredMinorKeeps && record.Form <= DisciplineForm.Warning && asOf >= ends)
                : asOf < ends && (_barIncludesParty || record.Track == DisciplineTrack.Administrative);
            if (counts && (barEnds is null || ends > barEnds.Value))
            {
                barring = record;
                barEnds = ends;
            }
        }

        int? latestYear = null;
        bool notComplete = false;
        foreach (EvaluationRecord evaluation in candidate.Cadre.Evaluations)
        {
            if (evaluation.Year > asOf.Year || evaluation.Level is null)
            {
                continue;
            }

            if (latestYear is null || evaluation.Year > latestYear)
            {
                latestYear = evaluation.Year;
                notComplete = evaluation.IsNotComplete;
            }
            else if (evaluation.Year == latestYear)
            {
                notComplete |= evaluation.IsNotComplete;
            }
        }

        return new CandidateFacts(candidate, asOf, barring, barEnds, latestYear, notComplete);
    }

    private object? Run(PlanningList list, TitleStandardsRegulation? standards, bool explain, out int violations)
    {
        violations = 0;
        int count = 0;
        PlanningCandidate[] candidates = [.. list.Candidates.OrderBy(c => c.Id)];
        PlanningTitle[] titles = [.. list.Titles.OrderBy(t => t.Id, StringComparer.Ordinal)];
        PlanningEntry[] entries = [.. list.Entries.OrderBy(e => e.CadreId).ThenBy(e => e.TitleId, StringComparer.Ordinal)];
        var entriesByCadre = entries.ToLookup(e => e.CadreId);
        var entriesByTitle = entries.ToLookup(e => e.TitleId, StringComparer.Ordinal);
        var candidateViolation = new HashSet<CadreId>();
        var monthsLeft = new Dictionary<CadreId, int>();
        var candidateFindings = new Dictionary<CadreId, ImmutableArray<Finding>.Builder>();

        void Check<TFacts>(Rule<TFacts> rule, TFacts facts, ImmutableArray<Finding>.Builder? sink, Action? onViolation, Func<Rule<TFacts>, TFacts, Finding>? explainWith = null)
        {
            if (rule.Evaluate(facts) != FindingStatus.NotSatisfied)
            {
                return;
            }

            if (rule.Descriptor.Severity == Severity.Violation)
            {
                count++;
                onViolation?.Invoke();
            }

            sink?.Add(explainWith is null ? rule.Explain(facts) : explainWith(rule, facts));
        }

        foreach (PlanningCandidate candidate in candidates)
        {
            ImmutableArray<Finding>.Builder? sink = explain ? ImmutableArray.CreateBuilder<Finding>() : null;
            candidateFindings[candidate.Id] = sink!;
            CadreId id = candidate.Id;
            void MarkCandidate() => candidateViolation.Add(id);
            monthsLeft[id] = RetirementSchedule.For(candidate.Cadre).MonthsLeftAt(list.AgeReferenceMonth);
            PlanningEntry[] own = [.. entriesByCadre[id]];
            if (own.Length == 0)
            {
                continue;
            }

            CandidateFacts facts = CandidateFactsAt(candidate, list.Date, null);
            Check(_disciplineBar, facts, sink, MarkCandidate);
            Check(_notComplete, facts, sink, MarkCandidate);
            Check(_political, facts, sink, MarkCandidate);
            Check(_appointment, facts, sink, MarkCandidate);
            foreach (Rule<CandidateFacts> requirement in _added)
            {
                Check(requirement, facts, sink, MarkCandidate);
            }

            foreach (IGrouping<OrganisationalLevel, PlanningTitle> level in own.Select(e => list.Title(e.TitleId))
                .Where(t => t.Kind == PlanningTitleKind.Leadership).GroupBy(t => t.Level).OrderBy(g => g.Key))
            {
                Check(_maxTitles, new TitlesFacts(id, level.Key, level.Count(), _maximumTitles), sink, MarkCandidate);
            }

            foreach (PlanningEntry entry in own)
            {
                PlanningTitle title = list.Title(entry.TitleId);
                AssignmentFacts assignment = AssignmentAt(candidate, title, entry.Tier, list.AgeReferenceMonth);
                Check(_onlyHigher, assignment, sink, MarkCandidate);
                Check(_monthsLeft, assignment, sink, MarkCandidate);
                Check(_preferredMonthsLeft, assignment, sink, null);
                if (StandardsAt(standards, candidate, title, entry.Tier, list.Date) is { } standardsFacts)
                {
                    Check(_titleStandards, standardsFacts, sink, MarkCandidate, ExplainStandards);
                    Check(_titleStandardsPending, standardsFacts, sink, null, ExplainStandards);
                }
            }
        }

        var titleReports = explain ? ImmutableArray.CreateBuilder<TitlePlanningReport>(titles.Length) : null;
        foreach (PlanningTitle title in titles)
        {
            CadreId[] planned = [.. entriesByTitle[title.Id].Select(e => e.CadreId)];
            int eligible = planned.Count(c => !candidateViolation.Contains(c));
            int minimum = MinimumCandidates(title);
            int advised = title.Kind == PlanningTitleKind.Leadership ? PerTitle(_advisedMinimumPerTitle, title) : 0;
            int maximum = MaximumCandidates(title);
            var facts = new TitleFacts(title, planned.Length, eligible, minimum, advised, maximum);
            ImmutableArray<Finding>.Builder? sink = explain ? ImmutableArray.CreateBuilder<Finding>() : null;
            Check(_maxCandidates, facts, sink, null);
            Check(_minCandidates, facts, sink, null);
            Check(_fewCandidates, facts, sink, null);
            Check(_committee, facts, sink, null);
            titleReports?.Add(new TitlePlanningReport(title, [.. planned], eligible, minimum, advised, maximum, sink!.ToImmutable()));
        }

        var structureReports = explain ? ImmutableArray.CreateBuilder<StructureReport>() : null;
        LocalDate ageDate = list.AgeReferenceMonth.OnDayOfMonth(1);
        foreach (IGrouping<(OrganisationalLevel Level, string Group), PlanningTitle> group in titles
            .GroupBy(t => (t.Level, t.Group)).OrderBy(g => g.Key.Level).ThenBy(g => g.Key.Group, StringComparer.Ordinal))
        {
            IEnumerable<Cadre> members = group.SelectMany(t => entriesByTitle[t.Id]).Select(e => list.Candidate(e.CadreId).Cadre);
            int youngAge = group.Key.Level == OrganisationalLevel.Central ? _youngAgeCentral : _youngAgeLocal;
            var facts = new StructureFacts(group.Key.Level, group.Key.Group, BodyComposition.Of(members, ageDate, youngAge), _youngTarget, _womenTarget, _targetsApply);
            ImmutableArray<Finding>.Builder? sink = explain ? ImmutableArray.CreateBuilder<Finding>() : null;
            Check(_young, facts, sink, null);
            Check(_women, facts, sink, null);
            structureReports?.Add(new StructureReport(group.Key.Level, group.Key.Group, facts.Composition, sink!.ToImmutable()));
        }

        violations = count;
        if (!explain)
        {
            return null;
        }

        ImmutableArray<CandidatePlanningReport> candidateReports =
        [
            .. candidates.Select(c => new CandidatePlanningReport(
                c.Id,
                [.. entriesByCadre[c.Id].Select(e => e.TitleId)],
                list.AgeReferenceMonth,
                monthsLeft[c.Id],
                candidateFindings[c.Id].ToImmutable())),
        ];
        return new PlanningReport(Reference, list.Date, titleReports!.ToImmutable(), candidateReports, structureReports!.ToImmutable())
        {
            TitleStandards = ChecksTitleStandards ? standards : null,
        };
    }

    private readonly record struct TitleFacts(PlanningTitle Title, int Listed, int Eligible, int Minimum, int AdvisedMinimum, int Maximum);

    private readonly record struct TitlesFacts(CadreId Cadre, OrganisationalLevel Level, int Count, int Maximum);

    private readonly record struct AssignmentFacts(PlanningCandidate Candidate, PlanningTitle Title, PlanningTier Tier, YearMonth AgeMonth, int MonthsLeft, int Required, int Preferred);

    private readonly record struct CandidateFacts(PlanningCandidate Candidate, LocalDate AsOf, DisciplineRecord? Barring, LocalDate? BarEnds, int? LatestYear, bool LatestYearNotComplete);

    private readonly record struct StandardsFacts(PlanningCandidate Candidate, PlanningTitle Title, PlanningTier Tier, LocalDate AssessedOn, Verdict<StandardsOutcome> Verdict);

    private readonly record struct StructureFacts(OrganisationalLevel Level, string Group, BodyComposition Composition, Share YoungTarget, Share WomenTarget, bool TargetsApply);
}
