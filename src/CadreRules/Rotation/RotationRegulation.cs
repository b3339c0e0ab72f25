using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Rotation;

/// <summary>
/// Rotation of cadres (luân chuyển cán bộ): QĐ 65-QĐ/TW (28/04/2022), which replaced QĐ 98-QĐ/TW (07/10/2017), with
/// the State's duration clause (NĐ 170/2025/NĐ-CP Điều 48 from 01/07/2025, NĐ 138/2020/NĐ-CP before), and the
/// non-local and two-term policies that rotation serves.
/// </summary>
/// <remarks>
/// <para>Eligibility (<see cref="Eligibility"/>) is all of: in planning (for a training rotation); enough working time
/// left at the rotation date (120 months, or an appointment term for the non-local and two-term policies), unless the
/// competent level decided a special case; not under disciplinary review; an equivalent post, a higher one only for an
/// outstanding cadre; no new title; a planned duration of at least 36 months.</para>
/// <para>Every threshold is a parameter, so a province's <see cref="LocalVariant"/> changes values, not code. The
/// regulation does not check that it is in force on the rotation date: pick it from a <see cref="RegulationCatalog"/>
/// (topic <see cref="RegulationTopic.Rotation"/>, subject <see cref="SubjectKind.Cadre"/>) to get the one in force.
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed class RotationRegulation : Regulation
{
    /// <summary>The extension point of a requirement every case must meet: an added rule (<see cref="RuleChange.Add{TFacts}(string, Rule{TFacts})"/>
    /// over <see cref="RotationCase"/>, or as data over <see cref="RotationFacts.Catalog"/>) joins <see cref="Eligibility"/>'s
    /// conditions, all of which must hold.</summary>
    /// <remarks>Any condition of <see cref="Eligibility"/> may also be replaced (it keeps its code and cites the variant)
    /// or removed by its code. The key-post rules (<see cref="IsLocal"/>, the term limit) take numbers only.</remarks>
    public const string Requirement = "requirement";

    private readonly ImmutableArray<RuleChange> _changes = [];

    /// <inheritdoc />
    public override ImmutableArray<RuleChange> RuleChanges => _changes;

    /// <summary>Gets the minimum months of working time left for a training rotation (10 years).</summary>
    public static Parameter<int> MinMonthsLeft { get; } = Parameter.Integer(
        "serviceLeft.minMonths",
        new LocalizedText("Số tháng công tác còn lại tối thiểu tại thời điểm luân chuyển", "Minimum months of working time left at the rotation date"),
        120, Confidence.Confirmed, RotationDocuments.Qd65.Article(5, 2), minimum: 0, maximum: 600);

    /// <summary>Gets the minimum months left when rotating under the non-local or two-term policy (an appointment term).
    /// Confirmed for the State (NĐ 170/2025 Điều 43 khoản 4) and for QĐ 98; <see cref="Confidence.Unconfirmed"/> for
    /// QĐ 65, whose Vietnamese text of that clause was not retrieved.</summary>
    public static Parameter<int> MinMonthsLeftForPolicy { get; } = Parameter.Integer(
        "serviceLeft.policyMinMonths",
        new LocalizedText("Số tháng công tác còn lại tối thiểu khi luân chuyển để bố trí không phải người địa phương hoặc không giữ chức quá hai nhiệm kỳ", "Minimum months left when rotating for the non-local or two-term policy"),
        60, Confidence.Unconfirmed, RotationDocuments.Nd170.Article(43, 4), minimum: 0, maximum: 600);

    /// <summary>Gets the minimum planned duration of one rotation, in months (NĐ 170/2025 Điều 48).</summary>
    public static Parameter<int> MinDurationMonths { get; } = Parameter.Integer(
        "duration.minMonths",
        new LocalizedText("Thời gian luân chuyển tối thiểu (tháng)", "Minimum duration of a rotation (months)"),
        36, Confidence.Confirmed, RotationDocuments.Nd170.Article(48), minimum: 1, maximum: 240);

    /// <summary>Gets whether being under disciplinary review bars a rotation that starts before 01/07/2025.
    /// <see cref="Confidence.Unconfirmed"/>: the clause of QĐ 65 on who is not rotated was not retrieved; the default
    /// follows ordinary personnel practice. From 01/07/2025 the bar is Luật Cán bộ, công chức 80/2025/QH15 Điều 38
    /// khoản 2 (confirmed), which applies whatever this parameter says.</summary>
    public static Parameter<bool> DisciplinaryReviewBars { get; } = Parameter.Boolean(
        "disciplinaryReview.bars",
        new LocalizedText("Đang bị xem xét kỷ luật thì không luân chuyển", "Being under disciplinary review bars a rotation"),
        true, Confidence.Unconfirmed);

    /// <summary>Gets the years studied or worked in a locality from which a holder counts as local. A provincial rule,
    /// so <see cref="Confidence.Unconfirmed"/> as a national default.</summary>
    public static Parameter<int> LocalMinYears { get; } = Parameter.Integer(
        "nonLocal.minYearsThere",
        new LocalizedText("Số năm học tập, công tác tại địa phương để được coi là người địa phương", "Years studied or worked in a locality to count as local"),
        20, Confidence.Unconfirmed, RotationDocuments.Ct45.Whole(), minimum: 1, maximum: 80);

    /// <summary>Gets the target share of non-local commune secretaries and chairs. The 50% default is Hà Nội's target
    /// (Nghị quyết 04-NQ/TU); no national number exists, so it is <see cref="Confidence.Unconfirmed"/> as a default.</summary>
    public static Parameter<Share> NonLocalTarget { get; } = Parameter.Share(
        "nonLocal.targetShare",
        new LocalizedText("Tỷ lệ bí thư, chủ tịch cấp xã không phải người địa phương cần đạt", "Target share of non-local commune secretaries and chairs"),
        Share.Percent(50), Confidence.Unconfirmed, RotationDocuments.Ct45.Whole());

    /// <summary>Gets the year by whose end (31 December) the non-local target is due. CT 45-CT/TW gives no date (the
    /// policy is to be "basically" done over the 2025–2030 congresses) and Hà Nội's NQ 04-NQ/TU set its 50% for the
    /// 2020–2025 term, so this is a named parameter, <see cref="Confidence.Unconfirmed"/>, 2025 by default; a province
    /// sets its own with its target.</summary>
    public static Parameter<int> NonLocalDeadlineYear { get; } = Parameter.Integer(
        "nonLocal.deadlineYear",
        new LocalizedText("Năm phải đạt tỷ lệ không phải người địa phương (hết ngày 31/12 của năm)", "Year by whose end (31 December) the non-local target is due"),
        2025, Confidence.Unconfirmed, RotationDocuments.Ct45.Whole(), minimum: 2000, maximum: 2100);

    /// <summary>Gets the whole years as secretary in one place from which a move is due (CT 45-CT/TW: more than two
    /// consecutive terms, 8 years or more; known from news summaries, <see cref="Confidence.News"/>). CT 45 names the
    /// secretaries of the level directly above the grassroots and higher: which units a survey lists is the caller's
    /// choice.</summary>
    public static Parameter<int> SecretaryMaxYearsInPlace { get; } = Parameter.Integer(
        "nonLocal.secretaryMaxYearsInPlace",
        new LocalizedText("Số năm giữ chức bí thư ở một địa phương mà từ đó cần bố trí sang nơi khác", "Years as secretary in one place from which a move is due"),
        8, Confidence.News, RotationDocuments.Ct45.Whole(), minimum: 1, maximum: 40);

    /// <summary>Gets the target share of non-local provincial party secretaries. CT 45-CT/TW asks for provincial
    /// secretaries who are "basically" (cơ bản) not local and gives no number, so this is a named parameter,
    /// <see cref="Confidence.Unconfirmed"/>; the default reads "basically" as every post (100%); a caller who reads it
    /// otherwise sets its own share.</summary>
    public static Parameter<Share> ProvincialSecretaryTarget { get; } = Parameter.Share(
        "nonLocal.provincialSecretary.targetShare",
        new LocalizedText("Tỷ lệ bí thư tỉnh ủy, thành ủy không phải người địa phương cần đạt (\"cơ bản\")", "Target share of non-local provincial party secretaries (\"basically\")"),
        Share.One, Confidence.Unconfirmed, RotationDocuments.Ct45.Whole());

    /// <summary>Gets the year by whose end the provincial secretaries' target is due. CT 45-CT/TW ties it to the
    /// provincial congresses of the 2025–2030 term, held in 2025, and gives no date: <see cref="Confidence.Unconfirmed"/>,
    /// 2025 by default.</summary>
    public static Parameter<int> ProvincialSecretaryDeadlineYear { get; } = Parameter.Integer(
        "nonLocal.provincialSecretary.deadlineYear",
        new LocalizedText("Năm phải đạt tỷ lệ bí thư tỉnh ủy, thành ủy không phải người địa phương (hết ngày 31/12)", "Year by whose end (31 December) the provincial secretaries' non-local target is due"),
        2025, Confidence.Unconfirmed, RotationDocuments.Ct45.Whole(), minimum: 2000, maximum: 2100);

    /// <summary>Gets the target share of non-local commune party secretaries. CT 45-CT/TW asks the commune level to
    /// "strive to basically complete" the policy, with no number: <see cref="Confidence.Unconfirmed"/>, every post (100%)
    /// by default. The pooled commune target (<see cref="NonLocalTarget"/>, Hà Nội's 50% of secretaries and chairs
    /// together) is separate.</summary>
    public static Parameter<Share> CommuneSecretaryTarget { get; } = Parameter.Share(
        "nonLocal.communeSecretary.targetShare",
        new LocalizedText("Tỷ lệ bí thư đảng ủy cấp xã không phải người địa phương cần đạt (\"phấn đấu cơ bản\")", "Target share of non-local commune party secretaries (\"strive to basically\")"),
        Share.One, Confidence.Unconfirmed, RotationDocuments.Ct45.Whole());

    /// <summary>Gets the year by whose end the commune secretaries' target is due: CT 45-CT/TW speaks of the 2025–2030
    /// term and gives no date, so <see cref="Confidence.Unconfirmed"/>, 2030 (the term's last year) by default.</summary>
    public static Parameter<int> CommuneSecretaryDeadlineYear { get; } = Parameter.Integer(
        "nonLocal.communeSecretary.deadlineYear",
        new LocalizedText("Năm phải đạt tỷ lệ bí thư cấp xã không phải người địa phương (hết ngày 31/12)", "Year by whose end (31 December) the commune secretaries' non-local target is due"),
        2030, Confidence.Unconfirmed, RotationDocuments.Ct45.Whole(), minimum: 2000, maximum: 2100);

    /// <summary>Gets the most consecutive terms a head may serve in the same unit (QĐ 65 Điều 4 khoản 2).</summary>
    public static Parameter<int> MaxConsecutiveTerms { get; } = Parameter.Integer(
        "head.maxConsecutiveTerms",
        new LocalizedText("Số nhiệm kỳ liên tiếp tối đa giữ chức vụ cấp trưởng ở một địa phương, cơ quan, đơn vị", "Most consecutive terms as head of the same unit"),
        2, Confidence.Confirmed, RotationDocuments.Qd65.Article(4, 2), minimum: 1, maximum: 10);

    internal static readonly RuleCode EligibilityCode = new("Rotation.Eligibility");
    internal static readonly RuleCode InPlanningCode = new("Rotation.InPlanning");
    internal static readonly RuleCode ServiceLeftCode = new("Rotation.ServiceLeft");
    internal static readonly RuleCode SpecialCaseCode = new("Rotation.ServiceLeft.SpecialCase");
    internal static readonly RuleCode DisciplinaryReviewCode = new("Rotation.NotUnderDisciplinaryReview");
    internal static readonly RuleCode DisciplinaryReviewLawCode = new("Rotation.NotUnderDisciplinaryReview.Law80");
    internal static readonly RuleCode PostCode = new("Rotation.EquivalentPost");
    internal static readonly RuleCode NoNewTitleCode = new("Rotation.NoNewTitle");
    internal static readonly RuleCode DurationCode = new("Rotation.Duration");
    internal static readonly RuleCode DurationBeforeCode = new("Rotation.Duration.Nd138");
    internal static readonly RuleCode NonLocalShareCode = new("Rotation.NonLocal.Share");
    internal static readonly RuleCode SecretaryTenureCode = new("Rotation.NonLocal.SecretaryTenure");

    // The policy case (a non-local post, a limit on consecutive terms) relaxes the months left, never tightens them.
    private static readonly ImmutableArray<ParameterConstraint> Constraints = [ParameterConstraint.NotGreater(MinMonthsLeftForPolicy, MinMonthsLeft)];

    private static readonly ImmutableArray<ParameterDefinition> Schema =
        [MinMonthsLeft, MinMonthsLeftForPolicy, MinDurationMonths, DisciplinaryReviewBars, LocalMinYears, NonLocalTarget, NonLocalDeadlineYear, ProvincialSecretaryTarget, ProvincialSecretaryDeadlineYear, CommuneSecretaryTarget, CommuneSecretaryDeadlineYear, SecretaryMaxYearsInPlace, MaxConsecutiveTerms];

    private readonly LegalDocument _party;
    private readonly int _minLeft;
    private readonly int _minLeftPolicy;
    private readonly int _localMinYears;
    private readonly Share _target;
    private readonly int _deadlineYear;
    private readonly int _maxYearsInPlace;
    private readonly int _maxTerms;

    private RotationRegulation(RegulationReference reference, ParameterSet parameters, LegalDocument party)
        : this(reference, parameters, party, [], 0)
    {
    }

    private RotationRegulation(RegulationReference reference, ParameterSet parameters, LegalDocument party, ImmutableArray<RuleChange> changes, int firstNew)
        : base(reference, parameters)
    {
        _party = party;
        _minLeft = parameters.Get(MinMonthsLeft);
        _minLeftPolicy = parameters.Get(MinMonthsLeftForPolicy);
        int minDuration = parameters.Get(MinDurationMonths);
        bool reviewBars = parameters.Get(DisciplinaryReviewBars);
        _localMinYears = parameters.Get(LocalMinYears);
        _target = parameters.Get(NonLocalTarget);
        _deadlineYear = parameters.Get(NonLocalDeadlineYear);
        _maxYearsInPlace = parameters.Get(SecretaryMaxYearsInPlace);
        _maxTerms = parameters.Get(MaxConsecutiveTerms);
        bool isQd98 = party == RotationDocuments.Qd98;

        Rule<RotationCase> inPlanning = Rule.Create<RotationCase>(
            RotationMessages.Table.Describe(InPlanningCode, isQd98 ? party.Whole() : party.Article(4, 2)),
            static f => f.IsInPlanning,
            appliesTo: static f => f.Purpose == RotationPurpose.Training,
            values: static f => [FactValue.Of("inPlanning", f.IsInPlanning)]);

        int minLeft = _minLeft;
        int minLeftPolicy = _minLeftPolicy;
        Rule<RotationCase> serviceLeft = Rule.Create<RotationCase>(
            RotationMessages.Table.Describe(ServiceLeftCode, parameters.CitationFor(isQd98 ? party.Article(5, 3) : party.Article(5, 2), MinMonthsLeft, MinMonthsLeftForPolicy)),
            f => f.MonthsLeftAtStart >= (f.Purpose == RotationPurpose.Training ? minLeft : minLeftPolicy),
            values: f => [FactValue.Of("monthsLeft", f.MonthsLeftAtStart), ServiceLeftWords.Value(f.MonthsLeftAtStart), FactValue.Of("minMonths", f.Purpose == RotationPurpose.Training ? minLeft : minLeftPolicy), FactValue.Of("start", f.Start)]);
        Rule<RotationCase> specialCase = Rule.Create<RotationCase>(
            RotationMessages.Table.Describe(SpecialCaseCode, isQd98 ? party.Article(5, 3) : party.Article(5, 2), Severity.Advisory),
            static _ => true,
            appliesTo: static f => f.CompetentLevelDecision is not null,
            values: static f => [FactValue.Of("reason", f.CompetentLevelDecision ?? "-"), FactValue.Of("monthsLeft", f.MonthsLeftAtStart)]);

        Rule<RotationCase> review = Rule.Create<RotationCase>(
            RotationMessages.Table.Describe(DisciplinaryReviewCode, parameters.CitationFor(party.Whole(), DisciplinaryReviewBars), confidence: Confidence.Unconfirmed),
            static f => !f.IsUnderDisciplinaryReview,
            appliesTo: f => reviewBars && f.Start < RotationDocuments.Nd170Effective,
            values: static f => [FactValue.Of("underReview", f.IsUnderDisciplinaryReview)]);
        Rule<RotationCase> reviewLaw = Rule.Create<RotationCase>(
            RotationMessages.Table.Describe(DisciplinaryReviewLawCode, RotationDocuments.Law80.Article(38, 2)),
            static f => !f.IsUnderDisciplinaryReview,
            appliesTo: static f => f.Start >= RotationDocuments.Nd170Effective,
            values: static f => [FactValue.Of("underReview", f.IsUnderDisciplinaryReview)]);

        Rule<RotationCase> post = Rule.Create<RotationCase>(
            RotationMessages.Table.Describe(PostCode, isQd98 ? party.Whole() : party.Article(4, 3)),
            static f => f.Comparison == PostComparison.Equivalent || (f.Comparison == PostComparison.Higher && f.IsOutstanding),
            values: static f => [FactValue.Of("comparison", f.Comparison.ToString()), FactValue.Of("outstanding", f.IsOutstanding)]);

        Rule<RotationCase> noNewTitle = Rule.Create<RotationCase>(
            RotationMessages.Table.Describe(NoNewTitleCode, party.Whole()),
            static f => !f.CreatesNewTitle,
            values: static f => [FactValue.Of("createsNewTitle", f.CreatesNewTitle)]);

        LocalDate nd170 = RotationDocuments.Nd170Effective;
        Rule<RotationCase> duration = Rule.Create<RotationCase>(
            RotationMessages.Table.Describe(DurationCode, parameters.CitationFor(RotationDocuments.Nd170.Article(48), MinDurationMonths)),
            f => f.PlannedMonths >= minDuration,
            appliesTo: f => f.Start >= nd170,
            values: f => [FactValue.Of("plannedMonths", f.PlannedMonths), FactValue.Of("minMonths", minDuration), FactValue.Of("plannedEnd", f.PlannedEnd)]);
        Rule<RotationCase> durationBefore = Rule.Create<RotationCase>(
            RotationMessages.Table.Describe(DurationBeforeCode, parameters.CitationFor(RotationDocuments.Nd138.Whole(), MinDurationMonths)),
            f => f.PlannedMonths >= minDuration,
            appliesTo: f => f.Start < nd170,
            values: f => [FactValue.Of("plannedMonths", f.PlannedMonths), FactValue.Of("minMonths", minDuration), FactValue.Of("plannedEnd", f.PlannedEnd)]);

        Eligibility = Rule.AllOf(
            RotationMessages.Table.Describe(EligibilityCode, party.Whole()),
            inPlanning,
            Rule.WithException(serviceLeft, specialCase),
            review,
            reviewLaw,
            post,
            noNewTitle,
            duration,
            durationBefore);
        if (!changes.IsEmpty)
        {
            Eligibility = EligibilityRuleChanges.Apply(Eligibility, changes, firstNew, reference.Citation, reference.Id, RotationFacts.Catalog, Requirement);
            _changes = changes;
        }
    }

    /// <summary>Gets QĐ 98-QĐ/TW (07/10/2017 → 27/04/2022).</summary>
    public static RotationRegulation Qd98 { get; } = new(
        new RegulationReference(
            new RegulationId("rotation-qd98"),
            new LocalizedText("Luân chuyển cán bộ theo Quy định 98-QĐ/TW", "Rotation of cadres under QĐ 98-QĐ/TW"),
            RegulationTopic.Rotation,
            RotationDocuments.Qd98.Whole(),
            [new RegulationScope(SubjectKind.Cadre, EffectivePeriod.Between(new LocalDate(2017, 10, 7), new LocalDate(2022, 4, 27)))]),
        ParameterSet.Defaults(Schema, Constraints),
        RotationDocuments.Qd98);

    /// <summary>Gets QĐ 65-QĐ/TW (from 28/04/2022; still in force).</summary>
    public static RotationRegulation Qd65 { get; } = new(
        new RegulationReference(
            new RegulationId("rotation-qd65"),
            new LocalizedText("Luân chuyển cán bộ theo Quy định 65-QĐ/TW", "Rotation of cadres under QĐ 65-QĐ/TW"),
            RegulationTopic.Rotation,
            RotationDocuments.Qd65.Whole(),
            [new RegulationScope(SubjectKind.Cadre, EffectivePeriod.From(new LocalDate(2022, 4, 28)))]),
        ParameterSet.Defaults(Schema, Constraints),
        RotationDocuments.Qd65);

    /// <summary>Gets the shipped rotation regulations, oldest first.</summary>
    public static ImmutableArray<RotationRegulation> All { get; } = [Qd98, Qd65];

    /// <summary>Gets the eligibility rule: all conditions, each with its clause.</summary>
    public Rule<RotationCase> Eligibility { get; }

    /// <inheritdoc />
    public override IEnumerable<RuleDescriptor> Rules => Eligibility.Flatten().Select(r => r.Descriptor).Where(d => d.Citation is not null);

    /// <summary>Decides whether a proposed rotation is allowed, without building an explanation.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public RotationOutcome Assess(RotationCase facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Eligibility.Evaluate(facts) == FindingStatus.Satisfied ? RotationOutcome.Eligible : RotationOutcome.NotEligible;
    }

    /// <summary>Decides whether a proposed rotation is allowed and explains why, condition by condition.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The verdict, its outcome equal to <see cref="Assess(RotationCase)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public Verdict<RotationOutcome> Explain(RotationCase facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Finding finding = Eligibility.Explain(facts);
        return new Verdict<RotationOutcome>(finding.Status == FindingStatus.Satisfied ? RotationOutcome.Eligible : RotationOutcome.NotEligible, finding, Reference);
    }

    /// <summary>Tells whether a key-post holder counts as local: born or raised in the locality, or having studied or
    /// worked there for at least <see cref="LocalMinYears"/> years.</summary>
    /// <param name="ties">The holder's ties.</param>
    /// <returns><see langword="true"/> when local.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ties"/> is null.</exception>
    public bool IsLocal(LocalityTies ties)
    {
        ArgumentNullException.ThrowIfNull(ties);
        return ties.BornThere || ties.RaisedThere || ties.YearsStudiedOrWorkedThere >= _localMinYears;
    }

    /// <summary>Measures the share of non-local holders among key posts against <see cref="NonLocalTarget"/>.</summary>
    /// <param name="holders">The holders, one per key post (e.g. the secretary and the chair of each commune).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holders"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">The same post of the same unit appears twice.</exception>
    public NonLocalShareReport MeasureNonLocalShare(IEnumerable<KeyPostHolder> holders)
    {
        ArgumentNullException.ThrowIfNull(holders);
        var seen = new HashSet<(string, KeyPostKind)>();
        int total = 0;
        int nonLocal = 0;
        foreach (KeyPostHolder holder in holders)
        {
            ArgumentNullException.ThrowIfNull(holder, nameof(holders));
            if (!seen.Add((holder.Unit, holder.Kind)))
            {
                throw new InvalidInputException($"The {holder.Kind} of '{holder.Unit}' is listed twice.", nameof(holders));
            }

            total++;
            if (!IsLocal(holder.Ties))
            {
                nonLocal++;
            }
        }

        return new NonLocalShareReport(nonLocal, total, _target, Parameters.CitationFor(RotationDocuments.Ct45.Whole(), NonLocalTarget)!,
            new LocalDate(_deadlineYear, 12, 31), Parameters.CitationFor(RotationDocuments.Ct45.Whole(), NonLocalDeadlineYear)!);
    }

    /// <summary>Measures the non-local share of each post kind at each level a survey lists (provincial secretaries,
    /// commune secretaries, commune chairs…), each against its own target and deadline where the regulation sets one:
    /// <see cref="ProvincialSecretaryTarget"/> by <see cref="ProvincialSecretaryDeadlineYear"/> and
    /// <see cref="CommuneSecretaryTarget"/> by <see cref="CommuneSecretaryDeadlineYear"/>. CT 45-CT/TW only encourages the
    /// policy for other titles, so the other posts are measured with no target; and a survey dated before CT 45
    /// (14/04/2025) has no per-post target at all (<see cref="NonLocalNoTarget.BeforeDirective"/>).</summary>
    /// <param name="survey">The survey.</param>
    /// <returns>One report per (level, post) present, ordered by level (province first) then post (secretary first).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="survey"/> is null.</exception>
    public ImmutableArray<NonLocalPostReport> MeasureNonLocalByPost(KeyPostSurvey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var counts = new SortedDictionary<(People.OrganisationalLevel Level, KeyPostKind Kind), (int NonLocal, int Total)>();
        foreach (KeyPostHolder holder in survey.Holders)
        {
            (int n, int t) = counts.GetValueOrDefault((holder.Level, holder.Kind));
            counts[(holder.Level, holder.Kind)] = (n + (IsLocal(holder.Ties) ? 0 : 1), t + 1);
        }

        var reports = ImmutableArray.CreateBuilder<NonLocalPostReport>(counts.Count);
        foreach (((People.OrganisationalLevel level, KeyPostKind kind), (int nonLocal, int total)) in counts)
        {
            (Parameter<Share>? target, Parameter<int>? year) = (level, kind) switch
            {
                (People.OrganisationalLevel.Provincial, KeyPostKind.Secretary) => (ProvincialSecretaryTarget, ProvincialSecretaryDeadlineYear),
                (People.OrganisationalLevel.Commune, KeyPostKind.Secretary) => ((Parameter<Share>?)CommuneSecretaryTarget, (Parameter<int>?)CommuneSecretaryDeadlineYear),
                _ => (null, null),
            };
            reports.Add(target is null || year is null || survey.Date < RotationDocuments.Ct45.SignedOn
                ? new NonLocalPostReport(kind, level, nonLocal, total, null, null, null, target is null ? NonLocalNoTarget.EncouragedOnly : NonLocalNoTarget.BeforeDirective)
                : new NonLocalPostReport(kind, level, nonLocal, total, Parameters.Get(target), new LocalDate(Parameters.Get(year), 12, 31), Parameters.CitationFor(RotationDocuments.Ct45.Whole(), target, year)));
        }

        return reports.ToImmutable();
    }

    /// <summary>Checks how long each secretary of a survey has held the post in that place, against
    /// <see cref="SecretaryMaxYearsInPlace"/>: one finding per secretary whose <see cref="KeyPostHolder.InPostSince"/> is
    /// given, satisfied under the limit and not satisfied (a move is due, <see cref="Severity.Advisory"/>) from it, whole
    /// years counted to the survey's date. Chairs and secretaries without a start date are not checked.</summary>
    /// <param name="survey">The survey.</param>
    /// <returns>The findings, in the survey's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="survey"/> is null.</exception>
    public ImmutableArray<Finding> SecretaryTenure(KeyPostSurvey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        Citation citation = Parameters.CitationFor(RotationDocuments.Ct45.Whole(), SecretaryMaxYearsInPlace)!;
        var findings = ImmutableArray.CreateBuilder<Finding>();
        foreach (KeyPostHolder holder in survey.Holders)
        {
            if (holder.Kind != KeyPostKind.Secretary || holder.InPostSince is not { } since)
            {
                continue;
            }

            int years = NodaTime.Period.Between(since, survey.Date, PeriodUnits.Years).Years;
            findings.Add(new Finding(
                SecretaryTenureCode,
                RotationMessages.Table.Get(SecretaryTenureCode),
                citation,
                Rule.From(years < _maxYearsInPlace),
                Severity.Advisory,
                [FactValue.Of("unit", holder.Unit), FactValue.Of("since", since), FactValue.Of("years", years), FactValue.Of("maxYears", _maxYearsInPlace)],
                []));
        }

        return findings.ToImmutable();
    }

    /// <summary>Counts the consecutive terms, ending with the latest one, that a cadre has headed a unit.</summary>
    /// <param name="terms">The cadre's terms as head, in any order.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The length of the latest run of consecutive terms in <paramref name="unit"/> (0 when none).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> or an item is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is blank, or two terms in the same unit overlap (the
    /// message names the entry of <paramref name="terms"/>).</exception>
    public static int ConsecutiveTerms(IEnumerable<HeadTerm> terms, string unit)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentBounds.NotBlank(unit, nameof(unit));
        HeadTerm[] all = [.. terms];
        foreach (HeadTerm term in all)
        {
            ArgumentNullException.ThrowIfNull(term, nameof(terms));
        }

        HeadTerm[] inUnit = [.. all.Where(t => string.Equals(t.Unit, unit, StringComparison.Ordinal)).OrderBy(t => t.StartYear)];
        for (int i = 1; i < inUnit.Length; i++)
        {
            if (inUnit[i].StartYear < inUnit[i - 1].EndYear)
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"The terms {inUnit[i - 1].StartYear}–{inUnit[i - 1].EndYear} and {inUnit[i].StartYear}–{inUnit[i].EndYear} at '{unit}' overlap (entry 'terms')."), nameof(terms));
            }
        }

        int run = inUnit.Length == 0 ? 0 : 1;
        for (int i = inUnit.Length - 1; i > 0 && inUnit[i].StartYear == inUnit[i - 1].EndYear; i--)
        {
            run++;
        }

        return run;
    }

    /// <summary>Tells whether a cadre has headed a unit for more consecutive terms than <see cref="MaxConsecutiveTerms"/>
    /// allows, so that the two-term rotation policy applies.</summary>
    /// <param name="terms">The cadre's terms as head.</param>
    /// <param name="unit">The unit.</param>
    /// <returns><see langword="true"/> when the latest run of consecutive terms exceeds the limit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> or an item is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is blank, or two terms in the same unit overlap.</exception>
    public bool ExceedsTermLimit(IEnumerable<HeadTerm> terms, string unit) => ConsecutiveTerms(terms, unit) > _maxTerms;

    /// <inheritdoc />
    protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters) => new RotationRegulation(reference, parameters, _party, _changes, _changes.Length);

    /// <inheritdoc />
    protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters, ImmutableArray<RuleChange> changes) =>
        new RotationRegulation(reference, parameters, _party, [.. _changes, .. changes], _changes.Length);
}
